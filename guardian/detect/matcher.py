"""Which rules fire on a normalised message: RE2 (linear time), or a stdlib fallback.

Both engines see the same regexes (group-less, token-bounded, already in the matching
space) and give the same answers. With RE2 a few Sets, run over 16 messages at a time
(one per line), rule out most messages at once, and each rule they let through is then
run alone over that batch (and gives the spans shown as evidence). Without the google-re2
wheel, an index of required literals picks the stdlib regexes worth a search; only ASCII
word boundaries exist in RE2, so those compile with re.ASCII. The fallback is only as
linear as `re` is: the rule check rejects unbounded gaps, and RE2 validates every pattern."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

from .literals import required_literals

try:
    import re2

    _REGEX_ERRORS: tuple[type[Exception], ...] = (re.error, re2.error)
except ImportError:  # pragma: no cover - the wheel exists on every supported platform
    re2 = None
    _REGEX_ERRORS = (re.error,)

ENGINES = ("re2", "re") if re2 is not None else ("re",)
_UNANCHORED = re2._re2.RE2.Anchor.UNANCHORED if re2 is not None else None
DEFAULT_ENGINE = ENGINES[0]
# A Set of many rules needs more than RE2's 8 MB default; still bounded (per Set).
_RE2_MAX_MEM = 64 << 20
RE2_SET_SIZE = 150  # three plain Sets: new DFA states come cheaper on fresh chat (bench.detect_speed)

Span = tuple[int, int]


class RegexError(ValueError):
    """A regex one engine refuses; the message is ours, never the library's."""


_WORD = "a-z0-9_"


def alternation(alternatives: Sequence[str]) -> str:
    return "(?:" + "|".join(alternatives) + ")"


def token_bounded(body: str) -> str:
    """`body` as whole tokens (`nue` never inside `continue`), for both engines.

    RE2 has no look-around, so the boundary characters are consumed; unlike `\\b` this
    also lets a rule start or end on punctuation (`ton snap ?`)."""
    return f"(?:^|[^{_WORD}]){body}(?:[^{_WORD}]|$)"


def span_regex(body: str) -> re.Pattern[str]:
    """The same matches as `token_bounded`, with look-around so spans hold only the body."""
    return re.compile(f"(?<![{_WORD}]){body}(?![{_WORD}])", re.ASCII)


def _re2_options() -> Any:
    options = re2.Options()
    options.max_mem = _RE2_MAX_MEM
    options.log_errors = False
    return options


def compile_regex(regex: str, engine: str) -> Any:
    """A compiled regex for `engine`, or RegexError."""
    try:
        if engine == "re2":
            return re2.compile(regex, _re2_options())
        return re.compile(regex, re.ASCII)
    except _REGEX_ERRORS as exc:
        raise RegexError(f"not a valid {engine} regex") from exc


_GAP = re.compile(r"(?<!\\)\.\{\d*,?\d*\}")


_GATE = -1  # in a Set's index list: the gate of the gapped rules, not a rule
_Re2Set = tuple[list[int], Any]  # (rule index of each Set entry, the Set's native Match)


class _Re2Sets:
    """Which rules may match a text (a superset): a few RE2 Sets, rules with bounded gaps
    (`.{0,30}`) apart from the others, at most RE2_SET_SIZE rules each; the gapped Sets run
    only when their gate opens.

    A Set builds its DFA lazily, state by state, as it meets new text, and each call costs
    ~0.4 µs before reading a byte: hence batches of messages, one per line (`(?m)`: `^` and `$`
    hold at each line). Bounded gaps multiply DFA states: on fresh chat the gapped Set kept
    building states (1.3 µs a message after 500,000 messages, 0.2 µs on text it had met), so
    here every gap is loosened to `.*` — one state per rule, never fewer matches — and the
    exact gap is left to the rule's own regex. Mixed with the plain rules even loosened gaps
    cost more than a separate, gated Set (119k against 186k messages/s over the first 600,000
    messages of bench.detect_speed). The gate, one more entry among the plain rules, is the
    required literals of every gapped rule (literals.py): without one of them no gapped rule
    can match."""

    def __init__(self, regexes: Sequence[str], bodies: Sequence[str]) -> None:
        gapped = [i for i, regex in enumerate(regexes) if _GAP.search(regex)]
        plain = [i for i, regex in enumerate(regexes) if not _GAP.search(regex)]
        gate = _gate([bodies[i] for i in gapped])
        self._always_gapped = bool(gapped) and gate is None
        # normalised text has no newline: a line of a batch is one message
        entries = [*("(?m)" + _GAP.sub(".*", regex) for regex in regexes), gate or ""]  # _GATE (-1): the gate
        self._plain = _sets(entries, [*plain, _GATE] if gate else plain)
        self._gapped = _sets(entries, gapped)

    def candidates(self, data: bytes) -> list[int]:
        found = _run(self._plain, data)
        if found and found[0] == _GATE:  # sorted: the gate comes first
            found = found[1:] + _run(self._gapped, data)
        elif self._always_gapped:
            found += _run(self._gapped, data)
        return sorted(found)


