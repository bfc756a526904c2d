"""The streaming detector: messages in, alerts about contacts out.

State is kept per conversation (who wrote, the rule hits, ages stated, handles announced),
never per export, so messages may arrive interleaved and memory grows with the number of
hits, not of messages. `alerts()` scores every contact once the stream has ended; linked
contacts (the same person met on two platforms) are scored together."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..ingest.base import fold_name
from ..ingest.model import Kind, Message, stable_id
from .categories import CATEGORIES
from .explain import explain
from .matcher import DEFAULT_ENGINE, Matcher
from .model import Alert, Evidence, Link
from .normalize import fold, normalize, normalize_mapped
from .rules import Rule, RulePack, context_regex
from .scoring import CATEGORY_PRESENT, NEVER_SILENCED, DetectorConfig, Facts, Hit, instant, track

# The teen's own messages only ever alert for their own wellbeing.
TEEN_ALERTS = frozenset({"self_harm"})
# Negation and "what if" never lower these: "ne dis rien", "si tu paies pas je publie" are the threat itself.
PHRASED_NEGATIVELY = frozenset({"secrecy", "sextortion", "emotional_coercion", "isolation", "hate_harassment"})
# Laughing lowers only these: "je balance tes vidéos mdr", game trash talk and "t un flic ou quoi mdr"
# are the classic false alarms.
JOKED_ABOUT = frozenset({"sextortion", "hate_harassment", "cop_check"})
# Nothing lowers these: someone reporting a friend's suicidal words still needs an adult.
NEVER_DAMPED = frozenset({"self_harm"})
CONTEXT_PLUS = 1.5
CONTEXT_MINUS = 0.3
REPORTED = 0.25
NEGATED = 0.4
HYPOTHETICAL = 0.5
QUOTED = 0.5
JOKING = 0.5
TEEN_CONTEXT = 0.5  # teen-direction hits count half, as context for the contact
NEW_CONTACT = timedelta(days=7)
BATCH = 16  # messages normalised, then matched, together: Matcher.matches_many
OLD_CONTACT_PLATFORM_MOVE = 0.5  # swapping handles with someone known for long is ordinary

# Ages people state about themselves: "j'ai 13 ans", "moi j'ai 34 mais", "i'm 14", and a bare "12" or
# "38 mais..." answering someone else's age question (see ANSWER_WINDOW).
_AGE = re.compile(
    r"(?<![a-z0-9])(?:j'?ai|g) (\d{1,2})(?: ?ans(?![a-z]| d)|(?=$|[,.!?]| (?:mais|et toi|et tu|btw|perso)(?![a-z])))"
    r"|(?<![a-z0-9])(?:i'?m|i am) (\d{1,2})(?: ?(?:yo|years? old))?"
    r"(?=$|[,.!?;)]| (?:and|btw|too|lol|haha|u|you|wbu|hbu|but)(?![a-z]))"
)
_BARE_AGE = re.compile(r"(\d{1,2})(?: ?(?:ans|yo))?(?![0-9a-z])")
ANSWER_WINDOW = 3  # messages after a contact's age question in which a bare number is an answer
# Someone else's words passed on: "il m'a demandé des photos", "he told me to...", "elle a dit on se voit".
_REPORTED = re.compile(
    r"(?<![a-z])(?:il|elle|on|quelqu'un|un mec|un gars|un type|une meuf|une fille)"
    r" (?:m'|m |ma |me )?(?:a|avait|ont|me|m'a) ?(?:demande|dit|ecrit|propose|envoye|redemande)(?![a-z])"
    r"|(?<![a-z])(?:il|elle) (?:me|m') ?(?:demande|dit|ecrit|harcele)(?![a-z])"
    r"|(?<![a-z])(?:he|she|they|someone|this guy|some guy|a guy|this girl)"
    r" (?:asked|told|said|wrote|wanted|sent|keeps asking|kept asking|asks|was asking)(?![a-z])"
    r"|(?<![a-z])(?:called (?:u|you|me|her|him)|(?:m'|t'|l')(?:a|ont) traite)(?![a-z])"
)
_NEGATION = re.compile(r"(?<![a-z'])(?:pas|jamais|ne|n'|non|not|never|don't|dont|no|aucun)(?: [^ ]+){0,2} ?$")
_JOKE = re.compile(r"(?<![a-z])(?:mdr+|ptdr+|lol+|haha\w*|hihi\w*|jk|xd|jpp)(?![a-z])|[😂🤣😆😹]")
_HYPOTHETICAL = re.compile(
    r"(?<![a-z])(?:imagine|genre si|et si|what if|if someone|si quelqu'un|par exemple|for example|hypothetically"
    r"|dans le film|in the movie|dans le jeu|in the game)(?![a-z])"
)
# "ajoute-moi c theo.mzl2", "my snap is x", "mon insta : @y" — in folded (not normalised) text.
_APPS = r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tiktok|discord|telegram|tg|whatsapp|kik)"
# Cheap RE2 cues, matched with the rules in the same Set pass, say when the regexes above are worth running.
_AGE_CUE = r"(?:j'?ai|g|i'?m|i am) [0-9]{1,2}|^[0-9]{1,2}"
_HANDLE_CUE = rf"(?:ajoute|add me|follow|{_APPS})"
_HANDLE = re.compile(
    rf"(?:ajoute[ -]?moi|add me|follow me|(?:mon|ma|my) {_APPS})(?: (?:sur|on) {_APPS})?"
    r" ?(?:c'?est|cest|c|is|:|=|->|-)? ?@?([a-z0-9][a-z0-9._-]{2,29})"
)
_NOT_HANDLES = frozenset({"moi", "toi", "stp", "please", "plz", "pls", "sur", "the", "and", "est", "cest", "c'est"})


@dataclass
class _Party:
    name: str
    sender_id: str | None
    from_owner: bool
    first_seen: datetime | None
    hits: list[Hit] = field(default_factory=list)
    age: int | None = None
    age_seq: int = 0


@dataclass
class _Conversation:
    platform: str
    conversation_id: str
    title: str
    seq: int = 0
    teen_age: int | None = None
    teen_age_seq: int = 0
    age_question_seq: int = -ANSWER_WINDOW - 1  # the last message asking someone's age...
    age_asker: str = ""  # ...and who asked
    context_weight: float = 0.0
    parties: dict[str, _Party] = field(default_factory=dict)
    announced: list[tuple[str, str]] = field(default_factory=list)  # (handle, announcer)


_Node = tuple[str, str]  # (conversation key, party name)


class Detector:
    def __init__(self, pack: RulePack, config: DetectorConfig | None = None, engine: str = DEFAULT_ENGINE) -> None:
        self.rules: tuple[Rule, ...] = pack.rules
        self.config = config or DetectorConfig()
        self.matcher = Matcher([rule.body for rule in self.rules] + [_AGE_CUE, _HANDLE_CUE], engine)
        self._age_cue, self._handle_cue = len(self.rules), len(self.rules) + 1
        self._plus = [_context(rule.context_plus) for rule in self.rules]
        self._minus = [_context(rule.context_minus) for rule in self.rules]
        self._conversations: dict[str, _Conversation] = {}
        self._pending: list[Message] = []
        self._last: _Conversation | None = None  # the conversation of the last message taken

    # --- streaming -------------------------------------------------------------------

    def feed(self, message: Message) -> None:
        """Take one message; it is detected with the next few (see BATCH), at the latest when
        `states`, `adopt` or `alerts` is called."""
        if message.kind is Kind.SYSTEM:
            return
        self._pending.append(message)
        if len(self._pending) >= BATCH:
            self._flush()

    def feed_all(self, messages: Iterable[Message]) -> None:
        for message in messages:
            self.feed(message)

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        norms = [normalize(message.text) if message.text else "" for message in pending]
        for message, norm, found in zip(pending, norms, self.matcher.matches_many(norms), strict=True):
            self._take(message, norm, found)

    def _take(self, message: Message, norm: str, found: list[int]) -> None:
        conv = self._last
        # Messages come in runs of one conversation: most need no key built and looked up.
        if conv is None or conv.conversation_id != message.conversation_id or conv.platform != message.platform:
            key = conversation_key(message)
            conv = self._conversations.get(key)
            if conv is None:
                conv = self._conversations[key] = _Conversation(
                    message.platform, message.conversation_id, message.conversation_title
                )
            self._last = conv
        conv.seq += 1
        party = conv.parties.get(message.sender)
        if party is None:
            party = conv.parties[message.sender] = _Party(
                message.sender, message.sender_id, message.from_owner, message.sent_at
            )
        if not found or not message.text:
            return
        if found[-1] >= self._age_cue:
            self._read_facts(conv, party, message, norm, found)
            found = [i for i in found if i < self._age_cue]
        if found:
            if any(self.rules[i].category == "age_probing" and self.rules[i].direction != "teen" for i in found):
                conv.age_question_seq, conv.age_asker = conv.seq, message.sender
            self._score(conv, party, message, norm, found)

    # --- handing conversations between processes ---------------------------------------

    def states(self) -> list[tuple[str, _Conversation]]:
        """Every conversation's state, in the order the conversations were first seen."""
        self._flush()
        return list(self._conversations.items())

    def adopt(self, states: Iterable[tuple[str, _Conversation]]) -> None:
        """Take over conversations detected by other detectors (each key seen by one of them only).
        Alerts depend on the order conversations were first seen: adopt them in that order."""
        self._flush()
        for key, state in states:
            if key in self._conversations:
                raise ValueError("a conversation was detected twice")
            self._conversations[key] = state

    def _read_facts(self, conv: _Conversation, party: _Party, message: Message, norm: str, found: list[int]) -> None:
        if self._age_cue in found:
            answering = conv.seq - conv.age_question_seq <= ANSWER_WINDOW and message.sender != conv.age_asker
            value = _stated_age(norm, answering)
            if value is not None and message.from_owner and conv.teen_age is None:
                conv.teen_age, conv.teen_age_seq = value, conv.seq
            elif value is not None and not message.from_owner and party.age is None:
                party.age, party.age_seq = value, conv.seq
        if not message.from_owner and self._handle_cue in found:
            for m in _HANDLE.finditer(" ".join(fold(message.text).split())):
                handle = m.group(1).rstrip("._-")
                if handle not in _NOT_HANDLES and len(handle) >= 3:
                    conv.announced.append((handle, party.name))

    def _score(self, conv: _Conversation, party: _Party, message: Message, norm: str, found: list[int]) -> None:
        trusted = {fold_name(message.sender), fold_name(message.sender_id or "")} & self.config.trusted_contacts
        kept: list[tuple[int, float]] = []
        for index in found:
            rule = self.rules[index]
            weight = self._weight(index, rule, norm, party, message)
            if rule.direction == "teen":
                if message.from_owner:
                    conv.context_weight += TEEN_CONTEXT * weight
                continue
            counts = rule.scores(message.from_owner) and (not message.from_owner or rule.category in TEEN_ALERTS)
            if counts and (not trusted or rule.category in NEVER_SILENCED):
                kept.append((index, weight))
        if not kept:
            return
        night = self.config.is_night(message.sent_at)
        party.hits += [
            Hit(self.rules[i].category, self.rules[i].id, i, weight, conv.seq, message.sent_at, night, message)
            for i, weight in kept
        ]

    def _weight(self, index: int, rule: Rule, norm: str, party: _Party, message: Message) -> float:
        weight = rule.weight * self.config.factor(rule.category) * self.config.rule_factors.get(rule.id, 1.0)
        plus, minus = self._plus[index], self._minus[index]
        if plus is not None and plus.search(norm):
            weight *= CONTEXT_PLUS
        if minus is not None and minus.search(norm):
            weight *= CONTEXT_MINUS
        if rule.category == "platform_move" and not _is_new(party, message):
            weight *= OLD_CONTACT_PLATFORM_MOVE
        if rule.category not in NEVER_DAMPED:
            weight *= _speech_factor(self.matcher.spans(index, norm), norm, rule.category in PHRASED_NEGATIVELY)
        if rule.category in JOKED_ABOUT and _JOKE.search(norm):
            weight *= JOKING
        return weight

    # --- scoring at the end --------------------------------------------------------------

    def alerts(self) -> list[Alert]:
        """Score every contact (linked ones together); alerts by severity, then time."""
        self._flush()
        alerts = [alert for group in self._groups() if (alert := self._alert(group)) is not None]
        return sorted(alerts, key=lambda a: (-a.severity.rank, _sort_time(a.triggered_at), a.id))

    def _groups(self) -> Iterator[list[_Node]]:
        """Parties with hits, linked through announced handles (platform hop) into groups."""
        announcers: dict[str, list[_Node]] = {}
        for key, conv in self._conversations.items():
            for handle, name in conv.announced:
                announcers.setdefault(handle, []).append((key, name))
        parent: dict[_Node, _Node] = {}

        def root(node: _Node) -> _Node:
            while parent.get(node, node) != node:
                node = parent[node]
            return node

        for key, conv in self._conversations.items():
            for party in conv.parties.values():
                if party.from_owner:
                    continue
                for name in {fold_name(party.name), fold_name(party.sender_id or "")}:
                    for other in announcers.get(name, []):
                        if other[0] != key:
                            parent[root((key, party.name))] = root(other)
        groups: dict[_Node, list[_Node]] = {}
        for key, conv in self._conversations.items():
            for party in conv.parties.values():
                groups.setdefault(root((key, party.name)), []).append((key, party.name))
        for members in groups.values():
            if any(self._party(node).hits for node in members):
                yield members

    def _party(self, node: _Node) -> _Party:
        return self._conversations[node[0]].parties[node[1]]

    def _facts(self, members: list[_Node]) -> Facts:
        convs = [self._conversations[key] for key, _ in members]
        parties = [self._party(node) for node in members]
        single = len(members) == 1
        teen = next((c for c in convs if c.teen_age is not None), None)
        adult = next((p for p in parties if p.age is not None), None)
        seen = [p.first_seen for p in parties if p.first_seen is not None]
        return Facts(
            first_seen=min(seen, key=instant) if seen else None,
            teen_age=teen.teen_age if teen else None,
            # Across linked conversations message numbers do not compare: facts count from the start.
            teen_age_seq=teen.teen_age_seq if teen and single else 0,
            contact_age=adult.age if adult else None,
            contact_age_seq=adult.age_seq if adult and single else 0,
            context_weight=sum(c.context_weight for c in convs),
            piling_on=sum(_harasses(p) for c in convs for p in c.parties.values() if p not in parties),
        )

    def _alert(self, members: list[_Node]) -> Alert | None:
        hits = [hit for node in members for hit in self._party(node).hits]
        if len(members) > 1:
            hits.sort(key=lambda h: _sort_time(h.at))
        facts = self._facts(members)
        peak = track(hits, facts, self.config.window)
        if peak is None or peak.verdict.severity is None:
            return None
        home = peak.trigger.message
        home_key = conversation_key(home)
        links = tuple(self._link(node, members) for node in members if node != (home_key, home.sender))
        window = peak.window
        categories = tuple(dict.fromkeys(h.category for h in window))
        return Alert(
            id=stable_id("alert", *sorted("/".join(node) for node in members)),
            severity=peak.verdict.severity,
            score=peak.verdict.score,
            categories=categories,
            stages=tuple(dict.fromkeys(CATEGORIES[c].stage for c in categories)),
            contact=home.sender,
            platform=home.platform,
            conversation_id=home.conversation_id,
            conversation_title=home.conversation_title,
            triggered_at=home.sent_at,
            first_at=window[0].at,
            last_at=window[-1].at,
            evidence=tuple(self._evidence(window)),
            explanation=explain(window, facts, peak.verdict.reasons, home.from_owner, links),
            links=links,
            triggered_position=home.position,
        )

    def _link(self, node: _Node, members: list[_Node]) -> Link:
        """How `node` joins the group: the handle one member announced and another goes by."""
        names = {fold_name(n) for _, n in members}
        handles = [h for key, _ in members for h, _ in self._conversations[key].announced if h in names]
        conv = self._conversations[node[0]]
        return Link(handle=handles[0] if handles else node[1], platform=conv.platform,
                    conversation_id=conv.conversation_id, contact=node[1])

    def _evidence(self, window: Iterable[Hit]) -> Iterator[Evidence]:
        """One item per message of the window, with the spans of its rules in the original text."""
        by_message: dict[int, list[Hit]] = {}
        for hit in window:
            by_message.setdefault(id(hit.message), []).append(hit)
        for hits in by_message.values():
            message = hits[0].message
            mapped = normalize_mapped(message.text)
            spans = {mapped.original_span(a, b) for hit in hits for a, b in self.matcher.spans(hit.rule, mapped.text)}
            yield Evidence(
                platform=message.platform,
                conversation_id=message.conversation_id,
                position=message.position,
                sent_at=message.sent_at,
                sender=message.sender,
                from_owner=message.from_owner,
                text=message.text,
                spans=tuple(sorted(spans)),
                rules=tuple(dict.fromkeys(hit.rule_id for hit in hits)),
            )


