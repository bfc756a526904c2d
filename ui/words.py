"""Words the UI shows for the core's codes (severity, status, stage, platform, category)."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from guardian.detect.categories import CATEGORIES

SEVERITIES = {
    "high": str(QT_TRANSLATE_NOOP("Words", "High")),
    "medium": str(QT_TRANSLATE_NOOP("Words", "Medium")),
    "low": str(QT_TRANSLATE_NOOP("Words", "Low")),
}
STATUSES = {
    "new": str(QT_TRANSLATE_NOOP("Words", "New")),
    "reviewed": str(QT_TRANSLATE_NOOP("Words", "Reviewed")),
    "not_a_concern": str(QT_TRANSLATE_NOOP("Words", "Not a concern")),
}
STAGES = {
    "friendship": str(QT_TRANSLATE_NOOP("Words", "Friendship")),
    "risk assessment": str(QT_TRANSLATE_NOOP("Words", "Checking the risk")),
    "exclusivity": str(QT_TRANSLATE_NOOP("Words", "Keeping it between them")),
    "sexual": str(QT_TRANSLATE_NOOP("Words", "Sexual talk")),
    "relationship": str(QT_TRANSLATE_NOOP("Words", "Building a hold")),
    "meeting": str(QT_TRANSLATE_NOOP("Words", "Meeting")),
    "coercion": str(QT_TRANSLATE_NOOP("Words", "Pressure and threats")),
    "harassment": str(QT_TRANSLATE_NOOP("Words", "Harassment")),
    "wellbeing": str(QT_TRANSLATE_NOOP("Words", "Wellbeing")),
}
# Brand names: the same in every language.
PLATFORMS = {
    "tiktok": "TikTok", "instagram": "Instagram", "facebook": "Messenger", "messenger": "Messenger",
    "whatsapp": "WhatsApp", "snapchat": "Snapchat", "discord": "Discord", "telegram": "Telegram",
    "sms": "SMS", "imessage": "iMessage", "signal": "Signal",
}
OTHER_APP = str(QT_TRANSLATE_NOOP("Words", "Other app"))  # Guardian's generic format
# The visible sign of ui.session.Monitoring, on the lock screen and in the navigation.
MONITORING = {
    "on": str(QT_TRANSLATE_NOOP("Words", "Monitoring on")),
    "paused": str(QT_TRANSLATE_NOOP("Words", "Monitoring paused")),
    "ended": str(QT_TRANSLATE_NOOP("Words", "Monitoring ended")),
    "unsigned": str(QT_TRANSLATE_NOOP("Words", "No agreement yet")),
}


_PLACE = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """Qt's %1 %2 placeholders in one pass, so a value that contains "%2" stays as written."""
    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return values[n - 1] if 0 < n <= len(values) else match.group(0)

    return _PLACE.sub(value, template)


def _t(text: str) -> str:
    return QCoreApplication.translate("Words", text)


def language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def severity(code: str) -> str:
    return _t(SEVERITIES.get(code, code))


def status(code: str) -> str:
    return _t(STATUSES.get(code, code))


def stage(code: str) -> str:
    return _t(STAGES[code]) if code in STAGES else code


def platform(code: str) -> str:
    if code == "generic":
        return _t(OTHER_APP)
    return PLATFORMS.get(code, code.capitalize() if code else "")


def monitoring(state: str) -> str:
    return _t(MONITORING[state])


def category(code: str) -> str:
    found = CATEGORIES.get(code)
    return found.label.get(language()) if found else code


def day(at: datetime) -> str:
    return QLocale().toString(QDate(at.year, at.month, at.day), QLocale.FormatType.ShortFormat)


def short_day(on: date) -> str:
    """"6 oct." / "6 Oct": for chart axes, where the year is the same for most bars."""
    return QLocale().toString(QDate(on.year, on.month, on.day), "d MMM")


def moment(at: datetime) -> str:
    """A date and time in the user's language: chat times are wall-clock as the export wrote them."""
    stamp = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def relative(at: datetime | None, now: datetime) -> str:
    """"today 21:04", "yesterday", "3 days ago", then the date."""
    if at is None:
        return QCoreApplication.translate("Words", "no date")
    days = (now.date() - at.date()).days
    if days <= 0:
        clock = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
        return fill(QCoreApplication.translate("Words", "today %1"), clock)
    if days == 1:
        return QCoreApplication.translate("Words", "yesterday")
    if days < 7:
        return QCoreApplication.translate("Words", "%n day(s) ago", "", days)
    return QLocale().toString(QDate(at.year, at.month, at.day), "d MMM yyyy")



def teen_label() -> str:
    """Who wrote the teen's own lines, in the alert view."""
    return QCoreApplication.translate("Words", "Your teen")