def _line_starts(data: bytes) -> list[int]:
    starts = [0]
    while (newline := data.find(b"\n", starts[-1])) >= 0:
        starts.append(newline + 1)
    return starts


def _lines_matching(search: Any, data: bytes, starts: list[int]) -> Iterator[int]:
    """The lines of `data` (a newline, then lines beginning at `starts`) in which a rule's
    search regex (see `Matcher._search`) finds its body, each line judged as if alone, in one
    or two searches per matching line: a body wholly inside a line proves it; one with a
    newline inside (a `[^a-z]` spanning two lines) sends its first line to be searched alone."""
    line = 0
    while line < len(starts):
        whole, (start, end) = search(_UNANCHORED, data, starts[line] - 1, len(data))[:2]
        if whole[0] < 0:
            return
        first = bisect_right(starts, start) - 1
        stop = starts[first + 1] - 1 if first + 1 < len(starts) else len(data)
        if end <= stop or search(_UNANCHORED, data, starts[first] - 1, stop)[0][0] >= 0:
            yield first
        line = first + 1


def _re2_spans(search: Any, text: str) -> list[Span]:
    """The body spans of a rule's search regex (see `Matcher._search`) in `text`, as `finditer`
    gives them with look-around. Each next search starts on the last character of the previous
    body, which may be the boundary the next one needs (a body ending in "?")."""
    data = b"\n" + text.encode()
    spans: list[Span] = []
    pos = 0
    while True:
        whole, (start, end) = search(_UNANCHORED, data, pos, len(data))[:2]
        if whole[0] < 0:
            break
        spans.append((start - 1, end - 1))
        pos = end - 1  # the next body starts after `end - 1`: no match is found twice
    if text.isascii():
        return spans
    chars = [len(data[1 : 1 + offset].decode()) for span in spans for offset in span]  # UTF-8 bytes to characters
    return list(zip(chars[::2], chars[1::2], strict=True))


def _run(sets: list[_Re2Set], data: bytes) -> list[int]:
    found: list[int] = []
    for indices, match in sets:
        hits = match(data)
        if hits:
            found += [indices[i] for i in hits]
    return sorted(found)


def _sets(entries: Sequence[str], indices: list[int]) -> list[_Re2Set]:
    sets: list[_Re2Set] = []
    for start in range(0, len(indices), RE2_SET_SIZE):
        chunk = indices[start : start + RE2_SET_SIZE]
        wrapper = re2.Set.SearchSet(_re2_options())
        for index in chunk:
            wrapper.Add(entries[index])
        wrapper.Compile()
        # The wrapper's Match re-checks types and wraps the result on every call: on short chat
        # messages that costs as much as matching, so call the native method directly.
        sets.append((chunk, wrapper._set.Match))
    return sets


def _gate(bodies: Sequence[str]) -> str | None:
    """A regex that matches wherever one of `bodies` does, or None when a body requires no literal."""
    literals: set[str] = set()
    for body in bodies:
        required = required_literals(body)
        if not required:
            return None
        literals |= required
    return alternation([re.escape(literal) for literal in sorted(literals)]) if literals else None


GRAM = 3  # trigram index: short enough for every useful literal, rare enough to pick few rules


