"""The help directory and guidance data in resources/help/, and their strict loader."""

import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from guardian.detect.categories import CATEGORIES
from guardian.helpdir import (
    INTERNATIONAL,
    Anonymity,
    Audience,
    ContactKind,
    EntryKind,
    HelpDataError,
    HelpDirectory,
    HelpEntry,
    country_from_locale,
    load_directory,
)

RESOURCES = ROOT / "resources"


@pytest.fixture(scope="module")
def directory() -> HelpDirectory:
    return load_directory(RESOURCES)


def _all_entries(directory: HelpDirectory) -> list[HelpEntry]:
    return [*directory.international, *(e for code in directory.countries for e in directory.national[code])]


def _ids(entries: tuple[HelpEntry, ...]) -> tuple[str, ...]:
    return tuple(e.id for e in entries)


def _contacts(entry: HelpEntry) -> set[tuple[ContactKind, str]]:
    return {(c.kind, c.value) for c in entry.contacts}


def _by_id(directory: HelpDirectory) -> dict[str, HelpEntry]:
    return {e.id: e for e in _all_entries(directory)}


# --- the data ---------------------------------------------------------------------------------


def test_countries_and_entry_counts(directory: HelpDirectory) -> None:
    assert directory.countries == ("en-GB", "en-US", "fr-FR")
    assert directory.country_names["fr-FR"].get("fr") == "France"
    assert directory.country_names["en-GB"].get("fr") == "Royaume-Uni"
    assert {code: len(entries) for code, entries in directory.national.items()} == {
        "en-GB": 4, "en-US": 4, "fr-FR": 4}
    assert _ids(directory.international) == (
        "intl.take_it_down", "intl.inhope", "intl.child_helpline_international")


def test_every_entry_has_country_name_purpose_contact_and_source(directory: HelpDirectory) -> None:
    entries = _all_entries(directory)
    assert len(entries) == 15
    for entry in entries:
        assert entry.country in (*directory.countries, INTERNATIONAL)
        for text in (entry.name, entry.purpose, entry.who, entry.hours):
            assert text.fr.strip() and text.en.strip(), entry.id
        assert entry.contacts, entry.id
        assert entry.sources, entry.id
        assert all(s.url.startswith("https://") and s.says.strip() for s in entry.sources), entry.id
        assert entry.audience, entry.id
        assert entry.categories or entry.general, entry.id
        assert entry.categories <= set(CATEGORIES), entry.id


def test_human_readable_fields_are_translated_not_copied(directory: HelpDirectory) -> None:
    """Names may be the same proper noun in both languages; sentences must not be."""
    for entry in _all_entries(directory):
        texts = [entry.purpose, entry.who, entry.hours, *(c.label for c in entry.contacts)]
        texts += [t for t in (entry.privacy, entry.note) if t is not None]
        for text in texts:
            assert text.fr != text.en, (entry.id, text.en)


def test_france_is_complete(directory: HelpDirectory) -> None:
    entries = _by_id(directory)
    assert _ids(directory.for_country("fr-FR"))[:4] == ("fr.urgence", "fr.3018", "fr.119", "fr.pharos")
    assert _contacts(entries["fr.urgence"]) == {
        (ContactKind.PHONE, "17"), (ContactKind.PHONE, "112"), (ContactKind.SMS, "114")}
    assert entries["fr.urgence"].kind is EntryKind.EMERGENCY
    assert _contacts(entries["fr.3018"]) == {
        (ContactKind.PHONE, "3018"), (ContactKind.CHAT, "https://3018.fr"), (ContactKind.APP, "3018")}
    assert entries["fr.3018"].anonymous is Anonymity.YES
    assert entries["fr.3018"].hours.get("fr") == "7 jours sur 7, de 9 h à 23 h."
    vault = entries["fr.3018"].note
    assert vault is not None and "coffre-fort numérique sécurisé" in vault.fr and "secure digital vault" in vault.en
    assert _contacts(entries["fr.119"]) == {(ContactKind.PHONE, "119"), (ContactKind.CHAT, "https://www.allo119.gouv.fr")}
    assert _contacts(entries["fr.pharos"]) == {(ContactKind.WEB, "https://www.internet-signalement.gouv.fr")}


def test_pharos_carries_the_private_message_rule_in_both_languages(directory: HelpDirectory) -> None:
    note = _by_id(directory)["fr.pharos"].note
    assert note is not None
    assert note.fr == ("Un message privé reçu d'une personne que vous connaissez (par exemple sur une messagerie "
                       "privée) ne se signale pas sur Pharos : adressez-vous directement au commissariat ou à la "
                       "gendarmerie.")
    assert note.en.startswith("A private message from someone you know")
    assert note.en.endswith("go directly to the police or gendarmerie instead.")


