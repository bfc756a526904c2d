"""How the shipped rules and scoring read whole conversations, as a careful adult would.

Each test states one behaviour a parent could check by reading the chat: what must alert,
and the look-alike that must not. Unit-level scoring rules use `assess` on hand-made hits;
end-to-end behaviours scan short conversations with the real rule packs."""

from datetime import datetime, timedelta, timezone

import pytest

from guardian.detect.detector import Detector
from guardian.detect.model import Alert, Severity
from guardian.detect.normalize import normalize
from guardian.detect.rules import load_rules
from guardian.detect.scoring import Facts, Hit, assess
from guardian.ingest import ImportRun
from guardian.ingest.model import Message
from guardian.paths import resources_dir

PACK = load_rules(resources_dir() / "rules", check_examples=False)
PARIS = timezone(timedelta(hours=1))
START = datetime(2026, 3, 2, 18, 0, tzinfo=PARIS)


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def chat(*lines: tuple[str, str]) -> list[Message]:
    """(sender, text) pairs, two minutes apart; the sender "me" is the teen who owns the export."""
    return [
        Message(platform="discord", conversation_id="c1", conversation_title="c1", sender=sender,
                from_owner=sender == "me", sent_at=at(2 * i), text=text)
        for i, (sender, text) in enumerate(lines)
    ]


def scan(messages: list[Message]) -> list[Alert]:
    detector = Detector(PACK)
    detector.feed_all(messages)
    return detector.alerts()


def severities(messages: list[Message]) -> list[tuple[str, Severity]]:
    return [(a.contact, a.severity) for a in scan(messages)]


def hit(category: str, weight: float, rule: str = "", seq: int = 1) -> Hit:
    message = Message(platform="x", conversation_id="c", conversation_title="c", sender="them",
                      from_owner=False, sent_at=at(seq), text="")
    return Hit(category, rule or f"{category}.{weight}", 0, weight, seq, at(seq), False, message)


# --- concealment: several strong secrecy tactics need no other category -------------------


def test_hiding_from_parents_and_erasing_the_chat_alerts_without_another_category() -> None:
    messages = chat(("sam", "sent u the robux"), ("me", "thanks!!"),
                    ("sam", "dont tell ur parents about us ok"), ("me", "why"),
                    ("sam", "delete this chat when we're done"), ("me", "ok"))
    (alert,) = scan(messages)
    assert (alert.severity, alert.categories, alert.triggered_at) == (Severity.MEDIUM, ("secrecy",), at(8))
    assert alert.explanation.en.endswith(
        "Hiding a contact from parents and erasing the messages is a strong warning sign.")


def test_a_friend_gossip_secret_is_not_concealment() -> None:
    messages = chat(("ines", "DIS RIEN À PERSONNE"), ("ines", "mais jcrois que Yanis il aime bien Camille"),
                    ("me", "NAN"), ("ines", "c notre secret hein jure"), ("me", "jure"))
    assert severities(messages) == [("ines", Severity.LOW)]


def test_concealment_counts_different_strong_tactics_only() -> None:
    assert assess([hit("secrecy", 5.0, "a"), hit("secrecy", 5.0, "a", seq=2)], Facts()).severity is Severity.LOW
    assert assess([hit("secrecy", 5.0, "a"), hit("secrecy", 3.0, "b")], Facts()).severity is Severity.LOW
    verdict = assess([hit("secrecy", 5.0, "a"), hit("secrecy", 4.0, "b")], Facts())
    assert (verdict.severity, verdict.reasons) == (Severity.MEDIUM, ("concealment",))


# --- weak hits alone never spread to medium ------------------------------------------------


def test_many_weak_lines_stay_below_medium_until_one_weighs() -> None:
    weak = [hit(c, 1.0, seq=i) for i, c in enumerate(
        ["age_probing", "platform_move", "personal_info", "meeting", "gifts_money"])]
    verdict = assess(weak, Facts())
    assert verdict.score >= 7.0
    assert verdict.severity is Severity.LOW
    assert assess([*weak, hit("image_request", 2.0, seq=9)], Facts()).severity is Severity.HIGH


def test_a_stated_adult_age_is_real_weight_for_weak_lines() -> None:
    weak = [hit("age_probing", 1.0), hit("platform_move", 1.0, seq=2), hit("meeting", 1.0, seq=3)]
    verdict = assess(weak, Facts(teen_age=13, contact_age=31))
    assert (verdict.severity, "age_gap" in verdict.reasons) == (Severity.MEDIUM, True)


# --- sextortion fast path needs a threat that keeps its weight -----------------------------


def test_a_laughed_off_threat_with_a_photo_request_is_not_sextortion() -> None:
    joked = assess([hit("image_request", 3.0), hit("sextortion", 2.0, seq=2)], Facts())
    assert "sextortion" not in joked.reasons
    real = assess([hit("image_request", 3.0), hit("sextortion", 2.5, seq=2)], Facts())
    assert (real.severity, real.reasons) == (Severity.HIGH, ("sextortion",))


# --- ages: adults with a minor, two minors, two adults -------------------------------------

SEXUAL_CHAT = (("alex", "t'es vierge ?"), ("me", "pk"), ("alex", "envoie une photo de toi en sous-vêtements"),
               ("me", "non"), ("alex", "viens chez moi ce soir"))


def test_an_adult_talking_sex_to_the_owner_alerts_even_if_the_teen_never_said_their_age() -> None:
    adult = chat(("alex", "moi j'ai 38 ans"), *SEXUAL_CHAT)
    (alert,) = scan(adult)
    assert alert.severity is Severity.HIGH
    assert "They said they were 38." in alert.explanation.en


