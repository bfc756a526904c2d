"""What the teen sees, in French or English: the agreement in plain words ("What Guardian
watches"), the notices both views show (paused, ended, tampered), and the transparency log.

The words speak to the teen ("tu" in French), simpler under 13. The log comes from the audit
log and shows only this teen's entries and the family-wide ones that concern them; it says
*that* an alert was opened and when, never what the alert was about."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from . import audit
from .agreement import Agreement, Scope
from .ingest.model import LocalText

YOUNG_AGE = 13  # under this, shorter sentences
PLATFORM_NAMES = {
    "tiktok": "TikTok", "instagram": "Instagram", "snapchat": "Snapchat", "whatsapp": "WhatsApp",
    "discord": "Discord", "telegram": "Telegram", "messenger": "Messenger", "signal": "Signal", "sms": "SMS",
    "imessage": "iMessage",
}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}


def _l(en: str, fr: str) -> LocalText:
    return LocalText(en=en, fr=fr)


# The categories in words addressed to the teen (the parent's wording is in detect.categories).
TEEN_CATEGORIES: dict[str, LocalText] = {
    "age_probing": _l("Someone keeps asking your age", "Quelqu'un insiste pour connaître ton âge"),
    "personal_info": _l("Someone asks where you live or go", "Quelqu'un demande où tu habites ou où tu vas"),
    "flattery": _l('Too much flattery, a "special bond"', "Trop de compliments, un « lien spécial »"),
    "supervision_check": _l("Someone checks whether adults are around", "Quelqu'un vérifie si des adultes sont là"),
    "secrecy": _l("Someone asks you to keep it secret", "Quelqu'un te demande de garder le secret"),
    "isolation": _l("Someone turns you against family or friends", "Quelqu'un t'éloigne de ta famille ou tes amis"),
    "platform_move": _l("Someone wants to move the chat to another app",
                        "Quelqu'un veut continuer la discussion sur une autre appli"),
    "sexualisation": _l("Sexual talk", "Propos sexuels"),
    "image_request": _l("Someone asks for photos or videos of you", "Quelqu'un te demande des photos ou vidéos"),
    "gifts_money": _l("Someone offers gifts or money", "Quelqu'un propose des cadeaux ou de l'argent"),
    "meeting": _l("Someone wants to meet you", "Quelqu'un veut te rencontrer"),
    "sextortion": _l("Someone threatens to share images of you", "Quelqu'un menace de diffuser des images de toi"),
    "emotional_coercion": _l("Pressure and guilt-tripping", "Pression et culpabilisation"),
    "cop_check": _l("Someone checks you are not being watched", "Quelqu'un vérifie que tu n'es pas surveillé·e"),
    "creator_power": _l("Someone uses fame or followers to pressure you",
                        "Quelqu'un utilise sa célébrité ou ses abonnés pour faire pression"),
    "hate_harassment": _l("Hate or harassment aimed at you", "Haine ou harcèlement contre toi"),
    "self_harm": _l("Talk about hurting yourself or suicide", "Propos sur se faire du mal ou le suicide"),
}
LEVEL_WORDS = {
    "low": _l(" (looked at less closely)", " (regardé de moins près)"),
    "normal": _l("", ""),
    "high": _l(" (looked at more closely)", " (regardé de plus près)"),
}
CHANGE_WORDS = {
    "all": _l("everything", "tout"),
    "birth_month": _l("birth month", "mois de naissance"),
    "platforms": _l("apps", "applis"),
    "categories": _l("what is watched", "ce qui est surveillé"),
    "context_lines": _l("messages shown around an alert", "messages montrés autour d'une alerte"),
    "mask_bystanders": _l("hiding other people's names", "noms des autres masqués"),
    "trusted_contacts": _l("trusted contacts", "contacts de confiance"),
    "retention_days": _l("how long alerts are kept", "durée de conservation des alertes"),
    "notify": _l("notifications", "notifications"),
    "stages": _l("what changes with age", "ce qui change avec l'âge"),
    "end_age": _l("when monitoring ends", "fin de la surveillance"),
    "paused": _l("pause", "pause"),
    # what makes a change reduce privacy (agreement.Effect.reduces)
    "ends_on": _l("monitoring ends later", "la surveillance finit plus tard"),
    "trusted_removed": _l("a trusted contact removed", "un contact de confiance retiré"),
}

_T: dict[str, LocalText] = {
    # status
    "on": _l("Guardian is on. It reads the chat exports you and your parent download together, on this "
             "computer only. Nothing is sent anywhere.",
             "Guardian est activé. Il lit les exports de tes discussions que vous téléchargez ensemble, "
             "sur cet ordinateur seulement. Rien n'est envoyé nulle part."),
    "on_young": _l("Guardian is on. It reads your chats that you and your parent save together. "
                   "Everything stays on this computer.",
                   "Guardian est activé. Il lit les discussions que vous enregistrez ensemble, ton parent et toi. "
                   "Tout reste sur cet ordinateur."),
    "paused": _l("Guardian is paused by your parent: it reads nothing until it is turned back on. "
                 "You will see it here when that happens.",
                 "Guardian est mis en pause par ton parent : il ne lit rien jusqu'à ce qu'il soit relancé. "
                 "Tu le verras ici."),
    "ended": _l("Monitoring ended on {day}, when you turned {age}. Guardian reads nothing any more. "
                "You and your parent were both told.",
                "La surveillance s'est arrêtée le {day}, à tes {age} ans. Guardian ne lit plus rien. "
                "Ton parent et toi avez été prévenus tous les deux."),
    "ended_parent": _l("Monitoring ended on {day}, when your teen turned {age}. Guardian reads nothing any more. "
                       "Your teen was told too.",
                       "La surveillance s'est arrêtée le {day}, aux {age} ans de votre ado. Guardian ne lit plus "
                       "rien. Votre ado a été prévenu aussi."),
    "paused_parent": _l("Monitoring is paused. Your teen sees this too.",
                        "La surveillance est en pause. Votre ado le voit aussi."),
    "on_parent": _l("Monitoring is on, as agreed with your teen.",
                    "La surveillance est activée, comme convenu avec votre ado."),
    "tampered": _l("Version {bad} of the agreement was changed outside Guardian. Guardian ignores it and uses "
                   "version {good}, the last one signed in the app.",
                   "La version {bad} de l'accord a été modifiée en dehors de Guardian. Guardian l'ignore et "
                   "utilise la version {good}, la dernière signée dans l'application."),
    "tampered_old": _l("Version {bad} of the agreement was changed outside Guardian and is ignored.",
                       "La version {bad} de l'accord a été modifiée en dehors de Guardian ; elle est ignorée."),
    "waiting_teen": _l("Your proposal is waiting for your parent.", "Ta proposition attend ton parent."),
    "waiting_parent": _l("Your teen proposed a change. Read it and approve or decline it.",
                         "Votre ado propose un changement. Lisez-le, puis acceptez ou refusez-le."),
    # sections
    "status_title": _l("Right now", "En ce moment"),
    "apps_title": _l("Which apps", "Quelles applis"),
    "apps": _l("Guardian reads exports from: {apps}.", "Guardian lit les exports de : {apps}."),
    "watch_title": _l("What Guardian looks for", "Ce que Guardian recherche"),
    "watch": _l("Your parent gets an alert only when a conversation shows one of these signs:",
                "Ton parent reçoit une alerte seulement quand une conversation montre un de ces signes :"),
    "watch_young": _l("Your parent is told only if someone in a chat does one of these things:",
                      "Ton parent est prévenu seulement si quelqu'un dans une discussion fait une de ces choses :"),
    "sees_title": _l("What your parent sees", "Ce que ton parent voit"),
    "sees_none": _l("Only the messages that caused the alert, nothing before or after.",
                    "Seulement les messages qui ont déclenché l'alerte, rien avant ni après."),
    "sees_some": _l("The messages that caused the alert and up to {n} {messages} before and after each.",
                    "Les messages qui ont déclenché l'alerte et jusqu'à {n} {messages} avant et après chacun."),
    "masked": _l("The names and numbers of other people in the chat are hidden.",
                 "Les noms et numéros des autres personnes de la discussion sont masqués."),
    "unmasked": _l("The names of other people in the chat are shown.",
                   "Les noms des autres personnes de la discussion sont visibles."),
    "opened": _l("Each time your parent opens an alert, it is written in your log, with the date.",
                 "Chaque fois que ton parent ouvre une alerte, c'est noté dans ton journal, avec la date."),
    "trusted_title": _l("People you trust", "Tes contacts de confiance"),
    "trusted": _l("Messages from {names} do not cause alerts, except threats to share images of you or talk "
                  "about hurting yourself: those always count, to protect you.",
                  "Les messages de {names} ne déclenchent pas d'alerte, sauf les menaces de diffuser des images "
                  "de toi ou les propos sur se faire du mal : ceux-là comptent toujours, pour te protéger."),
    "trusted_none": _l("No trusted contacts yet. You can propose some; your parent approves them.",
                       "Pas encore de contact de confiance. Tu peux en proposer ; ton parent les accepte."),
    "keep_title": _l("How long, and who is told", "Combien de temps, et qui est prévenu"),
    "keep": _l("Alerts are deleted after {days} days.", "Les alertes sont effacées après {days} jours."),
    "each_alert": _l("Your parent gets a notification for each alert. It never contains your messages.",
                     "Ton parent reçoit une notification pour chaque alerte. Elle ne contient jamais tes messages."),
    "high_only": _l("Your parent gets a notification only for the most serious alerts. It never contains your "
                    "messages.",
                    "Ton parent reçoit une notification seulement pour les alertes les plus graves. Elle ne "
                    "contient jamais tes messages."),
    "none": _l("Your parent gets no notifications: they look in Guardian themselves.",
               "Ton parent ne reçoit pas de notification : il regarde lui-même dans Guardian."),
    "grow_title": _l("As you grow up", "Quand tu grandis"),
    "stage": _l("From {day} (you will be {age}), Guardian only looks for: {list}. What your parent sees then: "
                "{sees}",
                "À partir du {day} (tu auras {age} ans), Guardian ne recherche plus que : {list}. Ce que ton "
                "parent voit alors : {sees}"),
    "end": _l("On {day}, when you turn {age}, Guardian stops by itself and tells you both.",
              "Le {day}, à tes {age} ans, Guardian s'arrête tout seul et vous prévient tous les deux."),
    "rights_title": _l("Your say", "Ton mot à dire"),
    "rights": _l("Any change that lets your parent see more needs your PIN. You can propose changes too. "
                 "You can get help on your own, without telling your parent first: see Help.",
                 "Tout changement qui permet à ton parent d'en voir plus demande ton code. Tu peux aussi "
                 "proposer des changements. Tu peux demander de l'aide seul·e, sans prévenir ton parent : "
                 "voir Aide."),
    "title": _l("What Guardian watches", "Ce que Guardian surveille"),
    "version": _l("Agreement version {v}, signed in Guardian.", "Accord version {v}, signé dans Guardian."),
}


def t(key: str, language: str, **values: object) -> str:
    return _T[key].get(language).format(**values)


def day_words(day: date, language: str) -> str:
    """"1 March 2029" / "1 mars 2029" (no Qt here: the core formats its own dates)."""
    month = MONTHS["fr" if language.startswith("fr") else "en"][day.month - 1]
    return f"{'1er' if day.day == 1 and language.startswith('fr') else day.day} {month} {day.year}"


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[str, ...]


def _join(items: Iterable[str], language: str) -> str:
    found = list(items)
    if len(found) < 2:
        return "".join(found)
    return ", ".join(found[:-1]) + (" et " if language.startswith("fr") else " and ") + found[-1]


def _ordered(codes: Iterable[str]) -> list[str]:
    """Categories in one fixed order everywhere (the order of the rules documentation)."""
    order = list(TEEN_CATEGORIES)
    return sorted(codes, key=order.index)


def _categories(scope: Scope, language: str) -> tuple[str, ...]:
    return tuple(
        "• " + TEEN_CATEGORIES[code].get(language) + LEVEL_WORDS[scope.categories[code]].get(language)
        for code in _ordered(scope.categories)
    )


def watch_summary(agreement: Agreement, today: date, language: str) -> list[Section]:
    """"What Guardian watches", section by section, for the teen's age today."""
    scope = agreement.scope_on(today)
    young = agreement.age_on(today) < YOUNG_AGE
    sections = [Section(t("status_title", language), (status(agreement, today, language, "teen"),))]
    if scope is None:
        return sections
    apps = sorted((PLATFORM_NAMES[p] for p in agreement.platforms), key=str.casefold)
    sections += [
        Section(t("apps_title", language), (t("apps", language, apps=", ".join(apps)),)),
        Section(t("watch_title", language),
                (t("watch_young" if young else "watch", language), *_categories(scope, language))),
        Section(t("sees_title", language), (
            _sees(scope.context_lines, language),
            t("masked" if agreement.mask_bystanders else "unmasked", language),
            t("opened", language),
        )),
        Section(t("trusted_title", language), (
            t("trusted", language, names=_join(agreement.trusted_contacts, language))
            if agreement.trusted_contacts else t("trusted_none", language),
        )),
        Section(t("keep_title", language),
                (t("keep", language, days=agreement.retention_days), t(agreement.notify, language))),
        Section(t("grow_title", language), tuple(_growing(agreement, today, language))),
        Section(t("rights_title", language), (t("rights", language),)),
    ]
    return sections