def conversation_key(message: Message) -> str:
    """What the detector keeps state under: a conversation on one platform."""
    return f"{message.platform}\x1f{message.conversation_id}"


def _harasses(party: _Party) -> bool:
    return not party.from_owner and any(
        h.category == "hate_harassment" and h.weight >= CATEGORY_PRESENT for h in party.hits
    )


def _stated_age(norm: str, answering: bool) -> int | None:
    """The age the writer states about themselves, if any."""
    m = _AGE.search(norm)
    if m is not None:
        return int(m.group(1) or m.group(2))
    bare = _BARE_AGE.match(norm) if answering else None
    return int(bare.group(1)) if bare is not None else None


def _context(words: tuple[str, ...]) -> re.Pattern[str] | None:
    regex = context_regex(words)
    return re.compile(regex, re.ASCII) if regex else None


def _is_new(party: _Party, message: Message) -> bool:
    if party.first_seen is None or message.sent_at is None:
        return True
    return instant(message.sent_at) - instant(party.first_seen) <= NEW_CONTACT


def _speech_factor(spans: list[tuple[int, int]], norm: str, negative_phrasing: bool) -> float:
    """Reported, negated, hypothetical or quoted speech lowers a hit (the strongest cue wins)."""
    if not spans:
        return 1.0
    start, end = spans[0]
    before = norm[:start]
    if _REPORTED.search(norm[:end]):
        return REPORTED
    if before.count('"') % 2:
        return QUOTED
    if negative_phrasing:
        return 1.0
    if _NEGATION.search(before):
        return NEGATED
    if _HYPOTHETICAL.search(before):
        return HYPOTHETICAL
    return 1.0


def _sort_time(at: datetime | None) -> datetime:
    return instant(at) if at is not None else datetime.max