def test_two_adults_flirting_is_not_scored_like_grooming() -> None:
    adults = chat(("me", "j'ai 24 ans et toi ?"), ("alex", "moi j'ai 26 ans"), *SEXUAL_CHAT)
    minor = chat(("me", "j'ai 14 ans et toi ?"), ("alex", "moi j'ai 26 ans"), *SEXUAL_CHAT)
    assert severities(adults) == [("alex", Severity.LOW)]
    (alert,) = scan(minor)
    assert alert.severity is Severity.HIGH
    assert "They said they were 26. Your teen had said they were 14." in alert.explanation.en


def test_an_adult_owner_still_gets_threats_but_secrecy_alone_is_an_adults_affair() -> None:
    facts = Facts(teen_age=24, contact_age=26)
    assert assess([hit("sextortion", 8.0)], facts).severity is Severity.HIGH
    concealment = [hit("secrecy", 5.0, "a"), hit("secrecy", 5.0, "b")]
    assert assess(concealment, Facts(teen_age=15)).severity is Severity.MEDIUM
    assert assess(concealment, facts).severity is Severity.LOW


def test_a_contact_of_the_teen_age_weighs_less_than_an_unknown_one() -> None:
    hits = [hit("platform_move", 2.0), hit("meeting", 2.5, seq=2), hit("flattery", 1.0, seq=3)]
    peers = assess(hits, Facts(teen_age=14, contact_age=15))
    unknown = assess(hits, Facts(teen_age=14))
    assert (peers.severity, unknown.severity) == (Severity.LOW, Severity.MEDIUM)
    assert peers.score == pytest.approx(unknown.score * 0.8 / 1.2)
    assert "peers" in assess(hits, Facts(teen_age=17, contact_age=18)).reasons
    assert "peers" not in assess(hits, Facts(teen_age=13, contact_age=17)).reasons


def test_peers_are_named_in_the_explanation() -> None:
    messages = chat(("lou", "t'as quel âge ?"), ("me", "j'ai 14 ans"), ("lou", "moi j'ai 15 ans"),
                    ("lou", "envoie une photo de toi en sous-vêtements"), ("lou", "dis rien à tes parents"),
                    ("lou", "supprime la conv après"))
    (alert,) = scan(messages)
    assert "Your teen had said they were 14. This contact said they were 15, about your teen's age." in (
        alert.explanation.en)


# --- the false-alarm traps of ordinary teen chat ---------------------------------------


def test_a_classmate_planning_a_call_to_revise_is_not_a_supervision_check() -> None:
    messages = chat(("ines", "t'es seule chez toi ce soir ? on fait un facetime pour réviser l'histoire ?"),
                    ("me", "oui vas-y"), ("ines", "envoie ton snap à Sarah aussi elle l'a plus"))
    assert severities(messages) == []


def test_the_demo_export_flags_the_groomer_and_not_the_best_friend() -> None:
    detector = Detector(PACK)
    detector.feed_all(message for _source, message in ImportRun([resources_dir() / "demo"]).messages())
    by_contact = {a.contact: a.severity for a in detector.alerts()}
    assert by_contact == {"ethan.choreo.off": Severity.HIGH, "ines_mrtn": Severity.LOW}


def test_an_age_stated_and_asked_back_makes_the_bare_reply_an_age() -> None:
    for asks, question, answer in [("t'as quel âge ?", "14 ans et toi ?", "23. ça te dérange pas ?"),
                                   ("asl", "im 14 wbu", "23 lol")]:
        (alert,) = scan(chat(("alex", asks), ("me", question), ("alex", answer), *SEXUAL_CHAT))
        assert "They said they were 23. Your teen had said they were 14." in alert.explanation.en


def test_laughing_lowers_a_cop_check_among_friends() -> None:
    assert severities(chat(("yanis", "t'es un keuf ou quoi"))) == [("yanis", Severity.LOW)]
    assert severities(chat(("yanis", "t'es un keuf ou quoi mdr"))) == []


# --- French SMS spellings the rules rely on -----------------------------------------------


@pytest.mark.parametrize(
    ("sms", "plain"),
    [("t ki koa", "t qui quoi"), ("kwa ?", "quoi ?"), ("jvais passer", "je vais passer"),
     ("jtenvoie une photo", "je t'envoie une photo"), ("jpasse te chercher", "je passe te chercher"),
     ("jveux te voir", "je veux te voir")],
)
def test_sms_spellings_read_like_plain_french(sms: str, plain: str) -> None:
    assert normalize(sms) == normalize(plain)


# --- approach: finding out when the teen is alone, then coming over --------------------


def test_checking_the_parents_are_out_then_offering_to_come_over_alerts() -> None:
    messages = chat(("vince", "ils sont là tes parents ce soir ? ou t'es toute seule ? je peux passer te voir 😉"),
                    ("kenza", "calme toi"), ("vince", "réponds en mp, ils rentrent à quelle heure ?"))
    assert severities(messages) == [("vince", Severity.MEDIUM)]
    friend = chat(("kenza", "je peux venir te voir jouer samedi ?"), ("me", "oui avec mes parents"),
                  ("kenza", "tu rentres comment ce soir ?"))
    assert severities(friend) == []


def test_asking_the_address_and_the_way_home_alone_alerts() -> None:
    messages = chat(("dave", "where do u live?"), ("me", "manchester"), ("dave", "dm me ur address and phone number"),
                    ("dave", "whats ur full name"), ("dave", "do u walk home alone after school"))
    assert severities(messages) == [("dave", Severity.MEDIUM)]
    assert severities(chat(("jess", "whats ur address? for the party invite"))) == []
