"""Conversation-level scoring scenarios on the fixture rule pack."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from conftest import FIXTURES
from guardian.detect.detector import Detector
from guardian.detect.matcher import ENGINES
from guardian.detect.model import Alert, Severity
from guardian.detect.rules import load_rules
from guardian.detect.scoring import DetectorConfig
from guardian.ingest.model import Message

PACK = load_rules(FIXTURES / "rules")
PARIS = timezone(timedelta(hours=1))
DAY1 = datetime(2026, 3, 2, 20, 0, tzinfo=PARIS)


def msg(sender: str, text: str, at: datetime, owner: bool = False, conv: str = "c1",
        platform: str = "instagram") -> Message:
    return Message(platform=platform, conversation_id=conv, conversation_title=f"title {conv}", sender=sender,
                   from_owner=owner, sent_at=at, text=text)


def scan(messages: list[Message], config: DetectorConfig | None = None, engine: str = "re2") -> list[Alert]:
    detector = Detector(PACK, config, engine)
    detector.feed_all(messages)
    return detector.alerts()


def at(days: float = 0, hours: float = 0) -> datetime:
    return DAY1 + timedelta(days=days, hours=hours)


GROOMING = [
    msg("Marc", "coucou", at()),
    msg("Léa", "salut", at(hours=0.05), owner=True),
    msg("Marc", "t'as quel âge ?", at(hours=0.1)),
    msg("Léa", "j'ai 13 ans", at(hours=0.15), owner=True),
    msg("Marc", "tu fais quoi", at(days=1)),
    msg("Léa", "rien", at(days=1, hours=0.1), owner=True),
    msg("Marc", "dis rien à tes parents de nous deux", at(days=2, hours=2)),
    msg("Léa", "ok", at(days=2, hours=2.1), owner=True),
    msg("Marc", "3nv0ie moi une ph0t0 de toi", at(days=3, hours=2.5)),
    msg("Léa", "non", at(days=3, hours=2.6), owner=True),
]


@pytest.mark.parametrize("engine", ENGINES)
def test_gradual_grooming_crosses_the_threshold_at_the_photo_request(engine: str) -> None:
    (alert,) = scan(GROOMING, engine=engine)
    assert alert.severity is Severity.MEDIUM
    assert alert.categories == ("age_probing", "secrecy", "image_request")
    assert alert.stages == ("risk assessment", "exclusivity", "sexual")
    assert (alert.contact, alert.platform, alert.conversation_id, alert.conversation_title) == (
        "Marc", "instagram", "c1", "title c1")
    assert alert.triggered_at == at(days=3, hours=2.5)
    assert (alert.first_at, alert.last_at) == (at(hours=0.1), at(days=3, hours=2.5))
    assert alert.explanation.en == (
        "This contact asked your teen's age, asked to keep the chat secret, then asked for a photo, within 3 days."
        " Your teen had said they were 13."
    )
    assert alert.explanation.fr.startswith("Ce contact a demandé l'âge de votre ado, a demandé de garder la "
                                           "conversation secrète, puis a demandé une photo, en 3 jours.")
    assert [(e.text, e.spans, e.rules) for e in alert.evidence] == [
        ("t'as quel âge ?", ((0, 13),), ("fr.age_probing.how_old",)),
        ("dis rien à tes parents de nous deux", ((0, 22),), ("fr.secrecy.dont_tell",)),
        ("3nv0ie moi une ph0t0 de toi", ((0, 27),), ("fr.image_request.send_photo",)),
    ]


def test_a_stated_adult_age_makes_it_high_and_says_so() -> None:
    messages = [*GROOMING[:4], msg("Marc", "moi j'ai 26 ans", at(hours=0.2)), *GROOMING[4:]]
    (alert,) = scan(messages)
    assert alert.severity is Severity.HIGH
    assert "They said they were 26. Your teen had said they were 13." in alert.explanation.en


def test_alert_ids_are_stable_and_per_contact() -> None:
    first = scan(GROOMING)
    assert [a.id for a in first] == [a.id for a in scan(list(GROOMING))]
    other = [m if m.from_owner else replace(m, sender="Paul") for m in GROOMING]
    assert [a.id for a in scan(other)] != [a.id for a in first]


@pytest.mark.parametrize(
    "messages",
    [
        pytest.param([msg("Inès", "c'est quoi ton snap ?", at()), msg("Léa", "ajoute moi sur snap", at(hours=1), True),
                      msg("Inès", "ajoute moi sur insta aussi", at(hours=2))], id="classmates swap handles"),
        pytest.param([msg("Maman", "envoie moi une photo du bouton, je l'envoie au dermato", at()),
                      msg("Léa", "ok", at(hours=1), True)], id="mum asks for a photo of a rash"),
        pytest.param([msg("Yanis", "je vais te tuer au prochain round mdr", at()),
                      msg("Léa", "essaie pour voir", at(hours=1), True)], id="game trash talk"),
        pytest.param([msg("Léa", "jsuis morte mdr", at(), True), msg("Chloé", "ptdr", at(hours=1))],
                     id="dead laughing"),
        pytest.param([msg("Léa", "il m'a demandé des photos, je l'ai bloqué", at(), True)], id="teen reports a creep"),
    ],
)
def test_benign_conversations_stay_silent(messages: list[Message]) -> None:
    assert scan(messages) == []


def test_sextortion_is_high_at_once() -> None:
    messages = [msg("Lucas", "salut", at()), msg("Lucas", "je vais tout envoyer à tes abonnés", at(hours=1)),
                msg("Léa", "non stp", at(hours=1.1), True)]
    (alert,) = scan(messages)
    assert (alert.severity, alert.triggered_at, alert.categories) == (Severity.HIGH, at(hours=1), ("sextortion",))
    assert alert.explanation.en.endswith("This is the pattern of sextortion: act now, do not pay, keep the messages.")


def test_cover_story_meeting_is_high() -> None:
    messages = [msg("Marc", "on se voit samedi ?", at()), msg("Marc", "dis rien à ta mère", at(hours=1))]
    (alert,) = scan(messages)
    assert (alert.severity, alert.triggered_at) == (Severity.HIGH, at(hours=1))


def test_reported_speech_is_not_scored_as_the_speaker_asking() -> None:
    reported = [msg("Chloé", "un mec m'a dit envoie moi une photo de toi", at()),
                msg("Chloé", "il m'a dit dis rien à tes parents", at(hours=1)),
                msg("Chloé", "il a dit on se voit samedi", at(hours=2))]
    assert scan(reported) == []
    direct = [replace(m, text=m.text.split(" dit ", 1)[1]) for m in reported]
    assert [a.severity for a in scan(direct)] == [Severity.HIGH]


def test_trusted_contacts_are_silenced_except_for_sextortion() -> None:
    config = DetectorConfig(trusted_contacts=frozenset({"marc"}))
    assert scan(GROOMING, config) == []
    threat = [msg("Marc", "je vais tout envoyer à tes abonnés", at())]
    assert [a.severity for a in scan(threat, config)] == [Severity.HIGH]


def test_sensitivity_per_category() -> None:
    low = DetectorConfig(sensitivity={"age_probing": "low", "secrecy": "low", "image_request": "low"})
    assert [a.severity for a in scan(GROOMING, low)] == [Severity.LOW]
    assert [a.severity for a in scan(GROOMING, DetectorConfig(sensitivity={"secrecy": "high"}))] == [Severity.HIGH]


def test_the_teen_own_self_harm_messages_alert() -> None:
    one = [msg("Léa", "je veux mourir", at(), True)]
    assert [a.severity for a in scan(one)] == [Severity.LOW]
    two = [*one, msg("Léa", "j'ai envie d'en finir", at(hours=3), True)]
    (alert,) = scan(two)
    assert (alert.severity, alert.contact, alert.triggered_at) == (Severity.MEDIUM, "Léa", at(hours=3))
    assert alert.explanation.en.startswith("Your teen wrote about self-harm or suicide")


def test_platform_hop_links_two_exports() -> None:
    instagram = [msg("Theo M", "t'as quel âge ?", at()), msg("Léa", "j'ai 14 ans", at(hours=0.1), True),
                 msg("Theo M", "dis rien à tes parents", at(hours=0.2)),
                 msg("Theo M", "ajoute-moi c theo.mzl2", at(hours=0.3))]
    snapchat = [msg("theo.mzl2", "envoie moi une photo de toi", at(days=1), conv="s1", platform="snapchat"),
                msg("Léa", "non", at(days=1, hours=0.1), True, conv="s1", platform="snapchat")]
    assert [a.severity for a in scan(instagram)] == [Severity.LOW]
    assert scan(snapchat) == []
    (alert,) = scan(instagram + snapchat)
    # Together: three categories, and the photo request came within 48 hours of the first message.
    assert (alert.severity, alert.platform, alert.contact) == (Severity.HIGH, "snapchat", "theo.mzl2")
    links = [(link.platform, link.contact, link.handle) for link in alert.links]
    assert links == [("instagram", "Theo M", "theo.mzl2")]
    assert "on instagram as Theo M (linked by the handle theo.mzl2)" in alert.explanation.en
    assert "It escalated quickly after the first contact." in alert.explanation.en
    assert [e.platform for e in alert.evidence] == ["instagram", "instagram", "snapchat"]


def test_interleaved_conversations_score_as_grouped() -> None:
    other = [replace(m, conversation_id="c2", sender=m.sender if m.from_owner else "Lucas") for m in GROOMING]
    grouped = scan(GROOMING + other)
    interleaved = scan([m for pair in zip(GROOMING, other, strict=True) for m in pair])
    assert [a.to_json() for a in grouped] == [a.to_json() for a in interleaved]
    assert len(grouped) == 2


def test_old_hits_leave_the_window() -> None:
    spread = [msg("Marc", "t'as quel âge ?", at()), msg("Marc", "dis rien à tes parents", at(days=30)),
              msg("Marc", "envoie moi une photo de toi", at(days=60))]
    assert [a.severity for a in scan(spread)] == []
    assert [a.severity for a in scan(spread, DetectorConfig(window=timedelta(days=90)))] == [Severity.MEDIUM]


def test_night_is_read_on_the_wall_clock() -> None:
    config = DetectorConfig(local_tz=PARIS)
    assert config.is_night(datetime(2026, 3, 2, 23, 30))  # naive: as written
    assert not config.is_night(datetime(2026, 3, 2, 21, 30))
    assert config.is_night(datetime(2026, 3, 2, 22, 30, tzinfo=UTC))  # an instant: 23:30 in Paris
    assert not config.is_night(datetime(2026, 3, 2, 23, 30, tzinfo=timezone(timedelta(hours=-5))) - timedelta(hours=2))


def test_two_different_extortion_signals_are_high_at_once() -> None:
    messages = [msg("Lucas", "tu paies ou je publie", at()), msg("Lucas", "t'as 1h", at(hours=0.1))]
    assert [(a.severity, a.triggered_at) for a in scan(messages[:1])] == [(Severity.LOW, at())]
    assert [(a.severity, a.triggered_at) for a in scan(messages)] == [(Severity.HIGH, at(hours=0.1))]


def test_laughing_lowers_a_threat_among_friends() -> None:
    messages = [msg("Inès", "je vais tout envoyer à tes abonnés mdr", at())]
    assert [a.severity for a in scan(messages)] == [Severity.LOW]


def test_a_bare_number_answering_an_age_question_is_the_teen_age() -> None:
    messages = [m if m.text != "j'ai 13 ans" else replace(m, text="13") for m in GROOMING]
    (alert,) = scan(messages)
    assert alert.explanation.en.endswith("Your teen had said they were 13.")
    unasked = [msg("Léa", "13", at(), True), *[m for m in GROOMING if m.text not in ("j'ai 13 ans", "t'as quel âge ?")]]
    assert "were 13" not in scan(unasked)[0].explanation.en


def test_several_contacts_piling_on_the_teen_alert() -> None:
    one = [msg("Yanis", "je vais te tuer", at(), conv="group")]
    assert scan(one) == []
    pile = [*one, msg("Enzo", "je vais te frapper demain", at(hours=1), conv="group")]
    assert [(a.contact, a.severity) for a in scan(pile)] == [("Yanis", Severity.MEDIUM), ("Enzo", Severity.MEDIUM)]


def test_the_teen_refusing_or_blocking_does_not_lower_the_alert() -> None:
    refusal = [*GROOMING, msg("Léa", "non arrête, je t'ai bloqué", at(days=3, hours=3), owner=True)]
    assert [a.to_json() for a in scan(refusal)] == [a.to_json() for a in scan(GROOMING)]


@pytest.mark.parametrize(
    ("announcement", "handle"),
    [("my snap is jake_22", "jake_22"), ("mon insta : @lea.b", "lea.b"),
     ("ajoute moi sur 👻 c'est theo.mzl2", "theo.mzl2")],
)
def test_handles_are_read_from_announcements(announcement: str, handle: str) -> None:
    first = [msg("X", "t'as quel âge ?", at()), msg("X", "dis rien à tes parents", at(hours=1)),
             msg("X", announcement, at(hours=2))]
    second = [msg(handle.upper(), "envoie moi une photo de toi", at(days=1), conv="s1", platform="snapchat")]
    (alert,) = scan(first + second)
    assert [link.handle for link in alert.links] == [handle]


def test_a_contact_answering_the_teen_age_question_states_their_age() -> None:
    asked = [*GROOMING[:4], msg("Léa", "et toi t'as quel âge ?", at(hours=0.16), owner=True),
             msg("Marc", "26 mais on s'en fiche", at(hours=0.17)), *GROOMING[4:]]
    (alert,) = scan(asked)
    assert "They said they were 26." in alert.explanation.en