def test_united_kingdom_is_complete(directory: HelpDirectory) -> None:
    entries = _by_id(directory)
    assert _ids(directory.national["en-GB"]) == ("gb.999", "gb.ceop", "gb.report_remove", "gb.childline")
    assert _contacts(entries["gb.999"]) == {(ContactKind.PHONE, "999")}
    assert entries["gb.ceop"].anonymous is Anonymity.NO
    assert entries["gb.report_remove"].kind is EntryKind.REMOVAL
    assert entries["gb.report_remove"].name.en == "Report Remove (Childline and the IWF)"
    assert entries["gb.childline"].name.en == "Childline (NSPCC)"


def test_united_states_is_complete(directory: HelpDirectory) -> None:
    entries = _by_id(directory)
    assert _ids(directory.for_country("en-US")) == (
        "us.911", "us.988", "us.cybertipline", "us.fbi",
        "intl.take_it_down", "intl.inhope", "intl.child_helpline_international")
    assert _contacts(entries["us.988"]) >= {(ContactKind.PHONE, "988")}
    assert _contacts(entries["us.cybertipline"]) == {
        (ContactKind.WEB, "https://www.cybertipline.org"), (ContactKind.PHONE, "1-800-THE-LOST")}
    assert _contacts(entries["us.fbi"]) == {
        (ContactKind.WEB, "https://tips.fbi.gov"), (ContactKind.PHONE, "1-800-CALL-FBI")}
    assert _contacts(entries["intl.take_it_down"]) == {(ContactKind.WEB, "https://takeitdown.ncmec.org")}
    assert entries["intl.take_it_down"].anonymous is Anonymity.YES


def test_every_category_has_guidance_and_the_expected_topics_exist(directory: HelpDirectory) -> None:
    assert [g.topic for g in directory.guidance] == ["self_harm", "sextortion", "grooming", "hate_harassment"]
    assert frozenset().union(*(g.categories for g in directory.guidance)) == set(CATEGORIES)
    assert {g.topic for g in directory.guidance if g.teen is not None} >= {"sextortion", "self_harm"}
    assert all(g.sources for g in directory.guidance)


def test_both_languages_have_every_guidance_text(directory: HelpDirectory) -> None:
    for guide in directory.guidance:
        for audience in Audience:
            version = guide.version(audience)
            if version is None:
                continue
            fr = directory.guidance_for(guide.categories, "fr", audience)
            en = directory.guidance_for(guide.categories, "en", audience)
            assert [t.topic for t in fr] == [t.topic for t in en] == [guide.topic]
            for text in (version.title, version.summary, *version.steps, *version.avoid):
                assert text.fr.strip() and text.en.strip() and text.fr != text.en, (guide.topic, text.en)


def test_sextortion_first_aid_steps_in_order(directory: HelpDirectory) -> None:
    (text,) = directory.guidance_for(["sextortion"], "en")
    assert text.title == "Someone is threatening to share images of your teen"
    assert text.steps[0].startswith("Talk to your teen calmly, without blame.")
    assert text.steps[1] == "Do not pay, and do not send anything else."
    assert text.steps[2].startswith("Stop replying to this contact.")
    assert text.steps[3].startswith("Do not delete anything")
    assert text.steps[4].startswith("Report the account to the platform")
    assert "Take It Down" in text.steps[5] and "Report Remove" in text.steps[5]
    (texte,) = directory.guidance_for(["sextortion"], "fr_FR")
    assert texte.steps[1] == "Ne payez pas, et n'envoyez rien d'autre."
    assert len(texte.steps) == len(text.steps) == 6


def test_teen_guidance_is_addressed_to_the_teen(directory: HelpDirectory) -> None:
    (sextortion,) = directory.guidance_for(["sextortion"], "fr", Audience.CHILD)
    assert sextortion.title == "Quelqu'un menace de diffuser tes photos"
    assert sextortion.steps[0] == "Ne paie pas, et n'envoie rien d'autre."
    (self_harm,) = directory.guidance_for(["self_harm"], "en", "child")
    assert self_harm.steps[0] == (
        "If you are in danger now, call the emergency services on your country's emergency number.")


