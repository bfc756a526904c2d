"""Required literals: the fallback engine skips a rule only when none of them occurs."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardian.detect.literals import required_literals


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"(?:envoie?s?(?: moi)? (?:une |des )?photos?(?: de toi)?)", {"envoi"}),
        (r"(?:montre toi|(?:envoie|montre)(?: moi)? nudes?)", {"montre toi", "envoie", "montre"}),
        (r"t\'?a?s? ?quel age", {"quel age"}),
        (r"ab+c", {"ab"}),
        (r"a{2,3}bcd", {"bcd"}),
        (r"x{0,2}yz", {"yz"}),
        (r"(?i)hello", {"hello"}),
        (r"\bsnap\b ?\?", {"snap"}),
        (r"[a-z]+ans", {"ans"}),
        (r"(?:1[89]|[2-6][0-9]) ans", {" ans"}),
    ],
)
def test_required_literals(regex: str, expected: set[str]) -> None:
    assert required_literals(regex) == expected


@pytest.mark.parametrize("regex", [r"x|", r"(?:a|b?)", r"[abc]+", r".{0,3}", r"\d+"])
def test_no_requirement_when_something_can_match_without_literals(regex: str) -> None:
    assert required_literals(regex) is None


REGEXES = [r"(?:envoie?s?(?: moi)? (?:une |des )?photos?)", r"t'?a?s? ?quel age", r"ab+c|x[yz]{1,2}w",
           r"(?:on se (?:voit|capte)|viens chez moi)"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(REGEXES), st.lists(st.sampled_from(["envoie", "moi", "une", "photo", "s", " ", "t'", "as",
                                                           "quel age", "ab", "bbc", "xyw", "xzzw", "on se voit"]),
                                          max_size=8))
def test_every_match_contains_a_required_literal(regex: str, parts: list[str]) -> None:
    text = "".join(parts)
    literals = required_literals(regex)
    if re.search(regex, text) and literals is not None:
        assert any(literal in text for literal in literals)
