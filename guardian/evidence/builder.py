"""Build a dossier from one sealed alert: what the scanner sealed with it, plus its source's facts.

The alert payload (see `guardian.scanning.sealed_payload`) already holds the whole
conversation and the agreed window, so a dossier can be made after the export is deleted."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path, PurePath
from typing import Any

from .. import __version__, audit
from ..detect.categories import CATEGORIES
from ..inbox import agreed_scope, agreed_window
from ..ingest.model import Attachment, LocalText
from ..scanning import MAX_SEALED_MESSAGES
from ..vault.keys import ParentKey
from ..vault.store import Vault
from .model import (
    LANGUAGES,
    SCOPES,
    AlertFacts,
    Category,
    ContactFacts,
    Dossier,
    DossierMessage,
    EvidenceError,
    MessageTime,
    OtherHandle,
    SourceFacts,
)

_SUMMARY = LocalText(
    en="{explanation} This dossier holds {count} messages ({scope}) of the conversation “{title}” on {platform}, "
    "{period}; {flagged} of them matched detection rules. Alert level: {severity}.",
    fr="{explanation} Ce dossier contient {count} messages ({scope}) de la conversation « {title} » sur {platform}, "
    "{period} ; {flagged} d'entre eux correspondent à des règles de détection. Niveau d'alerte : {severity}.",
)
SCOPE_LABELS = {
    "conversation": LocalText(en="the whole conversation", fr="toute la conversation"),
    "window": LocalText(en="the messages around the flagged ones", fr="les messages autour de ceux signalés"),
}
_PERIOD = LocalText(en="from {first} to {last}", fr="du {first} au {last}")
_NO_PERIOD = LocalText(en="with no dates", fr="sans dates")
SEVERITY_LABELS = {
    "low": LocalText(en="low", fr="faible"),
    "medium": LocalText(en="medium", fr="moyen"),
    "high": LocalText(en="high", fr="élevé"),
}
_MEDIA_NOTE = LocalText(
    en="Images and videos are never included: only their file names, sizes and fingerprints as the export lists them.",
    fr="Les images et vidéos ne sont jamais incluses : seulement leurs noms de fichier, tailles et empreintes "
    "telles que l'export les indique.",
)
_WALL_CLOCK_NOTE = LocalText(
    en="The export writes times without a time zone: UTC times were computed reading them in {zone}.",
    fr="L'export écrit les heures sans fuseau horaire : les heures UTC ont été calculées en les lisant "
    "dans le fuseau {zone}.",
)
_CAPPED_NOTE = LocalText(
    en="Only the first {cap} messages of this conversation were kept at scan time.",
    fr="Seuls les {cap} premiers messages de cette conversation ont été conservés lors de l'analyse.",
)


def build_dossier(
    vault: Vault,
    parent_key: ParentKey,
    alert_id: str,
    language: str,
    scope: str = "conversation",
    zone: tzinfo | None = None,
) -> Dossier:
    """The dossier for one alert, in `language`; `zone` is the local time zone (None: the system's).

    Recorded in the audit log the teen sees as soon as it is built: from then on the
    conversation is out of the vault in clear, whether or not it is written anywhere."""
    if language not in LANGUAGES or scope not in SCOPES:
        raise EvidenceError(LocalText(
            en=f"language must be one of {LANGUAGES} and scope one of {SCOPES}",
            fr=f"la langue doit être l'une de {LANGUAGES} et la portée l'une de {SCOPES}"))
    stored = next((a for a in vault.alerts(parent_key) if a.id == alert_id), None)
    if stored is None:
        raise EvidenceError(LocalText(en=f"no alert {alert_id} in this vault",
                                      fr=f"aucune alerte {alert_id} dans ce coffre"))
    info = vault.source_info(parent_key, stored.source)
    if stored.payload is None or info is None:
        raise EvidenceError(LocalText(en=f"the record of alert {alert_id} is damaged and cannot be exported",
                                      fr=f"l'enregistrement de l'alerte {alert_id} est abîmé et ne peut pas être "
                                      "exporté"))
    try:
        context = agreed_scope(vault, parent_key, stored.teen_id, vault.clock.now().date()).context
        dossier = _assemble(stored.source, stored.payload, info, language, scope, context, zone, vault.clock.now())
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a sealed record missing what scans seal
        raise EvidenceError(LocalText(
            en=f"the record of alert {alert_id} is incomplete and cannot be exported",
            fr=f"l'enregistrement de l'alerte {alert_id} est incomplet et ne peut pas être exporté")) from exc
    with vault.transaction() as db:
        audit.append(db, vault.clock.now(), "parent", "evidence_exported", stored.teen_id, {"alert": alert_id})
    return dossier


def _assemble(
    source_sha256: str,
    payload: Mapping[str, Any],
    info: Mapping[str, Any],
    language: str,
    scope: str,
    context: int,
    zone: tzinfo | None,
    now: datetime,
) -> Dossier:
    conversation: list[dict[str, Any]] = payload["conversation_messages"]
    rules = _rules_by_message(payload["evidence"])
    kept = conversation if scope == "conversation" else agreed_window(payload, context)
    messages = tuple(_message(m, rules, zone) for m in kept)
    alert = _alert_facts(payload, language)
    notes = [_MEDIA_NOTE.get(language)]
    if any(m.time.utc is not None and not m.time.stated for m in messages):
        notes.append(_WALL_CLOCK_NOTE.get(language).format(zone=zone_name(zone)))
    if scope == "conversation" and len(conversation) >= MAX_SEALED_MESSAGES:
        notes.append(_CAPPED_NOTE.get(language).format(cap=MAX_SEALED_MESSAGES))
    return Dossier(
        language=language,
        scope=scope,
        created_at=now.astimezone(UTC),
        app_version=__version__,
        timezone=zone_name(zone),
        alert=alert,
        source=_source_facts(source_sha256, info),
        contact=_contact_facts(payload, conversation),
        messages=messages,
        summary=_summary(payload, alert, messages, language, scope),
        notes=tuple(notes),
    )


def severity_label(severity: str, language: str) -> str:
    label = SEVERITY_LABELS.get(severity)
    return label.get(language) if label else severity


def zone_name(zone: tzinfo | None) -> str:
    """An IANA name (ZoneInfo) or fixed zone as given; the system's abbreviations otherwise."""
    return str(zone) if zone is not None else "/".join(dict.fromkeys(time.tzname))


def message_time(raw: str | None, sent_at: str | None, zone: tzinfo | None) -> MessageTime:
    """A stated instant is converted; a wall-clock reading is taken to be in `zone` (None: the system's)."""
    if sent_at is None:
        return MessageTime(raw, None, None, stated=False)
    at = datetime.fromisoformat(sent_at)
    stated = at.tzinfo is not None
    # astimezone(None) reads a naive time as system local time, with that date's DST rules.
    local = at.replace(tzinfo=zone) if not stated and zone is not None else at.astimezone(zone)
    return MessageTime(raw, local.astimezone(UTC), local, stated)


_MessageKey = tuple[str, str | None, str]


def _rules_by_message(evidence: Sequence[Mapping[str, Any]]) -> dict[_MessageKey, tuple[str, ...]]:
    """Sealed evidence names its message by sender, time and text (the payload carries no position for it)."""
    return {(e["sender"], e["sent_at"], e["text"]): tuple(e["rules"]) for e in evidence}


def _message(m: Mapping[str, Any], rules: Mapping[_MessageKey, tuple[str, ...]], zone: tzinfo | None) -> DossierMessage:
    return DossierMessage(
        position=int(m["position"]),
        sender=m["sender"],
        sender_id=m["sender_id"],
        from_owner=bool(m["from_owner"]),
        kind=m["kind"],
        text=m["text"],
        time=message_time(m["raw_time"], m["sent_at"], zone),
        attachments=tuple(Attachment(a["name"], a["size"], a["sha256"], a["mime"]) for a in m["attachments"]),
        rules=rules.get((m["sender"], m["sent_at"], m["text"]), ()),
    )


def _alert_facts(payload: Mapping[str, Any], language: str) -> AlertFacts:
    return AlertFacts(
        id=payload["id"],
        severity=payload["severity"],
        score=float(payload["score"]),
        categories=tuple(
            Category(code, CATEGORIES[code].label.get(language) if code in CATEGORIES else code)
            for code in payload["categories"]
        ),
        stages=tuple(payload["stages"]),
        triggered_at=payload["triggered_at"],
        first_at=payload["first_at"],
        last_at=payload["last_at"],
        explanation=payload["explanation"][language],
    )


def _source_facts(sha256: str, info: Mapping[str, Any]) -> SourceFacts:
    return SourceFacts(
        file_name=PurePath(info["path"]).name,
        platform=info["platform"],
        format=info["format"],
        sha256=sha256,
        first_at=info["first_at"],
        last_at=info["last_at"],
        file_modified_at=_file_date(info["path"]),
    )


def _file_date(path: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(Path(path).stat().st_mtime, UTC)
    except (OSError, ValueError):
        return None


def _contact_facts(payload: Mapping[str, Any], conversation: Sequence[Mapping[str, Any]]) -> ContactFacts:
    """Identifiers from the whole conversation, whatever the scope: they identify, they do not testify."""
    name = payload["contact"]
    ids = dict.fromkeys(m["sender_id"] for m in conversation if m["sender"] == name and m["sender_id"])
    return ContactFacts(
        name=name,
        sender_ids=tuple(ids),
        conversation_title=payload["title"],
        other_handles=tuple(OtherHandle(k["handle"], k["platform"], k["contact"]) for k in payload["links"]),
    )


def _summary(
    payload: Mapping[str, Any], alert: AlertFacts, messages: Sequence[DossierMessage], language: str, scope: str
) -> str:
    dates = sorted(m.time.local.date() for m in messages if m.time.local is not None)
    period = _PERIOD.get(language).format(first=dates[0], last=dates[-1]) if dates else _NO_PERIOD.get(language)
    return _SUMMARY.get(language).format(
        explanation=alert.explanation,
        count=len(messages),
        scope=SCOPE_LABELS[scope].get(language),
        title=payload["title"],
        platform=payload["platform"],
        period=period,
        flagged=sum(1 for m in messages if m.rules),
        severity=severity_label(alert.severity, language),
    )
