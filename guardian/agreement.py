"""The family agreement: what Guardian watches for one teen, chosen by the teen and the parent together.

One versioned document per teen (ICO Children's Code standard 11, CNIL recommendation 5): the
platforms and categories watched with a sensitivity each, what the parent sees of a flagged
conversation (the flagged lines only, or N lines around them), whether friends' names are masked,
the trusted contacts, how long alerts are kept, when the parent is notified, the teen's birth
month and the age schedule (the scope narrows at agreed ages and monitoring ends by itself at 18).

Every change is a `Proposal` against the current version, and `effect` orders it by privacy:
- a change that *reduces* the teen's privacy (watching more, or more sensitively, a larger
  context window, masking off, removing a trusted contact, keeping alerts longer, ending later,
  watching more platforms) needs the teen's co-signature (their PIN);
- adding a trusted contact, pausing and resuming need the parent (the teen proposes, the parent
  approves; resuming only returns to a scope both already signed);
- any other change (it only gives the teen more privacy) goes through with either signature.
Sextortion and self-harm stay watched while monitoring is on, whoever signs: they are the two
categories a trusted contact cannot silence either, and the two a person pressuring the teen
would most want switched off.

This module is pure (no storage, no keys): `guardian.agreement_store` signs and keeps versions."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal, get_args

from .detect.categories import CATEGORIES
from .detect.scoring import NEVER_SILENCED, Level
from .ingest.base import fold_name

Author = Literal["parent", "teen"]
AUTHORS: tuple[Author, ...] = get_args(Author)
LEVELS: tuple[Level, ...] = get_args(Level)
PLATFORMS = ("tiktok", "instagram", "snapchat", "whatsapp", "discord", "telegram", "messenger", "signal", "sms",
             "imessage")
NOTIFY = ("each_alert", "high_only", "none")  # when the parent gets a (content-free) notification
ADULT_AGE = 18
YOUNGEST_STAGE_AGE = 10
MAX_CONTEXT_LINES = 10
MAX_RETENTION_DAYS = 365
SALT_BYTES = 16
FORMAT = 1
# The fields a proposal may change; the teen, the salt and the version are not the family's to edit.
EDITABLE = ("birth_month", "platforms", "categories", "context_lines", "mask_bystanders", "trusted_contacts",
            "retention_days", "notify", "stages", "end_age", "paused")
_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")

# The suggested schedule (peers-and-guidance §e-11): at 15, the French "majorité numérique",
# only the serious categories stay watched and the parent sees one line of context at most.
STAGE_15_CATEGORIES = frozenset({
    "sextortion", "self_harm", "image_request", "sexualisation", "meeting", "secrecy", "creator_power",
    "hate_harassment",
})


class AgreementError(ValueError):
    """An agreement or a change that breaks a rule; the message is ours, never chat content."""


@dataclass(frozen=True)
class AgeStage:
    """From this birthday on, only `categories` stay watched and at most `context_lines` are shown."""

    age: int
    categories: frozenset[str]
    context_lines: int


@dataclass(frozen=True)
class Scope:
    """What is watched on a given day, after the age schedule."""

    categories: Mapping[str, Level]
    context_lines: int


@dataclass(frozen=True)
class Agreement:
    teen_id: str
    birth_month: str  # "YYYY-MM": the day is not asked for; a birthday counts from the 1st of the month
    platforms: frozenset[str]
    categories: Mapping[str, Level]  # watched category -> sensitivity
    contact_salt: bytes  # keys the trusted-contact hashes the scanner sees (see agreement_store)
    context_lines: int = 2  # lines shown around a flagged one; 0 = the flagged lines only
    mask_bystanders: bool = True
    trusted_contacts: tuple[str, ...] = ()
    retention_days: int = 90
    notify: str = "each_alert"
    stages: tuple[AgeStage, ...] = ()
    end_age: int = ADULT_AGE
    paused: bool = False
    version: int = 1

    # --- the age schedule -------------------------------------------------------------

    def birthday(self, age: int) -> date:
        year, month = _month(self.birth_month)
        return date(year + age, month, 1)

    @property
    def ends_on(self) -> date:
        return self.birthday(self.end_age)

    def age_on(self, day: date) -> int:
        year, month = _month(self.birth_month)
        return day.year - year - (day.month < month)

    def scope_on(self, day: date) -> Scope | None:
        """What is watched on `day`; None once monitoring has ended."""
        if day >= self.ends_on:
            return None
        categories, context = dict(self.categories), self.context_lines
        for stage in self.stages:
            if day >= self.birthday(stage.age):
                categories = {c: level for c, level in categories.items() if c in stage.categories}
                context = min(context, stage.context_lines)
        return Scope(categories, context)

    # --- trusted contacts as the scanner sees them -----------------------------------------

    def contact_hashes(self) -> frozenset[str]:
        return frozenset(contact_hash(self.contact_salt, name) for name in self.trusted_contacts)

    # --- serialisation --------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "teen_id": self.teen_id, "version": self.version, "birth_month": self.birth_month,
            "platforms": sorted(self.platforms), "categories": dict(sorted(self.categories.items())),
            "context_lines": self.context_lines, "mask_bystanders": self.mask_bystanders,
            "trusted_contacts": list(self.trusted_contacts), "retention_days": self.retention_days,
            "notify": self.notify, "end_age": self.end_age, "paused": self.paused,
            "contact_salt": self.contact_salt.hex(),
            "stages": [
                {"age": s.age, "categories": sorted(s.categories), "context_lines": s.context_lines}
                for s in self.stages
            ],
        }

    @classmethod
    def from_json(cls, data: Any) -> Agreement:
        try:
            if data["format"] != FORMAT:
                raise AgreementError(f"agreement format {data['format']} is not supported")
            agreement = cls(
                teen_id=str(data["teen_id"]), version=data["version"], birth_month=data["birth_month"],
                platforms=frozenset(data["platforms"]), categories=dict(data["categories"]),
                context_lines=data["context_lines"], mask_bystanders=data["mask_bystanders"],
                trusted_contacts=tuple(data["trusted_contacts"]), retention_days=data["retention_days"],
                notify=data["notify"], end_age=data["end_age"], paused=data["paused"],
                contact_salt=bytes.fromhex(data["contact_salt"]),
                stages=tuple(
                    AgeStage(s["age"], frozenset(s["categories"]), s["context_lines"]) for s in data["stages"]
                ),
            )
        except AgreementError:
            raise
        except (KeyError, TypeError, ValueError):
            raise AgreementError("the agreement document is malformed") from None
        validate(agreement)
        return agreement


def contact_hash(salt: bytes, name: str) -> str:
    """How a trusted contact is written where no key protects it: HMAC-SHA256 of the folded name."""
    return hmac.new(salt, fold_name(name).encode("utf-8"), hashlib.sha256).hexdigest()


def new_agreement(teen_id: str, birth_month: str) -> Agreement:
    """The suggested starting point, to read and adjust together before both sign."""
    agreement = Agreement(
        teen_id=teen_id, birth_month=birth_month, platforms=frozenset(PLATFORMS),
        categories=dict.fromkeys(CATEGORIES, "normal"), contact_salt=os.urandom(SALT_BYTES),
        stages=(AgeStage(15, STAGE_15_CATEGORIES, 1),),
    )
    validate(agreement)
    return agreement


# --- validation -----------------------------------------------------------------------------


def _month(text: str) -> tuple[int, int]:
    match = _MONTH.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise AgreementError("the birth month must be written YYYY-MM")
    return int(match[1]), int(match[2])


def _is_int(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def validate(a: Agreement) -> None:
    """Raise AgreementError naming the first rule `a` breaks."""
    _month(a.birth_month)
    checks: tuple[tuple[bool, str], ...] = (
        (bool(a.teen_id), "the agreement names no teen"),
        (_is_int(a.version, 1, 10**9), "the version must be a positive number"),
        (a.platforms <= set(PLATFORMS), "unknown platform"),
        (set(a.categories) <= set(CATEGORIES), "unknown category"),
        (all(level in LEVELS for level in a.categories.values()), "sensitivity must be low, normal or high"),
        (set(a.categories) >= NEVER_SILENCED, "sextortion and self-harm are always watched"),
        (_is_int(a.context_lines, 0, MAX_CONTEXT_LINES), f"context lines must be 0 to {MAX_CONTEXT_LINES}"),
        (isinstance(a.mask_bystanders, bool) and isinstance(a.paused, bool), "on/off settings must be true or false"),
        (all(isinstance(c, str) and c.strip() for c in a.trusted_contacts), "a trusted contact has no name"),
        (len({fold_name(c) for c in a.trusted_contacts}) == len(a.trusted_contacts), "a contact is listed twice"),
        (_is_int(a.retention_days, 1, MAX_RETENTION_DAYS), f"alerts are kept 1 to {MAX_RETENTION_DAYS} days"),
        (a.notify in NOTIFY, "unknown notification choice"),
        (_is_int(a.end_age, YOUNGEST_STAGE_AGE + 1, ADULT_AGE), f"monitoring ends at {ADULT_AGE} at the latest"),
        (len(a.contact_salt) == SALT_BYTES, "the contact salt has the wrong size"),
    )
    for ok, problem in checks:
        if not ok:
            raise AgreementError(problem)
    _validate_stages(a)


def _validate_stages(a: Agreement) -> None:
    ages = [s.age for s in a.stages]
    if ages != sorted(set(ages)) or not all(_is_int(age, YOUNGEST_STAGE_AGE, a.end_age - 1) for age in ages):
        raise AgreementError("stage ages must increase and come before the end of monitoring")
    for stage in a.stages:
        if not NEVER_SILENCED <= stage.categories <= set(CATEGORIES):
            raise AgreementError("a stage must keep sextortion and self-harm and name known categories")
        if not _is_int(stage.context_lines, 0, MAX_CONTEXT_LINES):
            raise AgreementError(f"context lines must be 0 to {MAX_CONTEXT_LINES}")


# --- the privacy order of changes --------------------------------------------------------------


@dataclass(frozen=True)
class Policy:
    """The part of an agreement the background scanner needs, without any secret: what is
    watched from which day, pause, end, retention, notifications, trusted contacts as hashes."""

    teen_id: str
    version: int
    categories: Mapping[str, Level]  # before the schedule
    narrowing: tuple[tuple[date, frozenset[str]], ...]  # from each day on, only these stay watched
    ends_on: date
    paused: bool
    retention_days: int
    notify: str
    contact_salt: bytes
    trusted: frozenset[str]  # contact_hash of each trusted contact

    def categories_on(self, day: date) -> dict[str, Level]:
        if day >= self.ends_on:
            return {}
        watched = dict(self.categories)
        for start, kept in self.narrowing:
            if day >= start:
                watched = {c: level for c, level in watched.items() if c in kept}
        return watched

    def to_json(self) -> dict[str, Any]:
        return {
            "teen_id": self.teen_id, "version": self.version, "categories": dict(sorted(self.categories.items())),
            "narrowing": [[start.isoformat(), sorted(kept)] for start, kept in self.narrowing],
            "ends_on": self.ends_on.isoformat(), "paused": self.paused, "retention_days": self.retention_days,
            "notify": self.notify, "contact_salt": self.contact_salt.hex(), "trusted": sorted(self.trusted),
        }

    @classmethod
    def from_json(cls, data: Any) -> Policy:
        try:
            return cls(
                teen_id=str(data["teen_id"]), version=int(data["version"]), categories=dict(data["categories"]),
                narrowing=tuple((date.fromisoformat(s), frozenset(kept)) for s, kept in data["narrowing"]),
                ends_on=date.fromisoformat(data["ends_on"]), paused=bool(data["paused"]),
                retention_days=int(data["retention_days"]), notify=str(data["notify"]),
                contact_salt=bytes.fromhex(data["contact_salt"]), trusted=frozenset(data["trusted"]),
            )
        except (KeyError, TypeError, ValueError):
            raise AgreementError("the agreement policy is malformed") from None


def project(a: Agreement) -> Policy:
    return Policy(
        teen_id=a.teen_id, version=a.version, categories=dict(a.categories),
        narrowing=tuple((a.birthday(s.age), s.categories) for s in a.stages), ends_on=a.ends_on,
        paused=a.paused, retention_days=a.retention_days, notify=a.notify, contact_salt=a.contact_salt,
        trusted=a.contact_hashes(),
    )


@dataclass(frozen=True)
class Effect:
    """What a change does to the teen's privacy, as codes (see teen_view for the words)."""

    changed: tuple[str, ...]  # the fields that differ
    reduces: tuple[str, ...] = ()  # why the teen must co-sign
    parent_only: tuple[str, ...] = ()  # why the parent must sign

    def signers(self, author: Author) -> frozenset[Author]:
        """Who must sign: the author, the teen if privacy shrinks, the parent for contacts and pauses."""
        needed: set[Author] = {author}
        if self.reduces:
            needed.add("teen")
        if self.parent_only:
            needed.add("parent")
        return frozenset(needed)