def _sees(lines: int, language: str) -> str:
    if not lines:
        return t("sees_none", language)
    return t("sees_some", language, n=lines, messages="message" if lines == 1 else "messages")


def _growing(agreement: Agreement, today: date, language: str) -> Iterable[str]:
    for stage in agreement.stages:
        start = agreement.birthday(stage.age)
        scope = agreement.scope_on(start)
        if start > today and scope is not None:
            names = _join((TEEN_CATEGORIES[c].get(language).lower() for c in _ordered(scope.categories)), language)
            sees = _sees(scope.context_lines, language)
            yield t("stage", language, day=day_words(start, language), age=stage.age, list=names,
                    sees=sees[0].lower() + sees[1:])
    yield t("end", language, day=day_words(agreement.ends_on, language), age=agreement.end_age)


def status(agreement: Agreement, today: date, language: str, audience: str) -> str:
    """On, paused or ended, in one sentence; `audience` is "teen" or "parent": the same fact to each."""
    parent = audience == "parent"
    if today >= agreement.ends_on:
        return t("ended_parent" if parent else "ended", language,
                 day=day_words(agreement.ends_on, language), age=agreement.end_age)
    if agreement.paused:
        return t("paused_parent" if parent else "paused", language)
    if parent:
        return t("on_parent", language)
    return t("on_young" if agreement.age_on(today) < YOUNG_AGE else "on", language)


