"""The offline help directory and guidance texts (schema: docs/help-directory.md).

Everything here is data read from `resources/help/`: one TOML file per country, `intl.toml` for
services that work from anywhere, and `guidance/<topic>.toml` for the step-by-step texts. The app
only shows the numbers and addresses; it never opens a connection to them.

Loading is strict: every problem in every file is collected and raised at once as
`HelpDataError`, each naming the file and the entry, so a broken resource never ships
half-read."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from .detect.categories import CATEGORIES
from .ingest.model import LocalText

INTERNATIONAL = "intl"
HELP_DIR = "help"  # under resources/
GUIDANCE_DIR = "guidance"  # under resources/help/
# The countries the bundled directory covers; `country_from_locale` picks among them.
BUNDLED_COUNTRIES = ("fr-FR", "en-GB", "en-US")

_E = TypeVar("_E", bound=StrEnum)

_ID = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")
_COUNTRY = re.compile(r"[a-z]{2}-[A-Z]{2}")
_PHONE = re.compile(r"\+?[0-9A-Z]+(?:[ -][0-9A-Z]+)*")
_WEB = re.compile(r"https://[^\s/]+\.[a-z]{2,}(?:/\S*)?")
_LOCALE = re.compile(r"^(?P<lang>[A-Za-z]{2,3})(?:[_-](?P<region>[A-Za-z]{2}))?(?:[.@].*)?$")


class Audience(StrEnum):
    CHILD = "child"
    PARENT = "parent"


class EntryKind(StrEnum):
    EMERGENCY = "emergency"  # immediate danger: police and emergency numbers
    HELPLINE = "helpline"  # someone to talk to
    REPORT = "report"  # police or a reporting hotline
    REMOVAL = "removal"  # getting an image taken down


class ContactKind(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    CHAT = "chat"
    WEB = "web"
    APP = "app"


class Anonymity(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"  # our sources do not say


class HelpDataError(ValueError):
    """The help resources are malformed; `problems` lists each one with its file and entry."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("invalid help resources:\n" + "\n".join(self.problems))


