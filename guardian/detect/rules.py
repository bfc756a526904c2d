"""The strict rule-pack loader (schema: docs/rules-format.md).

Every problem is reported with its file and line, all at once; a rule with a problem is
left out of matching but never silently: the pack carries the problems so `guardian rules
check` and the app can show them."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ingest.model import LocalText
from .categories import CATEGORIES, DIRECTIONS, LANGUAGES
from .matcher import ENGINES, RegexError, alternation, compile_regex, token_bounded
from .normalize import PatternSyntaxError, normalize, normalize_pattern, phrase_regex

MIN_WEIGHT = 0.5
MAX_WEIGHT = 10.0
REQUIRED_KEYS = frozenset({"id", "version", "direction", "weight", "title", "explanation", "examples",
                           "counterexamples"})
OPTIONAL_KEYS = frozenset({"phrases", "patterns", "context_plus", "context_minus"})
FILE_KEYS = frozenset({"category", "language", "rule"})
_RULE_HEADER = re.compile(r"^\s*\[\[\s*rule\s*\]\]\s*(?:#.*)?$")
_TOML_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)\s*$")
_ID_NAME = re.compile(r"[a-z0-9_]+")
# `.*` and `.+` are unbounded gaps: rules must say how far apart their words may be.
_UNBOUNDED_GAP = re.compile(r"(?<!\\)\.[*+]")


@dataclass(frozen=True, slots=True)
class RuleProblem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    version: int
    category: str
    language: str
    direction: str
    weight: float
    title: LocalText
    explanation: LocalText
    phrases: tuple[str, ...]
    patterns: tuple[str, ...]
    context_plus: tuple[str, ...]
    context_minus: tuple[str, ...]
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]
    # Phrases and patterns as one alternation over the matching space (see matcher.token_bounded).
    body: str
    path: str
    line: int

    def scores(self, from_owner: bool) -> bool:
        """Whether a message from this side counts for this rule."""
        return self.direction == "any" or (self.direction == "teen") == from_owner


@dataclass(frozen=True, slots=True)
class RulePack:
    """The rules that passed every check, and every problem found."""

    rules: tuple[Rule, ...]
    problems: tuple[RuleProblem, ...]
    files: int

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _FileContext:
    path: Path
    language: str
    category: str
    problems: list[RuleProblem] = field(default_factory=list)

    def report(self, line: int, message: str) -> None:
        self.problems.append(RuleProblem(str(self.path), line, message))


def context_regex(words: Iterable[str]) -> str | None:
    """Context words as one token-bounded regex over the matching space, or None."""
    alternatives = [phrase_regex(w) for w in words]
    return token_bounded(alternation(alternatives)) if alternatives else None


def load_rules(rules_dir: Path, check_examples: bool = True) -> RulePack:
    """Read and check every `<language>/<category>.toml` under `rules_dir`.

    Running every example and counterexample is what `rules check`, the self-test and the
    tests do; a scan may skip it (`check_examples=False`) to start fast, since examples
    are fixed data. Structure, patterns and duplicates are always checked."""
    if not rules_dir.is_dir():
        return RulePack((), (RuleProblem(str(rules_dir), 0, "rules folder not found"),), 0)
    rules: list[Rule] = []
    problems: list[RuleProblem] = []
    paths = sorted(rules_dir.rglob("*.toml"))
    for path in paths:
        file_rules, file_problems = _load_file(path, rules_dir, check_examples)
        rules += file_rules
        problems += file_problems
    seen: dict[str, Rule] = {}
    kept: list[Rule] = []
    for rule in rules:
        first = seen.setdefault(rule.id, rule)
        if first is rule:
            kept.append(rule)
        else:
            problems.append(RuleProblem(rule.path, rule.line,
                                        f"duplicate rule id {rule.id} (first defined at {first.path}:{first.line})"))
    if not paths:
        problems.append(RuleProblem(str(rules_dir), 0, "no rule files (*.toml) found"))
    return RulePack(tuple(kept), tuple(problems), len(paths))


def _load_file(path: Path, rules_dir: Path, check_examples: bool) -> tuple[list[Rule], list[RuleProblem]]:
    rel = path.relative_to(rules_dir)
    ctx = _FileContext(path, rel.parent.name, path.stem)
    if len(rel.parts) != 2 or ctx.language not in LANGUAGES:
        ctx.report(1, f"rule files live in <{'|'.join(LANGUAGES)}>/<category>.toml, not here")
    if ctx.category not in CATEGORIES:
        ctx.report(1, f"unknown category file name {ctx.category!r} (see docs/rules-format.md)")
    try:
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw)
    except UnicodeDecodeError:
        ctx.report(1, "not UTF-8 text")
        return [], ctx.problems
    except tomllib.TOMLDecodeError as exc:
        # tomllib's messages describe TOML syntax, never the file's text.
        m = _TOML_LINE.search(str(exc))
        ctx.report(int(m.group(1)) if m else 1, f"invalid TOML: {_TOML_LINE.sub('', str(exc))}")
        return [], ctx.problems
    lines = raw.splitlines()
    _check_header(data, lines, ctx)
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        ctx.report(_key_line(lines, "rule"), "`rule` must be a list of [[rule]] tables")
        return [], ctx.problems
    if not tables:
        ctx.report(1, "no [[rule]] tables")
    header_lines = [i + 1 for i, text in enumerate(lines) if _RULE_HEADER.match(text)]
    if len(header_lines) != len(tables):
        header_lines = [_key_line(lines, "rule")] * len(tables)
    rules = [rule for table, line in zip(tables, header_lines, strict=True)
             if (rule := _build_rule(table, line, ctx, check_examples)) is not None]
    return rules, ctx.problems


def _key_line(lines: list[str], key: str) -> int:
    """The first line that sets `key` (1 when not found)."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    return next((i + 1 for i, text in enumerate(lines) if pattern.match(text)), 1)