def notices(agreement: Agreement, language: str, audience: str, tampered: Sequence[int] = (),
            waiting: bool = False) -> list[str]:
    """What both views put first: versions changed outside the app, and a proposal waiting."""
    found = []
    newer = [v for v in tampered if v > agreement.version]
    if newer:
        found.append(t("tampered", language, bad=", ".join(map(str, newer)), good=agreement.version))
    older = [v for v in tampered if v < agreement.version]
    if older:
        found.append(t("tampered_old", language, bad=", ".join(map(str, older))))
    if waiting:
        found.append(t("waiting_parent" if audience == "parent" else "waiting_teen", language))
    return found


def plain_text(agreement: Agreement, today: date, language: str) -> str:
    """The whole summary as text (the printable copy and tests read it)."""
    parts = [t("title", language), t("version", language, v=agreement.version)]
    for section in watch_summary(agreement, today, language):
        parts += ["", section.title, *section.lines]
    return "\n".join(parts)


# --- the transparency log ------------------------------------------------------------------------


@dataclass(frozen=True)
class LogLine:
    at: datetime
    who: str
    what: str


_WHO = {
    "parent": _l("Your parent", "Ton parent"),
    "self": _l("You", "Toi"),
    "guardian": _l("Guardian", "Guardian"),
}
_EVENTS: dict[str, LocalText] = {
    "vault_created": _l("set up Guardian", "a installé Guardian"),
    "teen_added": _l("created your profile", "a créé ton profil"),
    "vault_unlocked": _l("opened Guardian", "a ouvert Guardian"),
    "unlock_failed": _l("noticed a wrong passphrase", "a remarqué un mauvais mot de passe"),
    "pin_failed": _l("noticed a wrong PIN for your profile", "a remarqué un mauvais code PIN pour ton profil"),
    "keys_rotated": _l("renewed the vault's keys", "a renouvelé les clés du coffre"),
    "remembered_on_account": _l("let Guardian open without the passphrase on this computer account",
                                "a permis d'ouvrir Guardian sans mot de passe sur ce compte de l'ordinateur"),
    "forgotten_on_account": _l("made Guardian ask for the passphrase again on this computer account",
                               "a fait redemander le mot de passe sur ce compte de l'ordinateur"),
    "passphrase_changed": _l("changed their passphrase", "a changé son mot de passe"),
    "passphrase_reset": _l("reset their passphrase", "a réinitialisé son mot de passe"),
    "alert_opened": _l("opened an alert about your chats", "a ouvert une alerte sur tes discussions"),
    "alert_status": _l("marked an alert as {status}", "a classé une alerte : {status}"),
    "evidence_exported": _l("saved an evidence file for an alert", "a enregistré un dossier de preuves"),
    "source_scanned": _l("read a chat export", "a lu un export de discussions"),
    "retention": _l("deleted old alerts", "a effacé d'anciennes alertes"),
    "agreement_signed": _l("signed the agreement with you (version {version})",
                           "a signé l'accord avec toi (version {version})"),
    "agreement_changed": _l("changed the agreement (version {version}): {changes}",
                            "a changé l'accord (version {version}) : {changes}"),
    "agreement_proposed": _l("proposed a change: {changes}", "a proposé un changement : {changes}"),
    "agreement_declined": _l("declined the proposed change", "a refusé le changement proposé"),
    "paused": _l("paused monitoring (version {version})", "a mis la surveillance en pause (version {version})"),
    "resumed": _l("turned monitoring back on (version {version})", "a relancé la surveillance (version {version})"),
    "signing_key_added": _l("signed with a new PIN for the first time", "a signé avec un nouveau code"),
    "monitoring_narrowed": _l("now watches less: you reached an agreed age",
                              "surveille moins : tu as atteint un âge convenu"),
    "monitoring_ended": _l("stopped by itself: monitoring has ended",
                           "s'est arrêté tout seul : la surveillance est finie"),
}
_STATUS = {"reviewed": _l("reviewed", "vue"), "not_a_concern": _l("not a concern", "pas inquiétante"),
           "new": _l("new", "nouvelle")}