class _Indexed:
    """The stdlib fallback: an index of each rule's required literals picks the few rules
    worth a regex search (one big alternation, or every regex on every message, is far slower)."""

    def __init__(self, bodies: Sequence[str], compiled: Sequence[re.Pattern[str]]) -> None:
        self.rules = compiled
        # A literal is found where its first GRAM characters are: gram -> [(literal, rule)].
        self._by_gram: dict[str, list[tuple[str, int]]] = {}
        self._short: list[tuple[str, int]] = []  # literals shorter than a gram ("mp", "18")
        self._unindexed: list[int] = []  # rules with no usable literal: always searched
        for index, body in enumerate(bodies):
            literals = required_literals(body)
            if not literals or min(map(len, literals)) < 2:
                self._unindexed.append(index)
                continue
            for literal in sorted(literals):
                if len(literal) < GRAM:
                    self._short.append((literal, index))
                else:
                    self._by_gram.setdefault(literal[:GRAM], []).append((literal, index))

    def _candidates(self, text: str) -> set[int]:
        found = set(self._unindexed)
        found.update(index for literal, index in self._short if literal in text)
        by_gram = self._by_gram
        for start in range(len(text) - GRAM + 1):
            entries = by_gram.get(text[start : start + GRAM])
            if entries:
                found.update(index for literal, index in entries if text.startswith(literal, start))
        return found

    def matches(self, text: str) -> list[int]:
        return sorted(i for i in self._candidates(text) if self.rules[i].search(text) is not None)


class Matcher:
    """Rule bodies (index = rule number), matched as whole tokens in normalised text."""

    def __init__(self, bodies: Sequence[str], engine: str = DEFAULT_ENGINE) -> None:
        if engine not in ENGINES:
            raise ValueError(f"unknown or unavailable regex engine: {engine}")
        self.engine = engine
        regexes = [token_bounded(body) for body in bodies]
        self._bodies = tuple(bodies)
        self._prefilter: _Re2Sets | None = None
        self._indexed: _Indexed | None = None
        if engine == "re2":
            self._prefilter = _Re2Sets(regexes, bodies)
            self._searches: dict[int, Any] = {}  # see _search: compiled when a rule is first let through
        else:
            self._indexed = _Indexed(bodies, [span_regex(body) for body in bodies])

    def matches(self, text: str) -> list[int]:
        """Indices of the regexes found in `text` (normalised: no newline), ascending."""
        return self.matches_many([text])[0]

    def matches_many(self, texts: Sequence[str]) -> list[list[int]]:
        """`matches` of each text. Most messages match nothing: one prefilter call on the texts
        as lines rules out a whole batch; the rules it finds are then run over the batch."""
        if self._indexed is not None:
            return [self._indexed.matches(text) for text in texts]
        assert self._prefilter is not None
        data = "\n".join(texts).encode()
        found = self._prefilter.candidates(data)
        answers: list[list[int]] = [[] for _ in texts]
        if found:
            data = b"\n" + data  # every line has a newline before it, standing for its start
            starts = _line_starts(data)[1:]
            for rule in found:  # ascending: so is each answer
                for line in _lines_matching(self._search(rule), data, starts):
                    answers[line].append(rule)
        return answers

    def spans(self, index: int, text: str) -> list[Span]:
        """Where regex `index` matches in `text` (non-overlapping, left to right)."""
        if self._indexed is not None:
            return [m.span() for m in self._indexed.rules[index].finditer(text)]
        return _re2_spans(self._search(index), text)

    def _search(self, index: int) -> Any:
        """Rule `index` alone, exact and linear-time: RE2's native search for its body (group 1)
        after a boundary it consumes, run over text that starts with a newline. Multi-line, so
        a `^` or `$` in a body holds at each line; compiled the first time it is needed."""
        search = self._searches.get(index)
        if search is None:  # the native method, as for Sets: the wrapper's costs as much as a short search
            regex = f"(?m)[^{_WORD}]({self._bodies[index]})(?:[^{_WORD}]|$)"
            search = self._searches[index] = compile_regex(regex, "re2")._regexp.Match
        return search
