"""From rule hits to a verdict about one contact: category scores, context, severity.

A pure function of the hits (in message order) and a few facts about the conversation,
so the streaming detector, linked conversations and tests all score the same way.
Base rates (docs: detection-notes §1.6) rule the design: one category alone never goes
past "low", except self-harm and targeted harassment with strong weight or corroboration,
two strong concealment tactics, and the fast paths the research calls out (sextortion,
cover-story meeting, creator + photo). Medium also needs one hit of real weight: a chat made
only of weak hits is how teens talk. Stated ages are the strongest context: an adult with a
minor raises the score, a contact of about the teen's age lowers it, and an owner who says
they are an adult makes flirting count less."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Literal

from ..ingest.model import Message
from .model import Severity

Level = Literal["low", "normal", "high"]
SENSITIVITY: dict[str, float] = {"low": 0.6, "normal": 1.0, "high": 1.5}

# Categories that count only as a boost to others from the same contact, never as one of the
# "several categories" a medium alert needs (teen couples talk like this all day).
BOOST_ONLY = frozenset({"flattery"})
# Categories that may alert from one contact alone (with weight or corroboration).
STANDALONE = frozenset({"self_harm", "hate_harassment"})
# What still counts from a trusted contact.
NEVER_SILENCED = frozenset({"sextortion", "self_harm"})
SEXUAL_OR_MEETING = frozenset({"sexualisation", "image_request", "meeting"})
# What adults say to each other: when the owner says they are an adult, these count half.
ADULT_TALK = frozenset({"age_probing", "flattery", "sexualisation", "image_request", "meeting"})
# Hiding the contact from parents, erasing the chat, checking nobody watches: two different strong
# tactics of these are concealment on their own (a friend's gossip "secret" is one weak line).
CONCEALMENT = frozenset({"secrecy", "cop_check"})

LOW_SCORE = 4.0
MEDIUM_SCORE = 7.0
HIGH_SCORE = 14.0
MEDIUM_CATEGORIES = 2
HIGH_CATEGORIES = 3
STANDALONE_WEIGHT = 5.0  # one standalone-category hit this strong is enough for medium
CATEGORY_PRESENT = 1.0  # a category counts as "present" from this score on
FAST_SEXTORTION = 7.0  # one hit this strong (threat + target, or pay-or-else) is sextortion on its own
FAST_THREAT = 2.5  # a threat must keep this much (not laughed off nor reported) to make a photo request sextortion
SUBSTANTIVE = 2.0  # medium and high by score need one hit this strong, or a stated adult age
CONCEALMENT_WEIGHT = 4.0
CONCEALMENT_TACTICS = 2
ADULT_AGE = 18
AGE_GAP_YEARS = 5
AGE_GAP_WEIGHT = 3.0  # an adult who said so, talking to a teen who said they are a minor
ADULT_WEIGHT = 1.5  # an adult, the teen's age unknown (the owner is presumed the teen) or close to 18
PEER_GAP_YEARS = 3  # a minor owner and a contact this close in age are peers
PEERS = 0.8  # the same words weigh less between peers
ADULT_OWNER = 0.5  # what ADULT_TALK counts when the owner says they are an adult
MINOR_OWNER = 1.2  # a minor facing an older or unknown contact
ESCALATION = timedelta(hours=48)
# Scoring replays every hit; a long couple's chat full of "ma belle" must not make it quadratic.
# So a window keeps at most this many recent hits (far more than an escalation needs), and a
# rule's fourth and later repeats in a window are not re-assessed on their own (they add little).
MAX_WINDOW_HITS = 100
REASSESSED_REPEATS = 3


@dataclass(frozen=True)
class DetectorConfig:
    """What the parent can tune: per-category sensitivity and trusted contacts."""

    sensitivity: dict[str, Level] = field(default_factory=dict)
    # Folded names or handles (see guardian.ingest.base.fold_name).
    trusted_contacts: frozenset[str] = frozenset()
    window: timedelta = timedelta(days=21)
    night_start_hour: int = 23
    night_end_hour: int = 5
    # The parent's time zone for UTC-stamped exports; None = this machine's.
    local_tz: tzinfo | None = None
    # This family's "not a concern" feedback: rule id -> weight factor (see guardian.feedback).
    rule_factors: Mapping[str, float] = field(default_factory=dict)

    def factor(self, category: str) -> float:
        return SENSITIVITY[self.sensitivity.get(category, "normal")]

    def is_night(self, at: datetime | None) -> bool:
        if at is None:
            return False
        if at.tzinfo is not None and at.utcoffset() == timedelta(0):
            at = at.astimezone(self.local_tz)  # an instant: read it on the parent's clock
        hour = at.hour
        return hour >= self.night_start_hour or hour < self.night_end_hour


def instant(at: datetime) -> datetime:
    """A comparable reading: UTC for instants, the wall clock as is for naive times."""
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at


@dataclass(frozen=True, slots=True)
class Hit:
    """One rule firing on one message, with its weight after context."""

    category: str
    rule_id: str
    rule: int  # index in the detector's rules
    weight: float
    seq: int  # message number in the conversation
    at: datetime | None
    night: bool
    message: Message  # kept for evidence
    when: datetime | None = field(init=False)  # `at` as a comparable instant

    def __post_init__(self) -> None:
        object.__setattr__(self, "when", instant(self.at) if self.at is not None else None)


@dataclass(frozen=True, slots=True)
class Facts:
    """What the conversation tells about ages and the contact, and from which message on."""

    first_seen: datetime | None = None
    teen_age: int | None = None
    teen_age_seq: int = 0
    contact_age: int | None = None
    contact_age_seq: int = 0
    context_weight: float = 0.0  # the teen's own words that change the picture (teen-direction rules)
    piling_on: int = 0  # other contacts of the conversation who also harass the teen


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float
    severity: Severity | None
    reasons: tuple[str, ...]  # fast path / context labels used by explanations


def _category_scores(hits: Sequence[Hit]) -> dict[str, float]:
    """Per category: the strongest rule, half of each other rule, a tenth of each repeat;
    never more than double the strongest (asking five times is not five signals)."""
    by_rule: dict[str, dict[str, list[float]]] = {}
    for hit in hits:
        by_rule.setdefault(hit.category, {}).setdefault(hit.rule_id, []).append(hit.weight)
    scores = {}
    for category, rules in by_rule.items():
        tops = sorted((max(w) for w in rules.values()), reverse=True)
        repeats = sum(sum(w) - max(w) for w in rules.values())
        scores[category] = min(tops[0] + 0.5 * sum(tops[1:]) + 0.1 * repeats, 2 * tops[0])
    return scores


def _age_gap(facts: Facts, last_seq: int, reasons: list[str]) -> float:
    """What the stated ages add: an adult talking to a minor counts like one more category.

    The owner of the export is presumed to be the teen, so an adult contact counts even when
    the teen never said their age, but not once the owner said they are an adult too."""
    teen = facts.teen_age if facts.teen_age_seq <= last_seq else None
    contact = facts.contact_age if facts.contact_age_seq <= last_seq else None
    if teen is not None and teen >= ADULT_AGE:
        reasons.append("owner_adult")
        return 0.0
    if teen is not None:
        reasons.append("teen_minor")
    if contact is None:
        return 0.0
    if teen is not None and abs(contact - teen) < PEER_GAP_YEARS:
        reasons.append("peers")
        return 0.0
    if contact < ADULT_AGE:
        return 0.0
    if teen is not None and contact - teen >= AGE_GAP_YEARS:
        reasons.append("age_gap")
        return AGE_GAP_WEIGHT
    reasons.append("adult")
    return ADULT_WEIGHT


def _multiplier(hits: Sequence[Hit], facts: Facts, reasons: list[str]) -> float:
    factor = PEERS if "peers" in reasons else MINOR_OWNER if "teen_minor" in reasons else 1.0
    night = sum(hit.night for hit in hits)
    if night >= 2 or (night and night * 2 >= len(hits)):
        reasons.append("night")
        factor *= 1.15
    first = facts.first_seen
    fast = [h for h in hits if h.category in SEXUAL_OR_MEETING and h.at is not None]
    if first is not None and fast and fast[0].when is not None and fast[0].when - instant(first) <= ESCALATION:
        reasons.append("fast")
        factor *= 1.15
    return factor


def _fast_path(scores: dict[str, float], hits: Sequence[Hit]) -> str | None:
    def has(category: str, minimum: float = CATEGORY_PRESENT) -> bool:
        return scores.get(category, 0.0) >= minimum

    extortion = [h for h in hits if h.category == "sextortion" and h.weight >= CATEGORY_PRESENT]
    strongest = max((h.weight for h in extortion), default=0.0)
    # A threat with a target or a price: one strong rule, two different ones, or a real one with a photo request.
    if extortion and (
        strongest >= FAST_SEXTORTION
        or len({h.rule_id for h in extortion}) >= 2
        or (strongest >= FAST_THREAT and has("image_request"))
    ):
        return "sextortion"
    if has("meeting", 1.5) and has("secrecy", 1.5):
        return "cover_story"
    if has("creator_power") and has("image_request"):
        return "creator_image"
    return None


def _standalone(hits: Sequence[Hit], facts: Facts) -> bool:
    """Self-harm and harassment alone: one strong message, several adding up, or a pile-on."""
    for category in STANDALONE:
        weights = [h.weight for h in hits if h.category == category]
        if not weights:
            continue
        if max(weights) >= STANDALONE_WEIGHT or (len(weights) >= 2 and sum(weights) >= STANDALONE_WEIGHT):
            return True
        if category == "hate_harassment" and facts.piling_on and max(weights) >= CATEGORY_PRESENT:
            return True
    return False


def _concealment(hits: Sequence[Hit]) -> bool:
    """Two different strong concealment tactics ("don't tell your parents" + "delete this chat")."""
    tactics = {h.rule_id for h in hits if h.category in CONCEALMENT and h.weight >= CONCEALMENT_WEIGHT}
    return len(tactics) >= CONCEALMENT_TACTICS


def assess(hits: Sequence[Hit], facts: Facts) -> Verdict:
    """The verdict on a contact from the hits in the current window (in message order)."""
    if not hits:
        return Verdict(0.0, None, ())
    reasons: list[str] = []
    gap = _age_gap(facts, hits[-1].seq, reasons)
    scores = _category_scores(hits)
    if "owner_adult" in reasons:
        scores = {c: s * ADULT_OWNER if c in ADULT_TALK else s for c, s in scores.items()}
    present = [c for c, s in scores.items() if s >= CATEGORY_PRESENT and c not in BOOST_ONLY]
    boosts = sum(s for c, s in scores.items() if c in BOOST_ONLY) if present else 0.0
    signals = len(present) + (gap > 0)
    base = sum(s for c, s in scores.items() if c not in BOOST_ONLY) + boosts + gap + min(facts.context_weight, 3.0)
    spread = 1 + 0.2 * max(0, signals - 1)
    score = base * spread * _multiplier(hits, facts, reasons)
    substantive = gap > 0 or max(h.weight for h in hits) >= SUBSTANTIVE
    fast = _fast_path(scores, hits)
    severity: Severity | None = None
    if fast is not None:
        reasons.append(fast)
        severity = Severity.HIGH
    elif substantive and score >= HIGH_SCORE and signals >= HIGH_CATEGORIES:
        severity = Severity.HIGH
    elif (substantive and score >= MEDIUM_SCORE and signals >= MEDIUM_CATEGORIES) or _standalone(hits, facts):
        severity = Severity.MEDIUM
    elif "owner_adult" not in reasons and _concealment(hits):  # adults hide affairs, not grooming
        reasons.append("concealment")
        severity = Severity.MEDIUM
    elif score >= LOW_SCORE:
        severity = Severity.LOW
    return Verdict(score, severity, tuple(reasons))


@dataclass(frozen=True, slots=True)
class Track:
    """How a contact's verdict evolved: its peak, the hits behind it, and when it got there."""

    verdict: Verdict
    window: tuple[Hit, ...]
    trigger: Hit

    @property
    def rank(self) -> tuple[int, float]:
        return (self.verdict.severity.rank if self.verdict.severity else 0, self.verdict.score)


def track(hits: Sequence[Hit], facts: Facts, window: timedelta) -> Track | None:
    """Replay the hits in order through a sliding time window; the peak verdict, if any."""
    best: Track | None = None
    reached: dict[Severity, Hit] = {}
    current: list[Hit] = []
    for hit in hits:
        now = hit.when  # hits come in time order: the oldest is first
        if now is not None and current and current[0].when is not None and now - current[0].when > window:
            current = [h for h in current if h.when is None or now - h.when <= window]
        current.append(hit)
        del current[:-MAX_WINDOW_HITS]
        if sum(h.rule == hit.rule for h in current) > REASSESSED_REPEATS:
            continue
        verdict = assess(current, facts)
        if verdict.severity is None:
            continue
        for severity in Severity:
            if severity.rank <= verdict.severity.rank:
                reached.setdefault(severity, hit)
        if best is None or (verdict.severity.rank, verdict.score) > best.rank:
            level = min(verdict.severity, Severity.MEDIUM, key=lambda s: s.rank)
            best = Track(verdict, tuple(current), reached[level])
    return best