@dataclass(frozen=True, slots=True)
class Contact:
    kind: ContactKind
    value: str  # a number or an https address, shown as text, never opened by Guardian
    label: LocalText


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a fact comes from: kept in the data so every line can be checked again."""

    url: str
    says: str  # a summary or quote in the page's own language; for maintainers, not translated
    secondary: bool  # a review or news site rather than the service or a public body


@dataclass(frozen=True, slots=True)
class HelpEntry:
    id: str
    country: str
    kind: EntryKind
    name: LocalText
    purpose: LocalText
    who: LocalText
    audience: frozenset[Audience]
    contacts: tuple[Contact, ...]
    hours: LocalText
    anonymous: Anonymity
    privacy: LocalText | None
    note: LocalText | None
    categories: frozenset[str]
    # Relevant whatever the alert is about (emergency numbers, general child helplines).
    general: bool
    sources: tuple[Citation, ...]
    path: str

    @property
    def international(self) -> bool:
        return self.country == INTERNATIONAL

    def fits(self, categories: Iterable[str]) -> bool:
        return not self.categories.isdisjoint(categories)


@dataclass(frozen=True, slots=True)
class GuidanceVersion:
    title: LocalText
    summary: LocalText
    steps: tuple[LocalText, ...]  # in the order to follow them
    avoid: tuple[LocalText, ...]  # what not to do


@dataclass(frozen=True, slots=True)
class Guidance:
    topic: str
    priority: int  # lower comes first when several topics apply (self-harm is 1)
    categories: frozenset[str]
    parent: GuidanceVersion
    teen: GuidanceVersion | None  # addressed to the teen, for the teen's own view
    sources: tuple[Citation, ...]
    path: str

    def version(self, audience: Audience) -> GuidanceVersion | None:
        return self.parent if audience is Audience.PARENT else self.teen


@dataclass(frozen=True, slots=True)
class GuidanceText:
    """One guidance version in one language, ready to show."""

    topic: str
    title: str
    summary: str
    steps: tuple[str, ...]
    avoid: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HelpDirectory:
    country_names: Mapping[str, LocalText]  # every country file, in file-name order
    national: Mapping[str, tuple[HelpEntry, ...]]
    international: tuple[HelpEntry, ...]
    guidance: tuple[Guidance, ...]  # by priority

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(self.country_names)

    def for_country(self, code: str) -> tuple[HelpEntry, ...]:
        """The country's own services in file order, then the international ones.

        `intl` gives the international services alone (for a country we do not cover)."""
        if code == INTERNATIONAL:
            return self.international
        if code not in self.national:
            raise KeyError(f"no help directory for country {code!r}")
        return self.national[code] + self.international

    def entries_for(self, country: str, categories: Iterable[str],
                    audience: Audience | str) -> tuple[HelpEntry, ...]:
        """The country's services ranked for an alert's categories.

        National before international; within each, services that fit a category first, then
        general ones, then the rest, each group in file order. The teen (`child`) sees only
        services a young person can use themselves; the parent sees all of them, because the
        parent often has to point the teen to a service only the teen can use."""
        wanted = frozenset(categories)
        who = Audience(audience)
        pool = [e for e in self.for_country(country) if who is Audience.PARENT or who in e.audience]

        def rank(item: tuple[int, HelpEntry]) -> tuple[bool, int, int]:
            position, entry = item
            tier = 0 if entry.fits(wanted) else 1 if entry.general else 2
            return entry.international, tier, position

        return tuple(entry for _, entry in sorted(enumerate(pool), key=rank))

    def guidance_for(self, categories: Iterable[str], language: str,
                     audience: Audience | str = Audience.PARENT) -> tuple[GuidanceText, ...]:
        """The guidance that applies to these categories, most urgent first, in one language.

        For the teen, only topics that have a version addressed to the teen."""
        wanted = frozenset(categories)
        who = Audience(audience)
        texts = []
        for guide in self.guidance:
            version = guide.version(who)
            if version is not None and not guide.categories.isdisjoint(wanted):
                texts.append(GuidanceText(
                    topic=guide.topic,
                    title=version.title.get(language),
                    summary=version.summary.get(language),
                    steps=tuple(step.get(language) for step in version.steps),
                    avoid=tuple(item.get(language) for item in version.avoid),
                ))
        return tuple(texts)


def country_from_locale(name: str | None, available: Collection[str] = BUNDLED_COUNTRIES) -> str:
    """The directory country for a system locale such as `fr_FR.UTF-8`, `en-GB` or `fr`.

    The region decides (a Breton speaker in France gets France). A region we do not cover gives
    the international services only, never another country's police numbers. With no region, a
    language only one covered country speaks picks it (`fr` → France); an ambiguous one (`en`:
    UK or US), `C` or `POSIX` gives the international services."""
    match = _LOCALE.match(name.strip()) if name else None
    if match is None:
        return INTERNATIONAL
    countries = [code for code in available if _COUNTRY.fullmatch(code)]
    if match["region"] is None:
        speaking = [code for code in countries if code.startswith(match["lang"].lower() + "-")]
        return speaking[0] if len(speaking) == 1 else INTERNATIONAL
    region = match["region"].upper()
    return next((code for code in countries if code.endswith("-" + region)), INTERNATIONAL)


def load_directory(resources_dir: Path) -> HelpDirectory:
    """Read and check `resources_dir/help/` (see `guardian.paths.resources_dir`).

    Raises HelpDataError listing every problem found, each with its file and entry."""
    help_dir = resources_dir / HELP_DIR
    if not help_dir.is_dir():
        raise HelpDataError([f"{help_dir}: help folder not found"])
    problems: list[str] = []
    names: dict[str, LocalText] = {}
    national: dict[str, tuple[HelpEntry, ...]] = {}
    international: tuple[HelpEntry, ...] = ()
    paths = sorted(help_dir.glob("*.toml"))
    for path in paths:
        loaded = _load_country(path, problems)
        if loaded is None:
            continue
        code, name, entries = loaded
        if code == INTERNATIONAL:
            international = entries
        else:
            names[code], national[code] = name, entries
    if not any(path.stem != INTERNATIONAL for path in paths):
        problems.append(f"{help_dir}: no country files (<ll>-<CC>.toml)")
    if not (help_dir / f"{INTERNATIONAL}.toml").is_file():
        problems.append(f"{help_dir}: {INTERNATIONAL}.toml missing")
    _check_unique_ids([*international, *(e for entries in national.values() for e in entries)], problems)
    guidance = _load_guidance(help_dir / GUIDANCE_DIR, problems)
    if problems:
        raise HelpDataError(problems)
    return HelpDirectory(names, national, international, guidance)


# --- reading ---------------------------------------------------------------------------------


class _Table:
    """Typed reads from one TOML table; each problem is reported against `where`."""

    def __init__(self, table: Mapping[str, Any], where: str, problems: list[str],
                 required: Collection[str], optional: Collection[str] = ()) -> None:
        self.table = table
        self.where = where
        self.problems = problems
        self.failed = False
        for key in sorted(set(required) - set(table)):
            self.report(f"missing key {key!r}")
        for key in sorted(set(table) - set(required) - set(optional)):
            self.report(f"unknown key {key!r}")

    def report(self, message: str) -> None:
        self.failed = True
        self.problems.append(f"{self.where}: {message}")

    def text(self, key: str, pattern: re.Pattern[str] | None = None) -> str:
        if key not in self.table:  # already reported as missing
            return ""
        value = self.table[key]
        if not isinstance(value, str) or not value.strip():
            self.report(f"{key} must be a non-empty string")
            return ""
        if pattern is not None and not pattern.fullmatch(value):
            self.report(f"{key} {value!r} is not in the expected form")
        return value

    def flag(self, key: str) -> bool:
        value = self.table.get(key, False)
        if not isinstance(value, bool):
            self.report(f"{key} must be true or false")
            return False
        return value

    def number(self, key: str) -> int:
        value = self.table.get(key, 1)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.report(f"{key} must be a whole number from 1")
            return 1
        return value

    def local(self, key: str) -> LocalText:
        return self._local_value(key, self.table.get(key)) if key in self.table else LocalText(en="", fr="")

    def optional_local(self, key: str) -> LocalText | None:
        return self.local(key) if key in self.table else None

    def locals(self, key: str) -> tuple[LocalText, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list):
            self.report(f"{key} must be a list of {{ fr = \"...\", en = \"...\" }}")
            return ()
        return tuple(self._local_value(f"{key}[{i}]", item) for i, item in enumerate(value, 1))

    def _local_value(self, key: str, value: object) -> LocalText:
        if (not isinstance(value, dict) or set(value) != {"fr", "en"}
                or not all(isinstance(v, str) and v.strip() for v in value.values())):
            self.report(f"{key} must be {{ fr = \"...\", en = \"...\" }}, both non-empty")
            return LocalText(en="", fr="")
        return LocalText(en=value["en"], fr=value["fr"])

    def choice(self, key: str, enum: type[_E]) -> _E | None:
        return self._member(key, self.table[key], enum) if key in self.table else None

    def choices(self, key: str, enum: type[_E]) -> frozenset[_E]:
        members = (self._member(key, value, enum) for value in self.strings(key))
        return frozenset(m for m in members if m is not None)

    def _member(self, key: str, value: object, enum: type[_E]) -> _E | None:
        for member in enum:
            if member.value == value:
                return member
        self.report(f"{key}: {value!r} is not one of {', '.join(m.value for m in enum)}")
        return None

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.report(f"{key} must be a list of strings")
            return ()
        return tuple(value)

    def categories(self, key: str = "categories") -> frozenset[str]:
        codes = self.strings(key)
        for code in codes:
            if code not in CATEGORIES:
                self.report(f"unknown category {code!r} (see docs/rules-format.md)")
        return frozenset(codes)

    def tables(self, key: str) -> list[Mapping[str, Any]]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.report(f"{key} must be a list of [[{key}]] tables")
            return []
        return value

    def citations(self) -> tuple[Citation, ...]:
        found = []
        for i, table in enumerate(self.tables("source"), 1):
            read = _Table(table, f"{self.where}, source {i}", self.problems, {"url", "says"}, {"secondary"})
            citation = Citation(read.text("url", _WEB), read.text("says"), read.flag("secondary"))
            self.failed |= read.failed
            found.append(citation)
        if "source" in self.table and not found:
            self.report("needs at least one [[source]] with url and says")
        return tuple(found)


def _read_toml(path: Path, problems: list[str]) -> dict[str, Any] | None:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        problems.append(f"{path}: not UTF-8 text")
    except tomllib.TOMLDecodeError as exc:
        # tomllib describes TOML syntax and a position, never the file's text.
        problems.append(f"{path}: invalid TOML: {exc}")
    return None


ENTRY_KEYS = ("id", "kind", "name", "purpose", "who", "audience", "contact", "hours", "anonymous",
              "categories", "source")
ENTRY_OPTIONAL = ("privacy", "note", "general")


def _load_country(path: Path, problems: list[str]) -> tuple[str, LocalText, tuple[HelpEntry, ...]] | None:
    data = _read_toml(path, problems)
    if data is None:
        return None
    header = _Table(data, str(path), problems, {"country", "name", "entry"})
    code = header.text("country")
    if code and code != path.stem:
        header.report(f"country {code!r} must equal the file name {path.stem!r}")
    elif code and code != INTERNATIONAL and not _COUNTRY.fullmatch(code):
        header.report(f"country {code!r} must look like fr-FR, or be {INTERNATIONAL!r}")
    name = header.local("name")
    entries = [_build_entry(table, i, path, path.stem, problems) for i, table in enumerate(header.tables("entry"), 1)]
    if not entries and "entry" in data:
        header.report("no [[entry]] tables")
    if header.failed or any(e is None for e in entries):
        return None
    return code, name, tuple(e for e in entries if e is not None)


def _build_entry(table: Mapping[str, Any], index: int, path: Path, country: str,
                 problems: list[str]) -> HelpEntry | None:
    entry_id = table.get("id")
    label = f"entry {index} ({entry_id})" if isinstance(entry_id, str) else f"entry {index}"
    read = _Table(table, f"{path}: {label}", problems, ENTRY_KEYS, ENTRY_OPTIONAL)
    entry = HelpEntry(
        id=read.text("id", _ID),
        country=country,
        kind=read.choice("kind", EntryKind) or EntryKind.HELPLINE,
        name=read.local("name"),
        purpose=read.local("purpose"),
        who=read.local("who"),
        audience=read.choices("audience", Audience),
        contacts=_contacts(read),
        hours=read.local("hours"),
        anonymous=read.choice("anonymous", Anonymity) or Anonymity.UNKNOWN,
        privacy=read.optional_local("privacy"),
        note=read.optional_local("note"),
        categories=read.categories(),
        general=read.flag("general"),
        sources=read.citations(),
        path=str(path),
    )
    if table.get("audience") == []:
        read.report("audience must name at least one of child, parent")
    if "categories" in table and not entry.categories and not entry.general:
        read.report("needs categories, or general = true")
    return None if read.failed else entry


_CONTACT_SHAPES = {ContactKind.PHONE: _PHONE, ContactKind.SMS: _PHONE, ContactKind.CHAT: _WEB,
                   ContactKind.WEB: _WEB, ContactKind.APP: None}


def _contacts(entry: _Table) -> tuple[Contact, ...]:
    found = []
    for i, table in enumerate(entry.tables("contact"), 1):
        read = _Table(table, f"{entry.where}, contact {i}", entry.problems, {"kind", "value", "label"})
        kind = read.choice("kind", ContactKind)
        value = read.text("value", _CONTACT_SHAPES[kind] if kind else None)
        found.append(Contact(kind or ContactKind.WEB, value, read.local("label")))
        entry.failed |= read.failed
    if "contact" in entry.table and not found:
        entry.report("needs at least one [[entry.contact]]")
    return tuple(found)


def _check_unique_ids(entries: Iterable[HelpEntry], problems: list[str]) -> None:
    """Ids are unique across all files, so the UI and the dossier can refer to an entry by id."""
    first_seen: dict[str, HelpEntry] = {}
    for entry in entries:
        first = first_seen.setdefault(entry.id, entry)
        if first is not entry:
            problems.append(f"{entry.path}: entry ({entry.id}): duplicate id, first used in {first.path}")


GUIDANCE_KEYS = ("topic", "priority", "categories", "parent", "source")
VERSION_KEYS = ("title", "summary", "steps")


def _load_guidance(folder: Path, problems: list[str]) -> tuple[Guidance, ...]:
    paths = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    if not paths:
        problems.append(f"{folder}: no guidance files (<topic>.toml)")
    guides = [g for path in paths if (g := _build_guidance(path, problems)) is not None]
    return tuple(sorted(guides, key=lambda g: (g.priority, g.topic)))


def _build_guidance(path: Path, problems: list[str]) -> Guidance | None:
    data = _read_toml(path, problems)
    if data is None:
        return None
    read = _Table(data, f"{path}: guidance {path.stem}", problems, GUIDANCE_KEYS, {"teen"})
    topic = read.text("topic")
    if topic and topic != path.stem:
        read.report(f"topic {topic!r} must equal the file name {path.stem!r}")
    parent = _version(read, "parent")
    teen = _version(read, "teen") if "teen" in data else None
    guide = Guidance(topic, read.number("priority"), read.categories(), parent or _EMPTY_VERSION, teen,
                     read.citations(), str(path))
    if "categories" in data and not guide.categories:
        read.report("categories must not be empty")
    return None if read.failed else guide


_EMPTY_VERSION = GuidanceVersion(LocalText(en="", fr=""), LocalText(en="", fr=""), (), ())


def _version(guide: _Table, key: str) -> GuidanceVersion | None:
    table = guide.table.get(key)
    if not isinstance(table, dict):
        if key in guide.table:
            guide.report(f"[{key}] must be a table")
        return None
    read = _Table(table, f"{guide.where} [{key}]", guide.problems, VERSION_KEYS, {"avoid"})
    version = GuidanceVersion(read.local("title"), read.local("summary"), read.locals("steps"), read.locals("avoid"))
    if "steps" in table and not version.steps:
        read.report("steps must not be empty")
    guide.failed |= read.failed
    return version
