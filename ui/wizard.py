"""First run: what Guardian does and does not do, the parent passphrase and recovery code,
the teen's PIN and agreement, the teen's accounts, the first exports, the watched folder
and notifications."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from guardian.vault import keys
from guardian.vault.crypto import KdfParams
from guardian.vault.store import Vault, VaultError
from ui import theme
from ui.i18n import LANGUAGE_NAMES
from ui.passphrase import PassphraseFields, RememberChoice
from ui.sources import DropZone
from ui.teens import AccountsForm, TeenForm
from ui.widgets import busy_cursor, plain_label


@dataclass
class WizardResult:
    vault: Vault
    parent: keys.ParentKey
    teen_name: str
    pin: str
    birth_month: str  # "YYYY-MM": the first agreement's age schedule
    accounts: tuple[str, ...]
    exports: list[Path] = field(default_factory=list)
    watched_folder: Path | None = None
    notifications: bool = True
    remember: bool = False  # on this computer account: the app asks the OS key store once the vault is set up


def _page_column(page: QWizardPage, title: str, subtitle: str) -> QVBoxLayout:
    """A setup step's title, the sentence under it, and the column its content goes in."""
    page.setTitle(title)
    page.setSubTitle(subtitle)
    return QVBoxLayout(page)


class WelcomePage(QWizardPage):
    language_chosen = Signal(str)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Guardian"))
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.GRID * 2)
        row = QHBoxLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        row.addWidget(plain_label(self.tr("Language")))
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(plain_label(self.tr(
            "Guardian reads the chat exports you and your teen download from apps such as TikTok, Instagram or "
            "WhatsApp, and looks for the known signs of grooming and sextortion: an adult asking for secrecy, "
            "photos, a meeting, or making threats.")))
        layout.addWidget(plain_label(self.tr("What Guardian does"), bold=True))
        layout.addWidget(plain_label(self.tr(
            "• Everything stays on this computer: nothing is sent anywhere, there is no account and no cloud.\n"
            "• It reads only the exports you give it, when you give them.\n"
            "• You see an alert only when a conversation shows these signs: why it was raised, and the few "
            "messages around it.")))
        layout.addWidget(plain_label(self.tr("What Guardian does not do"), bold=True))
        layout.addWidget(plain_label(self.tr(
            "• It does not show you all of your teen's conversations, and does not read their phone.\n"
            "• It does not look at photos or videos.\n"
            "• It does nothing in secret: your teen sees the same rules, and every alert you open is recorded "
            "for them to see.")))
        layout.addStretch(1)


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: SetupWizard, can_remember: bool) -> None:
        super().__init__()
        self._wizard = wizard
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the vault"))
        layout = _page_column(self, self.tr("Your parent passphrase"),
                              self.tr("It locks the alerts. Choose a few words only you know: long beats complicated."))
        self.fields = PassphraseFields()
        self.fields.changed.connect(self.completeChanged)
        layout.addWidget(self.fields)
        layout.addSpacing(theme.GRID * 2)
        self.remember = RememberChoice(can_remember)
        layout.addWidget(self.remember)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return self.fields.acceptable()

    def validatePage(self) -> bool:
        return self._wizard.create_vault(self.fields.text())


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        layout = _page_column(self, self.tr("Your recovery code"), self.tr(
            "If you forget the passphrase, this code is the only way back in. "
            "Write it down or print it, and keep it somewhere safe, away from this computer."))
        layout.setSpacing(theme.GRID * 2)
        self.code = plain_label()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Recovery code"))
        layout.addWidget(self.code)
        copy = QPushButton(self.tr("Copy the code"))
        copy.setAccessibleName(self.tr("Copy the recovery code"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code.text()))
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignCenter)
        self.kept = QCheckBox(self.tr("I have written down or printed this code"))
        self.kept.setAccessibleName(self.kept.text())
        self.kept.toggled.connect(self.completeChanged)
        layout.addWidget(self.kept)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.code.setText(self._wizard.recovery_code)

    def isComplete(self) -> bool:
        return self.kept.isChecked()


class TeenPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = _page_column(self, self.tr("Hand the keyboard to your teen"),
                              self.tr("Read the agreement together. Then your teen chooses a PIN for their own view of "
                                      "Guardian, and you both sign."))
        self.form = TeenForm()
        self.form.changed.connect(self.completeChanged)
        layout.addWidget(self.form)

    def isComplete(self) -> bool:
        return self.form.complete()


class AccountsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = _page_column(self, self.tr("Your teen's accounts"),
                              self.tr("The names and handles your teen uses in each app, so Guardian can tell their "
                                      "messages from the contact's. One per line."))
        self.form = AccountsForm()
        layout.addWidget(self.form)


class ExportsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = _page_column(self, self.tr("The first exports"), self.tr(
            "Add the data exports downloaded from your teen's apps. You can also do this later."))
        layout.setSpacing(theme.GRID)
        self.drop = DropZone()
        self.drop.dropped.connect(self.add)
        layout.addWidget(self.drop)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Exports to read"))
        layout.addWidget(self.list, 1)
        layout.addWidget(plain_label(self.tr("How to download the data"), bold=True))
        layout.addWidget(plain_label(self.tr(
            "TikTok: Settings › Account › Download your data › JSON.\n"
            "Instagram: Settings › Your activity › Download your information › Messages, format JSON.\n"
            "WhatsApp: open the chat › ⋮ › More › Export chat › Without media.\n"
            "Snapchat: Settings › My Data › Submit request; the zip arrives by e-mail.\n"
            "Discord and Telegram: request the data package, or export the chat from the desktop app.")))
        self.paths: list[Path] = []

    def add(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
                self.list.addItem(path.name or str(path))


class MonitoringPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = _page_column(self, self.tr("Watching and notifications"),
                              self.tr("Both are optional and can be changed later."))
        layout.setSpacing(theme.GRID * 2)
        layout.addWidget(plain_label(self.tr(
            "Guardian can watch one folder, such as Downloads, and read new exports saved there while it runs.")))
        row = QHBoxLayout()
        self.folder = plain_label(self.tr("No folder is watched."))
        choose = QPushButton(theme.icon("folder-watch"), self.tr("Choose a folder…"))
        choose.setAccessibleName(self.tr("Choose the watched folder"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.notify = QCheckBox(self.tr("Tell me when there is a new alert (the notification never shows any "
                                      "message)"))
        self.notify.setChecked(True)
        self.notify.setAccessibleName(self.tr("Desktop notifications for new alerts"))
        layout.addWidget(self.notify)
        layout.addStretch(1)
        self.watched: Path | None = None

    def _choose(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder to watch"), str(Path.home()))
        if name:
            self.watched = Path(name)
            self.folder.setText(name)


class SetupWizard(QWizard):
    completed = Signal(object)  # WizardResult
    language_chosen = Signal(str)

    def __init__(self, data_dir: Path, language: str, kdf: KdfParams | None = None,
                 parent: QWidget | None = None, *, can_remember: bool = False) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._kdf = kdf
        self.vault: Vault | None = None
        self.parent_key: keys.ParentKey | None = None
        self.recovery_code = ""
        self.setWindowTitle(self.tr("Set up Guardian"))
        self.setWindowIcon(theme.icon("guardian"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, theme.icon("guardian").pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(820, 640)
        self.welcome = WelcomePage(language)
        self.welcome.language_chosen.connect(self.language_chosen)
        self.passphrase = PassphrasePage(self, can_remember)
        self.recovery = RecoveryPage(self)
        self.teen = TeenPage()
        self.accounts = AccountsPage()
        self.exports = ExportsPage()
        self.monitoring = MonitoringPage()
        for page in (self.welcome, self.passphrase, self.recovery, self.teen, self.accounts, self.exports,
                     self.monitoring):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start Guardian"))

    def create_vault(self, passphrase: str) -> bool:
        if self.vault is not None:
            return True
        try:
            with busy_cursor():
                self.vault, self.parent_key, self.recovery_code = Vault.create(self.data_dir, passphrase, self._kdf)
        except VaultError:
            self.passphrase.fields.verdict.setText(self.tr("A vault already exists in this folder."))
            return False
        return True

    def accept(self) -> None:
        assert self.vault is not None and self.parent_key is not None
        self.completed.emit(WizardResult(
            vault=self.vault, parent=self.parent_key, teen_name=self.teen.form.name.text().strip(),
            pin=self.teen.form.pin.text(), birth_month=self.teen.form.birth_month.value(),
            accounts=self.accounts.form.values(), exports=list(self.exports.paths),
            watched_folder=self.monitoring.watched, notifications=self.monitoring.notify.isChecked(),
            remember=self.passphrase.remember.is_checked(),
        ))
        super().accept()

    def reject(self) -> None:
        """Leaving before the end removes the half-made vault: the next start begins again."""
        if self.vault is not None:
            self.vault.close()
            for suffix in ("", "-wal", "-shm"):
                Vault.path(self.data_dir).with_name(Vault.path(self.data_dir).name + suffix).unlink(missing_ok=True)
            self.vault = None
        super().reject()
