"""Both engines give the same answers; rules match whole tokens only."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from guardian.detect.matcher import _GAP, ENGINES, Matcher, token_bounded
from guardian.detect.normalize import normalize, phrase_regex
from guardian.detect.rules import load_rules
from guardian.paths import resources_dir

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


# The shipped pack has rules with gaps (`.{0,30}`), matched in their own Sets behind a gate.
SHIPPED = load_rules(resources_dir() / "rules", check_examples=False).rules
SHIPPED_BODIES = [rule.body for rule in SHIPPED]
SHIPPED_MATCHER = Matcher(SHIPPED_BODIES)
ONE_BY_ONE = [re.compile(token_bounded(body), re.ASCII) for body in SHIPPED_BODIES]
EXAMPLES = [normalize(text) for rule in SHIPPED for text in (*rule.examples, *rule.counterexamples)]


def test_shipped_pack_has_gapped_rules() -> None:
    assert sum(bool(_GAP.search(body)) for body in SHIPPED_BODIES) >= 20


def test_shipped_examples_match_as_one_search_per_rule() -> None:
    for text in EXAMPLES:
        assert SHIPPED_MATCHER.matches(text) == [i for i, rx in enumerate(ONE_BY_ONE) if rx.search(text)], text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(EXAMPLES), min_size=1, max_size=3), st.lists(st.sampled_from(WORDS), max_size=6))
def test_mixed_examples_match_as_one_search_per_rule(examples: list[str], words: list[str]) -> None:
    text = " ".join(examples[:1] + words + examples[1:])
    assert SHIPPED_MATCHER.matches(text) == [i for i, rx in enumerate(ONE_BY_ONE) if rx.search(text)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mes parents sont a la maison", [1]),
        ("mes parents sont partis loin de la maison", []),  # the gap is bounded
        ("la maison de mes parents", []),
        ("elle est nue chez ses parents, a la maison", [0, 1]),
    ],
)
def test_gapped_rules(engine: str, text: str, expected: list[int]) -> None:
    matcher = Matcher([phrase_regex("nue"), "parents?.{0,16}maison"], engine)
    assert matcher.matches(text) == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_gapped_rule_without_a_literal_is_always_searched(engine: str) -> None:
    matcher = Matcher(["parents?.{0,16}maison", "[0-9]{2}.{0,4}[0-9]{2}"], engine)
    assert matcher.matches("13 ou 14") == [1]
    assert matcher.matches("ses parents, a la maison, 13 ou 14") == [0, 1]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*EXAMPLES, *WORDS, "13", "j'ai 14 ans"]), max_size=4).map(" ".join),
                max_size=20))
def test_a_batch_answers_as_each_message_alone(texts: list[str]) -> None:
    """Messages matched 16 at a time (one per line, a gap loosened to `.*` in RE2) give each
    message's own answers: nothing found across two lines, nothing lost, `^` at each line."""
    for matcher in (SHIPPED_MATCHER, Matcher(SHIPPED_BODIES, "re")):
        assert matcher.matches_many(texts) == [
            [i for i, rx in enumerate(ONE_BY_ONE) if rx.search(text)] for text in texts
        ]


def test_a_line_start_anchor_holds_at_every_message_of_a_batch() -> None:
    matcher = Matcher(["^[0-9]{1,2}", "parents?.{0,16}maison"])
    texts = ["salut", "14", "mes parents", "la maison", "j'ai 14"]
    assert matcher.matches_many(texts) == [[], [0], [], [], []]


@pytest.mark.parametrize("engine", ENGINES)
def test_matches_across_two_lines_of_a_batch_do_not_count(engine: str) -> None:
    matcher = Matcher(["ton[^a-z]{1,3}snap", "nue"], engine)
    texts = ["donne ton", "snap", "ton ? snap", "nue", "", "tu continue", "nue nue"]
    assert matcher.matches_many(texts) == [[], [], [0], [1], [], [], [1]]


RE_MATCHER = Matcher(SHIPPED_BODIES, "re")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*EXAMPLES, *WORDS, "ça ?", "👻 snap ?"]), min_size=1, max_size=4).map(" ".join))
def test_spans_are_the_same_in_both_engines(text: str) -> None:
    """RE2 gives the evidence spans too (linear time); they are the stdlib look-around ones."""
    for index in SHIPPED_MATCHER.matches(text):
        assert SHIPPED_MATCHER.spans(index, text) == RE_MATCHER.spans(index, text)


@pytest.mark.parametrize("engine", ENGINES)
def test_spans_of_adjacent_and_non_ascii_matches(engine: str) -> None:
    matcher = Matcher(["ton snap ?\\?", "nue", "[?]", "^[0-9]{1,2}"], engine)
    assert matcher.spans(0, "ton snap?ton snap ? é ton snap?") == [(9, 19), (22, 31)]
    assert matcher.spans(1, "é nue nue, continue nue") == [(2, 5), (6, 9), (20, 23)]
    assert matcher.spans(2, "??") == [(0, 1), (1, 2)]  # a body ending in "?" is the next one's boundary
    assert matcher.spans(3, "13 ans") == [(0, 2)]