def _check_header(data: Mapping[str, Any], lines: list[str], ctx: _FileContext) -> None:
    for key in sorted(set(data) - FILE_KEYS):
        ctx.report(_key_line(lines, key), f"unknown key {key!r}")
    if data.get("category") != ctx.category:
        ctx.report(_key_line(lines, "category"), f"category must be {ctx.category!r}, as the file name says")
    if data.get("language") != ctx.language:
        ctx.report(_key_line(lines, "language"), f"language must be {ctx.language!r}, as the folder name says")


class _RuleChecker:
    """Reads one [[rule]] table, reporting every problem against its line."""

    def __init__(self, table: Mapping[str, Any], line: int, ctx: _FileContext) -> None:
        self.table = table
        self.line = line
        self.ctx = ctx
        rule_id = table.get("id")
        self.label = f"rule {rule_id}" if isinstance(rule_id, str) else "rule"
        self.failed = False

    def report(self, message: str) -> None:
        self.failed = True
        self.ctx.report(self.line, f"{self.label}: {message}")

    def text(self, key: str) -> str:
        value = self.table.get(key)
        if not isinstance(value, str) or not value.strip():
            self.report(f"{key} must be a non-empty string")
            return ""
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.report(f"{key} must be a list of non-empty strings")
            return ()
        return tuple(value)

    def local(self, key: str) -> LocalText:
        value = self.table.get(key)
        if (not isinstance(value, dict) or set(value) != {"fr", "en"}
                or not all(isinstance(v, str) and v.strip() for v in value.values())):
            self.report(f"{key} must be {{ fr = \"...\", en = \"...\" }}")
            return LocalText(en="", fr="")
        return LocalText(en=value["en"], fr=value["fr"])

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self.table.get(key)
        if not isinstance(value, str) or value not in allowed:
            self.report(f"{key} must be one of {', '.join(allowed)}")
            return ""
        return str(value)

    def version(self) -> int:
        value = self.table.get("version")
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.report("version must be a whole number from 1")
            return 1
        return value

    def weight(self) -> float:
        value = self.table.get("weight")
        if isinstance(value, bool) or not isinstance(value, int | float) or not MIN_WEIGHT <= value <= MAX_WEIGHT:
            self.report(f"weight must be a number from {MIN_WEIGHT:g} to {MAX_WEIGHT:g}")
            return MIN_WEIGHT
        return float(value)