def test_guidance_puts_self_harm_first_and_ignores_unrelated_topics(directory: HelpDirectory) -> None:
    texts = directory.guidance_for(["meeting", "sextortion", "self_harm"], "en")
    assert [t.topic for t in texts] == ["self_harm", "sextortion", "grooming"]
    assert directory.guidance_for(["hate_harassment"], "fr")[0].title == (
        "Votre ado est la cible de haine ou de harcèlement")
    assert directory.guidance_for([], "en") == ()


# --- ranking ----------------------------------------------------------------------------------


def test_ranking_puts_matching_entries_first_then_general_then_international(directory: HelpDirectory) -> None:
    ranked = directory.entries_for("fr-FR", ["sextortion"], Audience.PARENT)
    assert _ids(ranked) == ("fr.3018", "fr.119", "fr.pharos",  # fit sextortion, in file order
                            "fr.urgence",  # general
                            "intl.take_it_down", "intl.inhope",  # international, fitting first
                            "intl.child_helpline_international")


def test_ranking_for_harassment_leaves_non_fitting_specialists_after_general(directory: HelpDirectory) -> None:
    ranked = directory.entries_for("en-GB", ["hate_harassment"], "parent")
    assert _ids(ranked) == ("gb.999", "gb.childline", "gb.ceop", "gb.report_remove",
                            "intl.child_helpline_international", "intl.take_it_down", "intl.inhope")


@pytest.mark.parametrize(("country", "first"), [("fr-FR", "fr.urgence"), ("en-GB", "gb.999")])
def test_self_harm_puts_the_emergency_number_first(directory: HelpDirectory, country: str, first: str) -> None:
    for audience in Audience:
        ranked = directory.entries_for(country, ["self_harm", "sextortion"], audience)
        assert ranked[0].id == first
        assert ranked[0].kind is EntryKind.EMERGENCY


def test_teen_sees_only_services_a_young_person_can_use(directory: HelpDirectory) -> None:
    assert _ids(directory.entries_for("en-US", ["sextortion"], "child")) == (
        "us.cybertipline", "us.911", "us.988", "intl.take_it_down", "intl.inhope", "intl.child_helpline_international")
    # The parent also sees the services only the teen can use, to point the teen to them.
    assert "gb.report_remove" in _ids(directory.entries_for("en-GB", ["image_request"], "parent"))


def test_country_lookups(directory: HelpDirectory) -> None:
    assert _ids(directory.for_country(INTERNATIONAL)) == _ids(directory.international)
    with pytest.raises(KeyError):
        directory.for_country("fr-BE")
    with pytest.raises(ValueError):
        directory.entries_for("fr-FR", [], "teacher")


@pytest.mark.parametrize(("locale", "country"), [
    ("fr_FR", "fr-FR"), ("fr_FR.UTF-8", "fr-FR"), ("fr_FR@euro", "fr-FR"), ("fr-FR", "fr-FR"),
    ("br_FR", "fr-FR"), ("en_GB.utf8", "en-GB"), ("en_US", "en-US"), ("es_US", "en-US"),
    ("fr", "fr-FR"), ("en", INTERNATIONAL), ("fr_BE", INTERNATIONAL), ("fr_CA", INTERNATIONAL),
    ("de_CH", INTERNATIONAL), ("C", INTERNATIONAL), ("POSIX", INTERNATIONAL), ("", INTERNATIONAL),
    (None, INTERNATIONAL), ("not a locale", INTERNATIONAL),
])
def test_country_from_locale(locale: str | None, country: str) -> None:
    assert country_from_locale(locale) == country


def test_country_from_locale_follows_the_available_countries() -> None:
    assert country_from_locale("fr_BE", available=("fr-FR", "fr-BE")) == "fr-BE"
    assert country_from_locale("fr", available=("en-GB",)) == INTERNATIONAL
    assert country_from_locale("fr", available=("fr-FR", "fr-BE")) == INTERNATIONAL  # ambiguous
    assert country_from_locale("en", available=("en-GB", "fr-FR")) == "en-GB"


# --- strict loading ---------------------------------------------------------------------------


def _broken_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    shutil.copytree(RESOURCES / "help", tmp_path / "help")
    path = tmp_path / "help" / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path


def _problems(resources: Path) -> tuple[str, ...]:
    with pytest.raises(HelpDataError) as caught:
        load_directory(resources)
    return caught.value.problems


