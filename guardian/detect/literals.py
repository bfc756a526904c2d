"""Required literals of a rule regex: strings one of which every match must contain.

The stdlib fallback cannot run hundreds of regexes on every message; knowing that
`envoie?s?( moi)? (une|des) photos?` cannot match without "envoi" lets it search only the
rules whose literals occur. The analysis is conservative: when unsure it says "no
requirement" (None), which costs speed, never a missed match.

It reads the subset of RE2 syntax that rule bodies use after normalize_pattern: literal
characters, escapes, classes, groups, alternation and quantifiers."""

from __future__ import annotations

from dataclasses import dataclass, field

Requirement = frozenset[str] | None  # None: nothing is required

_ZERO_MIN = ("?", "*")


def _strength(req: Requirement) -> int:
    """How useful a requirement is: the length of its shortest literal."""
    return min(len(lit) for lit in req) if req else 0


@dataclass
class _Sequence:
    """Accumulates the atoms of one alternative, keeping its most useful requirement."""

    run: str = ""
    best: Requirement = None
    parts: list[Requirement] = field(default_factory=list)

    def consider(self, req: Requirement) -> None:
        if req and _strength(req) > _strength(self.best):
            self.best = req

    def literal(self, char: str, required: bool, ends_run: bool) -> None:
        if not required:
            self.flush()
            return
        self.run += char
        if ends_run:  # "a+" is required once but what follows may not touch it
            self.flush()

    def other(self, req: Requirement) -> None:
        self.flush()
        self.consider(req)

    def flush(self) -> None:
        if self.run:
            self.consider(frozenset({self.run}))
        self.run = ""

    def requirement(self) -> Requirement:
        self.flush()
        return self.best


class _Parser:
    def __init__(self, regex: str) -> None:
        self.s = regex
        self.i = 0

    def alternation(self) -> Requirement:
        """Parse until `)` or the end; one requirement per alternative, all needed."""
        alternatives: list[Requirement] = []
        seq = _Sequence()
        while self.i < len(self.s) and self.s[self.i] != ")":
            if self.s[self.i] == "|":
                self.i += 1
                alternatives.append(seq.requirement())
                seq = _Sequence()
                continue
            self.atom(seq)
        alternatives.append(seq.requirement())
        union: set[str] = set()
        for req in alternatives:
            if req is None:
                return None
            union |= req
        return frozenset(union)

    def quantifier(self) -> tuple[bool, bool]:
        """(required at least once, repeatable) for the quantifier at the cursor, if any."""
        s, i = self.s, self.i
        if i < len(s) and s[i] in "?*+":
            self.i += 1
            required, repeat = s[i] == "+", s[i] != "?"
        elif i < len(s) and s[i] == "{" and _is_count(s[i + 1 : (close := s.find("}", i))]):
            low = s[i + 1 : close].split(",")[0]
            self.i = close + 1
            required, repeat = int(low or 0) >= 1, True
        else:
            return True, False
        if self.i < len(s) and s[self.i] == "?":  # lazy
            self.i += 1
        return required, repeat

    def atom(self, seq: _Sequence) -> None:
        s, c = self.s, self.s[self.i]
        char: str | None = None
        sub: Requirement = None
        if c == "\\":
            nxt = s[self.i + 1]
            if nxt in "pPx" and self.i + 2 < len(s) and s[self.i + 2] == "{":
                self.i = s.index("}", self.i) + 1
            else:
                self.i += 3 if nxt in "pP" else 2
                char = nxt if not nxt.isalnum() else None  # \? is a "?", \b \s \d are not literals
        elif c == "[":
            self.i = _class_end(s, self.i)
        elif c == "(":
            self.i += 1
            if s.startswith("?", self.i):
                colon = s.find(":", self.i)
                close = s.find(")", self.i)
                if 0 <= close < colon or colon < 0:  # (?i) flags: zero width
                    self.i = close + 1
                    seq.other(None)
                    return
                self.i = colon + 1
            sub = self.alternation()
            self.i += 1  # the ")"
        elif c in ".^$":
            self.i += 1
        else:
            char = c
            self.i += 1
        required, repeat = self.quantifier()
        if char is not None:
            seq.literal(char, required, ends_run=repeat)
        else:
            seq.other(sub if required else None)


def _is_count(text: str) -> bool:
    return text.replace(",", "").isdigit()


def _class_end(s: str, i: int) -> int:
    j = i + 1
    if s.startswith("^", j):
        j += 1
    if s.startswith("]", j):
        j += 1
    while s[j] != "]":
        j += 2 if s[j] == "\\" else 1
    return j + 1


def required_literals(regex: str) -> Requirement:
    """Literals one of which every match of `regex` contains, or None when unknown."""
    try:
        return _Parser(regex).alternation()
    except (IndexError, ValueError):  # syntax this reader does not know: no shortcut
        return None
