"""Both engines give the same answers; rules match whole tokens only."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from guardian.detect.matcher import ENGINES, Matcher
from guardian.detect.normalize import normalize, phrase_regex
from guardian.detect.rules import load_rules

PACK = load_rules(FIXTURES / "rules")
BODIES = [rule.body for rule in PACK.rules]
MATCHERS = {engine: Matcher(BODIES, engine) for engine in ENGINES}
WORDS = ["nue", "continue", "insta", "installer", "snap", "snapshot", "ton", "?", "moi", "envoie", "photo"]


def test_both_engines_are_available() -> None:
    assert ENGINES == ("re2", "re")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("elle est nue", True),
        ("je continue demain", False),
        ("c'est quoi ton insta", True),
        ("je vais installer le jeu", False),
        ("ajoute moi sur snap", True),
        ("j'ai fait un snapshot", False),
        ("nue.", True),
        ("nue2", False),
    ],
)
def test_token_boundaries(engine: str, text: str, matches: bool) -> None:
    matcher = Matcher([phrase_regex("nue"), phrase_regex("insta"), phrase_regex("snap")], engine)
    assert bool(matcher.matches(normalize(text))) is matches


@pytest.mark.parametrize("engine", ENGINES)
def test_rule_ending_on_punctuation_matches(engine: str) -> None:
    (rule,) = [r for r in PACK.rules if r.id == "fr.platform_move.add_me"]
    matcher = Matcher([rule.body], engine)
    assert matcher.matches(normalize("ton 👻 ?")) == [0]
    assert matcher.matches(normalize("ton snap?!")) == [0]
    assert matcher.spans(0, normalize("bon, ton snap ? stp")) == [(5, 15)]


@pytest.mark.parametrize("engine", ENGINES)
def test_matches_are_rule_indices_ascending(engine: str) -> None:
    text = normalize("Envoie moi une photo de toi, c'est notre secret, je vais tout envoyer à tes abonnés")
    ids = [PACK.rules[i].id for i in MATCHERS[engine].matches(text)]
    assert ids == ["fr.image_request.send_photo", "fr.secrecy.dont_tell", "fr.sextortion.share_threat"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, "dis rien a tes parents", "on se voit", "je vais te tuer", "1", "👻"]),
                max_size=12), st.text(max_size=20))
def test_engines_agree(words: list[str], noise: str) -> None:
    text = normalize(" ".join(words) + noise)
    answers = {engine: m.matches(text) for engine, m in MATCHERS.items()}
    assert answers["re2"] == answers["re"]
    for index in answers["re2"]:
        assert MATCHERS["re2"].spans(index, text)  # a match always has a span