def test_missing_field_names_the_file_and_the_entry(tmp_path: Path) -> None:
    resources = _broken_copy(tmp_path, "fr-FR.toml", 'hours = { fr = "7 jours sur 7, de 9 h à 23 h.", '
                             'en = "7 days a week, 9 am to 11 pm." }\n', "")
    path = resources / "help" / "fr-FR.toml"
    assert _problems(resources) == (f"{path}: entry 2 (fr.3018): missing key 'hours'",)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    resources = _broken_copy(tmp_path, "en-GB.toml", 'categories = ["image_request", "sextortion"]\n'
                             'general = true', 'categories = ["nudes"]\ngeneral = "yes"')
    help_dir = resources / "help"
    guide = help_dir / "guidance" / "sextortion.toml"
    guide.write_text(guide.read_text(encoding="utf-8").replace(
        '{ fr = "Ne payez pas, et n\'envoyez rien d\'autre.", en = "Do not pay, and do not send anything else." }',
        '{ fr = "Ne payez pas, et n\'envoyez rien d\'autre." }'), encoding="utf-8")
    assert _problems(resources) == (
        f"{help_dir / 'en-GB.toml'}: entry 4 (gb.childline): unknown category 'nudes' (see docs/rules-format.md)",
        f"{help_dir / 'en-GB.toml'}: entry 4 (gb.childline): general must be true or false",
        f'{guide}: guidance sextortion [parent]: steps[2] must be {{ fr = "...", en = "..." }}, both non-empty',
    )


@pytest.mark.parametrize(("old", "new", "problem"), [
    ('value = "https://tips.fbi.gov"', 'value = "tips.fbi.gov"',
     "entry 4 (us.fbi), contact 1: value 'tips.fbi.gov' is not in the expected form"),
    ('kind = "report"\nname = { fr = "FBI', 'kind = "police"\nname = { fr = "FBI',
     "entry 4 (us.fbi): kind: 'police' is not one of emergency, helpline, report, removal"),
    ('audience = ["parent"]', 'audience = ["teen"]',
     "entry 4 (us.fbi): audience: 'teen' is not one of child, parent"),
    ('id = "us.fbi"', 'id = "us.fbi"\nphone = "1-800-CALL-FBI"', "entry 4 (us.fbi): unknown key 'phone'"),
    ('value = "https://tips.fbi.gov"', 'value = "https://tips.fbi.gov"', None),
])
def test_malformed_values_name_file_entry_and_key(tmp_path: Path, old: str, new: str, problem: str | None) -> None:
    resources = _broken_copy(tmp_path, "en-US.toml", old, new)
    if problem is None:  # the control: an unchanged copy loads
        assert load_directory(resources).countries == ("en-GB", "en-US", "fr-FR")
    else:
        assert _problems(resources) == (f"{resources / 'help' / 'en-US.toml'}: {problem}",)


def test_entry_without_source_is_refused(tmp_path: Path) -> None:
    resources = _broken_copy(tmp_path, "intl.toml", "", "")
    path = resources / "help" / "intl.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.rindex("[[entry.source]]")], encoding="utf-8")
    assert _problems(resources) == (f"{path}: entry 3 (intl.child_helpline_international): missing key 'source'",)


def test_invalid_toml_and_duplicate_ids_name_the_file(tmp_path: Path) -> None:
    resources = _broken_copy(tmp_path, "en-US.toml", 'id = "us.fbi"', 'id = "fr.3018"')
    (resources / "help" / "guidance" / "grooming.toml").write_text("topic = [", encoding="utf-8")
    problems = _problems(resources)
    assert problems[0] == (f"{resources / 'help' / 'fr-FR.toml'}: entry (fr.3018): duplicate id, "
                           f"first used in {resources / 'help' / 'en-US.toml'}")
    assert problems[1].startswith(f"{resources / 'help' / 'guidance' / 'grooming.toml'}: invalid TOML: ")
    assert len(problems) == 2


def test_country_must_match_its_file_name(tmp_path: Path) -> None:
    resources = _broken_copy(tmp_path, "en-GB.toml", 'country = "en-GB"', 'country = "en-UK"')
    assert _problems(resources)[0] == (
        f"{resources / 'help' / 'en-GB.toml'}: country 'en-UK' must equal the file name 'en-GB'")


def test_missing_help_folder(tmp_path: Path) -> None:
    assert _problems(tmp_path) == (f"{tmp_path / 'help'}: help folder not found",)


def test_missing_international_file(tmp_path: Path) -> None:
    resources = _broken_copy(tmp_path, "intl.toml", "", "")
    (resources / "help" / "intl.toml").unlink()
    assert _problems(resources) == (f"{resources / 'help'}: intl.toml missing",)