def _watch_more(old: Mapping[str, Level], new: Mapping[str, Level]) -> bool:
    """True when `new` watches a category `old` did not, or one more sensitively."""
    return any(c not in old or LEVELS.index(level) > LEVELS.index(old[c]) for c, level in new.items())


def _checkpoints(old: Policy, new: Policy, today: date) -> list[date]:
    """Today and every later day on which either schedule changes: enough to compare two schedules."""
    later = {start for p in (old, new) for start, _ in p.narrowing if start > today}
    return [today, *sorted(later)]


def policy_effect(old: Policy, new: Policy, today: date) -> Effect:
    """The privacy effect of a change as far as the policy shows it (all the scanner can check)."""
    changed = [name for name in ("categories", "narrowing", "ends_on", "paused", "retention_days", "notify",
                                 "trusted") if getattr(old, name) != getattr(new, name)]
    reduces = []
    if any(_watch_more(old.categories_on(day), new.categories_on(day)) for day in _checkpoints(old, new, today)):
        reduces.append("categories")
    reduces += [code for code, more in (
        ("ends_on", new.ends_on > old.ends_on),
        ("retention_days", new.retention_days > old.retention_days),
        ("trusted_removed", bool(old.trusted - new.trusted)),
    ) if more]
    parent_only = [code for code, changes in (
        ("trusted_added", bool(new.trusted - old.trusted)), ("paused", new.paused != old.paused),
    ) if changes]
    return Effect(tuple(changed), tuple(reduces), tuple(parent_only))