# Family-wide entries that name an alert: shown only when the alert is this teen's.
_ALERT_EVENTS = frozenset({"alert_opened", "alert_status", "evidence_exported"})


def transparency_log(db: sqlite3.Connection, teen_id: str, language: str) -> list[LogLine]:
    """What was done that concerns this teen, newest first, in words (no alert content, no other teen)."""
    owners = dict(db.execute("SELECT id, teen_id FROM alerts").fetchall())
    lines = []
    for entry in audit.entries(db, teen_id):
        if entry.event in _ALERT_EVENTS and owners.get(entry.detail.get("alert")) != teen_id:
            continue  # another teen's alert, or one already deleted: we cannot tell whose
        what = _what(entry, language)
        if what is not None:
            lines.append(LogLine(entry.at, _who(entry.actor, teen_id).get(language), what))
    return lines[::-1]


def _who(actor: str, teen_id: str) -> LocalText:
    if actor == "parent":
        return _WHO["parent"]
    return _WHO["self"] if actor == f"teen:{teen_id}" else _WHO["guardian"]


def _what(entry: audit.AuditEntry, language: str) -> str | None:
    event, detail = entry.event, entry.detail
    if event == "agreement_changed" and "paused" in detail:
        event = "paused" if detail["paused"] else "resumed"
    text = _EVENTS.get(event)
    if text is None:
        return None  # events added later stay out until they have words here
    changes = _join((CHANGE_WORDS[c].get(language) for c in str(detail.get("changes", "")).split(",")
                     if c in CHANGE_WORDS), language)
    status = _STATUS.get(str(detail.get("status")), _STATUS["new"]).get(language)
    return text.get(language).format(version=detail.get("version", "?"), changes=changes, status=status)