def _build_rule(table: Mapping[str, Any], line: int, ctx: _FileContext, check_examples: bool) -> Rule | None:
    check = _RuleChecker(table, line, ctx)
    for key in sorted(set(table) - REQUIRED_KEYS - OPTIONAL_KEYS):
        check.report(f"unknown key {key!r}")
    for key in sorted(REQUIRED_KEYS - set(table)):
        check.report(f"missing key {key!r}")
    rule_id = check.text("id")
    prefix = f"{ctx.language}.{ctx.category}."
    if rule_id and not (rule_id.startswith(prefix) and _ID_NAME.fullmatch(rule_id[len(prefix):])):
        check.report(f"id must look like {prefix}<name> with a-z, 0-9, _ in the name")
    phrases, patterns = check.texts("phrases"), check.texts("patterns")
    if not phrases and not patterns:
        check.report("needs at least one of phrases / patterns")
    examples, counterexamples = check.texts("examples"), check.texts("counterexamples")
    if "examples" in table and not examples:
        check.report("needs at least one example")
    if "counterexamples" in table and not counterexamples:
        check.report("needs at least one counterexample")
    rule = Rule(
        id=rule_id,
        version=check.version(),
        category=ctx.category,
        language=ctx.language,
        direction=check.choice("direction", DIRECTIONS),
        weight=check.weight(),
        title=check.local("title"),
        explanation=check.local("explanation"),
        phrases=phrases,
        patterns=patterns,
        context_plus=check.texts("context_plus"),
        context_minus=check.texts("context_minus"),
        examples=examples,
        counterexamples=counterexamples,
        body=_rule_body(phrases, patterns, check),
        path=str(ctx.path),
        line=line,
    )
    if check_examples and not check.failed:
        _check_examples(rule, check)
    return None if check.failed else rule


def _rule_body(phrases: tuple[str, ...], patterns: tuple[str, ...], check: _RuleChecker) -> str:
    alternatives = []
    for phrase in phrases:
        if normalize(phrase):
            alternatives.append(phrase_regex(phrase))
        else:
            check.report(f"phrase {phrase!r} is empty once normalised")
    for pattern in patterns:
        try:
            folded = normalize_pattern(pattern)
        except PatternSyntaxError as exc:
            check.report(f"pattern {pattern!r}: {exc}")
            continue
        if _UNBOUNDED_GAP.search(folded):
            check.report(f"pattern {pattern!r}: unbounded gap (.* or .+): use .{{0,30}}")
            continue
        try:
            for engine in ENGINES:
                compiled = compile_regex(folded, engine)
        except RegexError as exc:
            check.report(f"pattern {pattern!r}: {exc}")
            continue
        if compiled.search("") is not None:
            check.report(f"pattern {pattern!r} matches empty text")
            continue
        alternatives.append(f"(?:{folded})")
    return alternation(alternatives)


def _check_examples(rule: Rule, check: _RuleChecker) -> None:
    """Examples must match and counterexamples must not, through the normaliser, in every engine."""
    compiled = {engine: compile_regex(token_bounded(rule.body), engine) for engine in ENGINES}
    for text, expected in [(t, True) for t in rule.examples] + [(t, False) for t in rule.counterexamples]:
        normalised = normalize(text)
        found = {engine: rx.search(normalised) is not None for engine, rx in compiled.items()}
        if len(set(found.values())) > 1:
            check.report(f"engines disagree on {text!r}: {found}")
        elif expected and not any(found.values()):
            check.report(f"example does not match: {text!r} (normalised: {normalised!r})")
        elif not expected and any(found.values()):
            check.report(f"counterexample matches: {text!r} (normalised: {normalised!r})")
