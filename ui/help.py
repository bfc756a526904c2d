"""The Help page: what to do now (guidance for the alert's categories) and who can help in
the chosen country, from the offline help directory. Numbers and addresses are shown as
selectable text only: Guardian never dials, opens or contacts them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from guardian.detect.categories import CATEGORIES
from guardian.helpdir import (
    INTERNATIONAL,
    Anonymity,
    Audience,
    GuidanceText,
    HelpDataError,
    HelpDirectory,
    HelpEntry,
    country_from_locale,
    load_directory,
)
from guardian.paths import resources_dir
from ui import theme, words
from ui.widgets import card_column, clear_layout, heading, plain_label, scrolled_column


@cache
def directory() -> HelpDirectory | None:
    """Read once; None when the bundled data is broken (the page then says so)."""
    try:
        return load_directory(resources_dir())
    except HelpDataError:
        return None


class EntryCard(QFrame):
    def __init__(self, entry: HelpEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = words.language()
        layout = card_column(self)
        name = entry.name.get(language)
        layout.addWidget(plain_label(name, bold=True))
        layout.addWidget(plain_label(entry.purpose.get(language)))
        for contact in entry.contacts:
            layout.addWidget(plain_label(words.fill(self.tr("%1: %2"), contact.label.get(language), contact.value)))
        details = [entry.who.get(language), entry.hours.get(language), self._anonymity(entry)]
        details += [text.get(language) for text in (entry.privacy, entry.note) if text is not None]
        layout.addWidget(plain_label("\n".join(d for d in details if d), muted=True))
        self.setAccessibleName(name)

    def _anonymity(self, entry: HelpEntry) -> str:
        if entry.anonymous is Anonymity.YES:
            return self.tr("You can stay anonymous.")
        if entry.anonymous is Anonymity.NO:
            return self.tr("Not anonymous.")
        return ""


class HelpPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: tuple[str, ...] = ()
        _, layout = scrolled_column(self, QWidget())
        layout.addWidget(heading(self.tr("Help")))
        self.context = plain_label()
        layout.addWidget(self.context)
        self.guidance = QVBoxLayout()
        self.guidance.setSpacing(theme.GRID)
        layout.addLayout(self.guidance)

        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Who can help")), 1)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        row.addWidget(plain_label(self.tr("Country")))
        row.addWidget(self.country)
        layout.addLayout(row)
        layout.addWidget(plain_label(self.tr(
            "Guardian never contacts these services: the numbers and addresses are for you to use."), muted=True))
        self.entries = QVBoxLayout()
        self.entries.setSpacing(theme.GRID)
        layout.addLayout(self.entries)
        layout.addStretch(1)
        self._fill_countries()
        self.country.currentIndexChanged.connect(lambda _i: self._fill_entries())
        self.show_for(())

    def _fill_countries(self) -> None:
        found = directory()
        if found is None:
            return
        language = words.language()
        for code, name in found.country_names.items():
            self.country.addItem(name.get(language), code)
        self.country.addItem(self.tr("Another country (international services)"), INTERNATIONAL)
        wanted = country_from_locale(QLocale.system().name(), found.countries)
        self.country.setCurrentIndex(max(0, self.country.findData(wanted)))

    def show_for(self, categories: Sequence[str]) -> None:
        """Guidance and services for an alert's categories; everything when none are given."""
        self.categories = tuple(categories)
        found = directory()
        if found is None:
            self.context.setText(self.tr(
                "The help directory could not be read. In an emergency, call 112 (Europe) or 911 (North America)."))
            return
        if self.categories:
            names = ", ".join(words.category(c) for c in self.categories)
            self.context.setText(words.fill(self.tr("For this alert: %1."), names))
        else:
            self.context.setText(self.tr("What to do, whatever happened:"))
        wanted = self.categories or tuple(CATEGORIES)
        clear_layout(self.guidance)
        for text in found.guidance_for(wanted, words.language(), Audience.PARENT):
            self.guidance.addWidget(GuidanceCard(text))
        self._fill_entries()

    def _fill_entries(self) -> None:
        found = directory()
        country = self.country.currentData()
        clear_layout(self.entries)
        if found is None or country is None:
            return
        for entry in found.entries_for(country, self.categories, Audience.PARENT):
            self.entries.addWidget(EntryCard(entry))


class GuidanceCard(QFrame):
    def __init__(self, text: GuidanceText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = card_column(self)
        layout.addWidget(plain_label(text.title, bold=True))
        layout.addWidget(plain_label(text.summary))
        layout.addWidget(plain_label("\n".join(f"{n}. {step}" for n, step in enumerate(text.steps, start=1))))
        if text.avoid:
            layout.addWidget(plain_label(self.tr("Avoid:"), bold=True))
            layout.addWidget(plain_label("\n".join(f"• {item}" for item in text.avoid)))
        self.setAccessibleName(text.title)