def effect(old: Agreement, new: Agreement, today: date) -> Effect:
    """The full privacy effect of replacing `old` by `new`, judged from `today` on."""
    old_policy, new_policy = project(old), project(new)
    base = policy_effect(old_policy, new_policy, today)
    changed = tuple(name for name in EDITABLE if getattr(old, name) != getattr(new, name))
    days = _checkpoints(old_policy, new_policy, today)  # stage days are the same in both views
    wider = any(_context(new, day) > _context(old, day) for day in days)
    reduces = base.reduces + tuple(code for code, more in (
        ("platforms", bool(new.platforms - old.platforms)),
        ("context_lines", wider),
        ("mask_bystanders", old.mask_bystanders and not new.mask_bystanders),
    ) if more)
    return Effect(changed, reduces, base.parent_only)


def _context(a: Agreement, day: date) -> int:
    scope = a.scope_on(day)
    return -1 if scope is None else scope.context_lines


@dataclass(frozen=True)
class Proposal:
    """A new version offered by `author`; `effect.signers(author)` must sign it before it counts."""

    base: Agreement
    agreement: Agreement
    author: Author
    effect: Effect = field(compare=False)

    @property
    def signers(self) -> frozenset[Author]:
        return self.effect.signers(self.author)


def propose(current: Agreement, changes: Mapping[str, Any], author: Author, today: date) -> Proposal:
    """A change to `current` as one proposal; AgreementError if it is invalid or changes nothing."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise AgreementError(f"these settings cannot be changed: {', '.join(sorted(unknown))}")
    if author not in AUTHORS:
        raise AgreementError("a change is proposed by the parent or the teen")
    new = replace(current, **changes, version=current.version + 1)
    validate(new)
    found = effect(current, new, today)
    if not found.changed:
        raise AgreementError("nothing changed")
    if "paused" in found.changed and author != "parent":
        raise AgreementError("only the parent pauses or resumes monitoring, and the teen sees it")
    return Proposal(current, new, author, found)


def renumbered(proposal: Proposal, version: int) -> Proposal:
    """The same proposal stored as `version` (numbers taken by a damaged row are never reused)."""
    return replace(proposal, agreement=replace(proposal.agreement, version=version))


def milestones(policy: Policy) -> Iterable[tuple[date, str]]:
    """The days the scope changes by itself: each narrowing, then the end of monitoring."""
    yield from ((start, "stage") for start, _ in policy.narrowing)
    yield policy.ends_on, "ended"
