"""WhatsApp "Export chat" .txt / .zip: every shared sample exactly, our own French / iOS / 12 h
chats, every header shape of whatstk's catalogue, date-order inference, zips, damage."""

from __future__ import annotations

import io
import json
import mimetypes
import random
import re
import shutil
import zipfile
import zlib
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES
from guardian.ingest import Attachment, ImportRun, IngestError, Kind, Message
from guardian.ingest.base import ReadContext
from guardian.ingest.inputs import Entry, Tree, open_path
from guardian.ingest.model import stable_id
from guardian.ingest.whatsapp import IMPORTERS, WhatsAppImporter

WA = FIXTURES / "whatsapp"
OURS = WA / "guardian"
IOS_FOLDER = OURS / "WhatsApp Chat - Weekend crew"
PHOTO = "00000012-PHOTO-2024-03-02-18-04-30.jpg"
E2E_EN = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
    "can read or listen to them."
)
LOREM_TWO_LINES = "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero."

Row = tuple[datetime | None, str, Kind, str]


def _read(path: Path, owners: tuple[str, ...] = ()) -> tuple[list[Message], ImportRun]:
    run = ImportRun([path], owners=owners)
    messages = [message for _, message in run.messages()]
    return messages, run


def _rows(messages: list[Message]) -> list[Row]:
    return [(m.sent_at, m.sender, m.kind, m.text) for m in messages]


def _warnings(run: ImportRun) -> list[str]:
    return [warning for source in run.sources for warning in source.warnings]


def _write(path: Path, lines: list[str], newline: str = "\n") -> Path:
    path.write_bytes((newline.join(lines) + newline).encode("utf-8"))
    return path


def test_importer_is_registered_with_gaps_and_no_owner_mark() -> None:
    (importer,) = IMPORTERS
    assert isinstance(importer, WhatsAppImporter)
    assert importer.format_id == "whatsapp-txt" and importer.platform == "whatsapp"
    assert importer.marks_owner is False
    assert len(importer.gaps) == 4 and all(gap.en and gap.fr for gap in importer.gaps)


# --- chat-miner: one chat written in five header styles -------------------------------------------

CHAT_MINER_TIMES = [
    datetime(2019, 1, 1, 11, 25), datetime(2019, 1, 20, 11, 23), datetime(2019, 1, 30, 20, 49),
    datetime(2020, 6, 10, 15, 55), datetime(2020, 6, 20, 0, 8), datetime(2020, 6, 30, 9, 10),
    datetime(2021, 12, 10, 10, 10), datetime(2021, 12, 20, 12, 10), datetime(2021, 12, 30, 22, 1),
]
CHAT_MINER_CONTENT = [
    ("John Doe", Kind.TEXT, "Lorem ipsum dolor sit amet."),
    ("John Doe", Kind.TEXT, "."),
    ("Jahn Doe", Kind.TEXT, LOREM_TWO_LINES),
    ("John-John Doe", Kind.TEXT, "Lorem ipsum : dolor sit amet."),
    ("", Kind.SYSTEM, '+12 345 578 created group "Groupname"'),
    ("", Kind.SYSTEM, "You were added"),
    ("John Doe 🤓", Kind.TEXT, "Lorem ipsum 🤓"),
    ("🤓", Kind.TEXT, "Lorem ipsum 🤓"),
    ("John Doe", Kind.TEXT, LOREM_TWO_LINES),
]


@pytest.mark.parametrize(
    ("name", "variant", "first_raw", "last_raw"),
    [
        ("test_[mmddyy]_24hrs.txt", "ios", "01/01/19 11:25", "12/30/21 22:01"),
        ("test_ddmmyy_24hrs.txt", "android", "01/01/19, 11:25", "30/12/21, 22:01"),
        ("test_mmddyy_24hrs.txt", "android", "01/01/19, 11:25", "12/30/21, 22:01"),
        ("test_mmddyyyy_12hrs.txt", "android", "01/01/2019, 11:25 a. m.", "12/30/2021, 10:01 p. m."),
        ("test_yyyymmdd_24hrs.txt", "android", "2019/01/01, 11:25", "2021/12/30, 22:01"),
    ],
)
def test_chat_miner_samples(name: str, variant: str, first_raw: str, last_raw: str) -> None:
    messages, run = _read(WA / "joweich__chat-miner" / name)
    assert run.errors == [] and [s.variant for s in run.sources] == [variant]
    expected = [(at, *content) for at, content in zip(CHAT_MINER_TIMES, CHAT_MINER_CONTENT, strict=True)]
    assert _rows(messages) == expected
    assert (messages[0].raw_time, messages[-1].raw_time) == (first_raw, last_raw)
    assert {m.conversation_title for m in messages} == {"Groupname"}
    assert {m.conversation_id for m in messages} == {stable_id("whatsapp", "Groupname")}
    assert all(m.is_wall_clock and m.platform == "whatsapp" for m in messages)
    assert [m.position for m in messages] == list(range(9))
    assert _warnings(run) == ["could not tell which messages are the teen's: add the teen's names with --owner"]


def test_pustur_short_chat_keeps_blank_line_inside_message() -> None:
    messages, run = _read(WA / "Pustur__whatsapp-chat-parser" / "short-chat.txt")
    # 06/03, 08/05, 09/04: read day-first the chat would go back in time, so it is month-first.
    assert _rows(messages) == [
        (datetime(2017, 6, 3, 0, 45), "", Kind.SYSTEM,
         "Messages to this group are now secured with end-to-end encryption. Tap for more info."),
        (datetime(2017, 6, 3, 0, 45), "", Kind.SYSTEM, 'You created group "ShortChat"'),
        (datetime(2017, 6, 3, 0, 45), "Sample User", Kind.TEXT, "This is a test message"),
        (datetime(2017, 8, 5, 1, 48), "TestBot", Kind.TEXT, "Hey I'm a test too!"),
        (datetime(2017, 9, 4, 1, 50), "+410123456789", Kind.TEXT, "How are you?\n\nIs everything alright?"),
    ]
    assert {m.conversation_title for m in messages} == {"ShortChat"}
    assert not any("order" in w for w in _warnings(run))


def test_whatstk_pokemon_german_dots_and_attributed_notice() -> None:
    messages, run = _read(WA / "lucasrodes__whatstk" / "pokemon.txt")
    assert run.errors == [] and len(messages) == 20
    first, second, third = messages[:3]
    # The notice "sent" by the chat's name is the export naming the chat, not a participant.
    assert (first.sender, first.kind, first.sent_at) == ("Pokemon Chat", Kind.SYSTEM, datetime(2016, 4, 15, 15, 4))
    assert first.text == E2E_EN
    assert (second.sender, second.kind) == ("", Kind.SYSTEM)
    assert (third.sent_at, third.sender, third.text) == (datetime(2016, 8, 6, 13, 23), "Ash Ketchum", "Hey guys!")
    assert {m.conversation_title for m in messages} == {"Pokemon Chat"}
    assert Counter(m.sender for m in messages if m.kind is Kind.TEXT) == {
        "Ash Ketchum": 4, "Misty": 4, "Brock": 3, "Prof. Oak": 2, "Raichu": 2,
        "Jessie & James": 1, "Meowth": 1, "Wobbuffet": 1,
    }
    assert _rows(messages[-2:]) == [
        (datetime(2016, 10, 31, 11, 45), "Prof. Oak", Kind.TEXT, "Smart-pokeball is created."),
        (datetime(2016, 10, 31, 12, 23), "Wobbuffet", Kind.TEXT, "Wo-bbu-ffet"),
    ]
    assert messages[-1].raw_time == "31.10.2016, 12:23"


def test_whatstk_lorem_ios_without_comma_dashes_and_seconds() -> None:
    messages, run = _read(WA / "lucasrodes__whatstk" / "lorem.txt")
    assert run.errors == [] and run.sources[0].variant == "ios"
    assert len(messages) == 500 and {m.kind for m in messages} == {Kind.TEXT}
    assert Counter(m.sender for m in messages) == {"+1 123 456 789": 145, "John": 124, "Giuseppe": 118, "Mary": 113}
    assert _rows(messages[:2]) == [
        (datetime(2020, 1, 15, 2, 22, 56), "Mary", Kind.TEXT, "Nostrud exercitation magna id. "),
        (datetime(2020, 1, 15, 3, 33, 1), "Mary", Kind.TEXT, "Non elit irure irure pariatur exercitation. 🇩🇰"),
    ]
    assert messages[12].text == "Voluptate deserunt excepteur consectetur nostrud veniam. 👨🏾‍⚖️"
    assert _rows(messages[-1:]) == [
        (datetime(2020, 5, 11, 22, 32, 48), "Mary", Kind.TEXT, "Ea esse officia nisi tempor mollit non. ")
    ]
    assert messages[0].raw_time == "15-01-20 02:22:56"
    assert messages[0].conversation_title == "+1 123 456 789, Giuseppe, John, Mary"
    assert [m.position for m in messages] == list(range(500))


def test_chat_analytics_out_of_order_line_is_sorted_stably() -> None:
    messages, run = _read(WA / "mlomb__chat-analytics" / "2A_5M.txt")
    at = datetime(2021, 1, 1, 12, 0)
    assert _rows(messages) == [
        (at, "A", Kind.TEXT, "Hi"),
        (at.replace(minute=1), "B", Kind.TEXT, "Whats up?"),
        (at.replace(minute=2), "A", Kind.TEXT, "All good"),
        (at.replace(minute=2), "A", Kind.TEXT, "This message should be reordered"),
        (at.replace(minute=3), "B", Kind.MEDIA, "<media omitted>"),
    ]
    assert [m.position for m in messages] == [0, 1, 2, 4, 3]
    assert messages[-1].attachments == (Attachment(""),)
    assert messages[0].conversation_title == "A, B"
    # 1/1/21 reads the same either way: nothing to warn about.
    assert not any("order" in w for w in _warnings(run))


GROUP_4A = [
    ("", Kind.SYSTEM, 'Alice created group "Some cool group chat"'),
    ("", Kind.SYSTEM, E2E_EN + " Tap to learn more."),
    ("", Kind.SYSTEM, "Alice added you"),
    ("Bob", Kind.TEXT, "hello"), ("Eve", Kind.TEXT, "hi"), ("Eve", Kind.TEXT, "whats up"),
    ("Alice", Kind.TEXT, "boiii"), ("Alice", Kind.TEXT, "shooting stars"), ("Bob", Kind.TEXT, "im bob"),
    ("Alice", Kind.TEXT, "lets goo"), ("Mallory", Kind.TEXT, "im mallory"), ("Trent", Kind.TEXT, "👩🏻‍⚖️"),
    ("Mallory", Kind.TEXT, "im still mallory"), ("Trent", Kind.TEXT, "heh"),
]


@pytest.mark.parametrize("name", ["4A_11M.txt", "4A_11M.zip"])
def test_chat_analytics_group_plain_and_zipped(name: str) -> None:
    messages, run = _read(WA / "mlomb__chat-analytics" / name)
    assert run.errors == []
    assert [(m.sender, m.kind, m.text) for m in messages] == GROUP_4A
    assert messages[0].sent_at == datetime(2020, 12, 9, 23, 16)  # its line comes second in the file
    assert {m.sent_at for m in messages[1:12]} == {datetime(2020, 12, 9, 23, 55)}
    assert messages[-1].sent_at == datetime(2020, 12, 9, 23, 56)
    assert {m.conversation_title for m in messages} == {"Some cool group chat"}
    # 12/9/20 could be either; unpadded M/d/yy is the en-US habit, and the parent is told.
    assert any("assumed month/day/year" in w for w in _warnings(run))


def test_owner_messages_follow_the_names_given() -> None:
    messages, _ = _read(WA / "mlomb__chat-analytics" / "4A_11M.txt", owners=("alice",))
    assert {m.sender for m in messages if m.from_owner} == {"Alice"}
    assert not any(m.from_owner for m in messages if m.kind is Kind.SYSTEM)


def test_header_catalogue_is_not_a_chat() -> None:
    path = WA / "lucasrodes__whatstk" / "header_format_support.json"
    with open_path(path) as tree:
        assert WhatsAppImporter().detect(tree) is None
    run = ImportRun([path])
    assert list(run.messages()) == []
    assert [source.platform for source in run.sources] == []


# --- every header shape whatstk knows ----------------------------------------------------------

def _catalogue() -> list[str]:
    entries = json.loads((WA / "lucasrodes__whatstk" / "header_format_support.json").read_text())
    return [entry["format"] for entry in entries]


CATALOGUE_TIMES = [datetime(2023, 11, 25, 9, 5, 7), datetime(2023, 11, 26, 21, 40, 0), datetime(2023, 12, 1, 0, 30, 59)]


@pytest.mark.parametrize("header", _catalogue())
def test_every_whatstk_header_format(header: str, tmp_path: Path) -> None:
    strftime = header.replace("%name", "{name}")
    senders = ["Alice", "Bob", "Alice"]
    lines = [f"{at.strftime(strftime).format(name=who)} message {i}" for i, (at, who) in
             enumerate(zip(CATALOGUE_TIMES, senders, strict=True))]
    messages, run = _read(_write(tmp_path / "chat.txt", lines))
    with_seconds = "%S" in header
    expected = [at if with_seconds else at.replace(second=0) for at in CATALOGUE_TIMES]
    assert [(m.sent_at, m.sender, m.text) for m in messages] == [
        (at, who, f"message {i}") for i, (at, who) in enumerate(zip(expected, senders, strict=True))
    ]
    assert run.sources[0].variant == ("ios" if header.startswith("[") else "android")
    assert messages[0].raw_time == CATALOGUE_TIMES[0].strftime(re.sub(r"^\[|\]? (?:- )?%name:$", "", header))


@pytest.mark.parametrize(
    ("first", "second", "at"),
    [
        ("25/12/2023 à 14:30 - ", "25/12/2023 à 14:31 - ", datetime(2023, 12, 25, 14, 30)),  # French Android
        ("30/08/25 18.00 - ", "30/08/25 18.01 - ", datetime(2025, 8, 30, 18, 0)),  # Indonesian: dot in time
        ("25/12/2023, 8:30\u00a0p.\u00a0m. - ", "25/12/2023, 8:31\u00a0p.\u00a0m. - ", datetime(2023, 12, 25, 20, 30)),
        ("[25/12/2023, 8:30:00\u202fPM] ", "[25/12/2023, 8:31:00\u202fPM] ", datetime(2023, 12, 25, 20, 30)),
        ("\u200e[2023-12-25, 12:05:00 am] ", "[2023-12-25, 12:06:00 am] ", datetime(2023, 12, 25, 0, 5)),
        ("25.12.23, 14:30 – ", "25.12.23, 14:31 – ", datetime(2023, 12, 25, 14, 30)),  # en dash
        ("12/25/23 2:30 pm - ", "12/25/23 2:31 pm - ", datetime(2023, 12, 25, 14, 30)),
    ],
)
def test_locale_header_shapes(first: str, second: str, at: datetime, tmp_path: Path) -> None:
    messages, _ = _read(_write(tmp_path / "chat.txt", [first + "Zoé: salut", second + "Hugo: coucou"]))
    assert [(m.sent_at, m.sender, m.text) for m in messages] == [
        (at, "Zoé", "salut"), (at.replace(minute=at.minute + 1), "Hugo", "coucou")
    ]
    assert messages[0].raw_time == first.lstrip("\u200e[").rstrip(" -–]")


# --- date order, when no component is above 12 ----------------------------------------------------

def test_day_is_the_component_that_changes_most(tmp_path: Path) -> None:
    days = _write(tmp_path / "days.txt", [f"0{d}/03/2024, 10:00 - Zoé: jour {d}" for d in range(1, 5)])
    months = _write(tmp_path / "months.txt", [f"03/0{m}/2024, 10:00 - Zoé: mois {m}" for m in range(1, 5)])
    assert [m.sent_at for m in _read(days)[0]] == [datetime(2024, 3, d, 10) for d in range(1, 5)]
    assert [m.sent_at for m in _read(months)[0]] == [datetime(2024, 3, d, 10) for d in range(1, 5)]


def test_fully_ambiguous_padded_file_is_read_day_first_with_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path / "chat.txt", ["05/03/2024, 10:00 - Zoé: a", "05/03/2024, 10:01 - Hugo: b"])
    messages, run = _read(path)
    assert [m.sent_at for m in messages] == [datetime(2024, 3, 5, 10, 0), datetime(2024, 3, 5, 10, 1)]
    assert any("assumed day/month/year" in w for w in _warnings(run))


def test_going_back_in_time_rules_an_order_out(tmp_path: Path) -> None:
    # Read day-first this would be 10 Jan, 11 Jan, 9 Feb... then back to 12 Jan.
    lines = ["01/10/2024, 10:00 - Zoé: a", "01/11/2024, 10:00 - Zoé: b", "02/09/2024, 10:00 - Zoé: c",
             "02/10/2024, 10:00 - Zoé: d", "01/12/2024, 10:00 - Zoé: e"]
    messages, _ = _read(_write(tmp_path / "chat.txt", lines))
    assert messages[-1].sent_at == datetime(2024, 2, 10, 10)
    assert messages[0].sent_at == datetime(2024, 1, 10, 10)


# --- our own chats ---------------------------------------------------------------------------------

def test_french_android_chat() -> None:
    path = OURS / "Discussion WhatsApp avec Camille.txt"
    assert b"\r\n" in path.read_bytes()
    messages, run = _read(path, owners=("Léa",))
    assert run.errors == []
    day = datetime(2024, 3, 14)
    assert _rows(messages) == [
        (day.replace(hour=18, minute=2), "", Kind.SYSTEM,
         "Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, "
         "ne peut les lire ou les écouter. Appuyez pour en savoir plus."),
        (day.replace(hour=18, minute=3), "Camille", Kind.TEXT, "Salut Léa ! Tu viens à la fête samedi ? 🎉"),
        (day.replace(hour=18, minute=5), "Léa", Kind.TEXT, "Ouiii j'ai demandé à ma mère, c'est bon 😊"),
        (day.replace(hour=18, minute=5), "Léa", Kind.MEDIA, "<Médias omis>"),
        (day.replace(hour=18, minute=7), "Camille", Kind.TEXT, "Trop bien ! On sera toute la famille 👩‍👩‍👧"),
        (day.replace(hour=18, minute=9), "Camille", Kind.TEXT,
         "Liste des courses :\n- chips\n- jus d'orange\n\n- gâteau au chocolat (c'est Céline qui le fait)"),
        (datetime(2024, 3, 15, 7, 58), "Léa", Kind.MEDIA, "IMG-20240315-WA0002.jpg (fichier joint)"),
        (datetime(2024, 3, 15, 7, 59), "Léa", Kind.TEXT, "Bonne journée, ça va être long 🥱"),
    ]
    assert "\u200d👩\u200d👧" in messages[4].text  # the ZWJ family stays one sequence
    assert "Céline" in messages[5].text and "e\u0301" not in messages[5].text  # NFC
    assert messages[3].attachments == (Attachment(""),)
    assert messages[6].attachments == (Attachment("IMG-20240315-WA0002.jpg", mime="image/jpeg"),)
    assert [m.from_owner for m in messages] == [False, False, True, True, False, False, True, True]
    assert {m.conversation_title for m in messages} == {"Camille"}
    assert messages[1].raw_time == "14/03/2024 18:03"
    assert run.sources[0].owner_names == ("Léa",)


def test_ios_group_folder_with_marks_and_media() -> None:
    messages, run = _read(IOS_FOLDER, owners=("léa",))
    assert run.errors == [] and run.sources[0].variant == "ios"
    at = datetime(2024, 3, 2, 18, 0)
    assert _rows(messages) == [
        (at, "Weekend crew", Kind.SYSTEM, E2E_EN),
        (at, "Weekend crew", Kind.SYSTEM, "Jordan created this group"),
        (at.replace(second=5), "Weekend crew", Kind.SYSTEM, "Jordan added you"),
        (at.replace(minute=1, second=12), "Jordan", Kind.TEXT, "Who's coming to the skatepark tomorrow?"),
        (at.replace(minute=2, second=40), "Sam", Kind.MEDIA, "image omitted"),
        (at.replace(minute=3, second=2), "Léa", Kind.TEXT, "Me! 🛹"),
        (at.replace(minute=4, second=30), "Jordan", Kind.MEDIA, f"<attached: {PHOTO}>"),
        (at.replace(minute=5), "+44 7700 900123", Kind.TEXT, "Can I join? I'm new in town"),
        (at.replace(minute=6, second=10), "Jordan", Kind.SYSTEM, "Missed voice call"),
        (at.replace(minute=7, second=45), "Jordan", Kind.TEXT, "Location: https://maps.google.com/?q=51.5007,-0.1246"),
        (datetime(2024, 3, 13, 7, 45), "Sam", Kind.TEXT, "See you at 4"),
    ]
    assert messages[4].attachments == (Attachment("", mime="image/*"),)
    assert messages[6].attachments == (Attachment(PHOTO, size=1024, mime="image/jpeg"),)
    assert [m.sender for m in messages if m.from_owner] == ["Léa"]
    assert {m.conversation_title for m in messages} == {"Weekend crew"}
    assert messages[3].raw_time == "02/03/2024, 18:01:12"


def test_english_12h_android_chat() -> None:
    messages, run = _read(OURS / "WhatsApp Chat with Sam.txt")
    assert run.errors == [] and not any("order" in w for w in _warnings(run))
    pm = datetime(2024, 3, 14, 21, 0)
    assert _rows(messages) == [
        (pm, "", Kind.SYSTEM, E2E_EN + " Tap to learn more."),
        (pm.replace(minute=5), "Sam", Kind.TEXT, "hey, are you still up?"),
        (pm.replace(minute=6), "Léa", Kind.TEXT, "yeah why"),
        (pm.replace(minute=7), "Sam", Kind.TEXT, "IMG-20240314-WA0003.jpg (file attached)\nlook at this"),
        (pm.replace(minute=8), "Sam", Kind.MEDIA, "VID-20240314-WA0004.mp4 (file attached)"),
        (pm.replace(minute=9), "Léa", Kind.TEXT, "This message was deleted"),
        (datetime(2024, 3, 15, 0, 30), "Sam", Kind.TEXT, "good night 🌙"),
        (datetime(2024, 3, 15, 12, 15), "Léa", Kind.MEDIA, "<Media omitted>"),
    ]
    assert messages[3].attachments == (Attachment("IMG-20240314-WA0003.jpg", mime="image/jpeg"),)
    assert messages[4].attachments == (Attachment("VID-20240314-WA0004.mp4", mime="video/mp4"),)
    assert messages[1].raw_time == "3/14/24, 9:05\u202fPM"
    assert {m.conversation_title for m in messages} == {"Sam"}


@pytest.mark.parametrize(
    ("text", "kind", "attachment"),
    [
        ("<Medien ausgeschlossen>", Kind.MEDIA, Attachment("")),
        ("<Multimedia omitido>", Kind.MEDIA, Attachment("")),
        ("\u200evideo omitted", Kind.MEDIA, Attachment("", mime="video/*")),
        ("\u200esticker omitted", Kind.MEDIA, Attachment("")),
        ("\u200e<Anhang: 00000003-AUDIO-2024-03-14-10-00-00.opus>", Kind.MEDIA,
         Attachment("00000003-AUDIO-2024-03-14-10-00-00.opus", mime=mimetypes.guess_type("x.opus")[0])),
        ("Rapport final.pdf (Datei angehängt)", Kind.MEDIA, Attachment("Rapport final.pdf", mime="application/pdf")),
        ("PTT-20240314-WA0001.opus (fichier joint)\nécoute ça", Kind.TEXT,
         Attachment("PTT-20240314-WA0001.opus", mime=mimetypes.guess_type("x.opus")[0])),
        ("j'ai omis <Media omitted> exprès", Kind.TEXT, None),
    ],
)
def test_media_placeholders(text: str, kind: Kind, attachment: Attachment | None, tmp_path: Path) -> None:
    lines = ["14/03/2024, 10:00 - Zoé: salut", f"14/03/2024, 10:01 - Hugo: {text}"]
    message = _read(_write(tmp_path / "chat.txt", lines))[0][1]
    assert (message.kind, message.attachments) == (kind, (attachment,) if attachment else ())
    assert message.text == text.lstrip("\u200e")


# --- zips, folders, titles -------------------------------------------------------------------------

def test_ios_zip_with_prefix_folder_takes_title_and_sizes_from_the_archive(tmp_path: Path) -> None:
    archive = tmp_path / "WhatsApp Chat - Weekend crew.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for member in ("_chat.txt", PHOTO):
            zf.write(IOS_FOLDER / member, f"Export/{member}")
    messages, run = _read(archive)
    folder_messages, _ = _read(IOS_FOLDER)
    assert run.errors == []
    assert _rows(messages) == _rows(folder_messages)
    assert messages[6].attachments[0].size == 1024
    assert {m.conversation_id for m in messages} == {stable_id("whatsapp", "Weekend crew")}


def test_folder_with_two_chats_reads_both(tmp_path: Path) -> None:
    for name in ("Discussion WhatsApp avec Camille.txt", "WhatsApp Chat with Sam.txt"):
        shutil.copy(OURS / name, tmp_path / name)
    shutil.copy(OURS / "Discussion WhatsApp avec Camille.txt", tmp_path / "WhatsApp Chat with Sam (1).txt")
    messages, run = _read(tmp_path)
    assert run.errors == [] and run.sources[0].conversations == 2
    assert Counter(m.conversation_title for m in messages) == {"Camille": 8, "Sam": 16}


def test_group_name_from_a_subject_change_with_a_colon(tmp_path: Path) -> None:
    lines = ['14/03/2024, 10:00 - Zoé changed the subject from "Old" to "Plans: samedi"',
             "14/03/2024, 10:01 - Zoé: on se voit où ?"]
    messages, _ = _read(_write(tmp_path / "chat.txt", lines))
    assert [(m.sender, m.kind) for m in messages] == [("", Kind.SYSTEM), ("Zoé", Kind.TEXT)]
    assert messages[0].conversation_title == "Plans: samedi"


def test_marks_are_stripped_from_headers_only(tmp_path: Path) -> None:
    lines = ["\ufeff\u200e[14/03/2024, 10:00:00] \u202aZoé\u202c: \u200eje vais te k\u200eill",
             "[14/03/2024, 10:00:01] Hugo: \u00a0ok\u00a0!"]
    messages, _ = _read(_write(tmp_path / "chat.txt", lines))
    assert [(m.sender, m.text) for m in messages] == [("Zoé", "je vais te k\u200eill"), ("Hugo", "\u00a0ok\u00a0!")]


def test_time_that_is_not_a_time_keeps_its_place(tmp_path: Path) -> None:
    lines = ["14/03/2024, 10:00 - Zoé: a", "14/03/2024, 25:99 - Zoé: b", "14/03/2024, 09:00 - Zoé: c"]
    messages, _ = _read(_write(tmp_path / "chat.txt", lines))
    assert [(m.text, m.sent_at) for m in messages] == [
        ("c", datetime(2024, 3, 14, 9)), ("a", datetime(2024, 3, 14, 10)), ("b", None)
    ]
    assert messages[2].raw_time == "14/03/2024, 25:99"


# --- damage ---------------------------------------------------------------------------------------

def test_truncated_inside_a_header_gives_a_clean_partial_result(tmp_path: Path) -> None:
    data = (OURS / "Discussion WhatsApp avec Camille.txt").read_bytes()
    cut = data.rindex(b"15/03/2024 07:59") + len(b"15/03/2024 07:")
    messages, run = _read(_cut(tmp_path, data, cut))
    assert len(messages) == 7 and run.errors == []
    assert messages[-1].text == "IMG-20240315-WA0002.jpg (fichier joint)"
    assert any("ends in the middle of a line" in w for w in _warnings(run))


def test_truncated_inside_a_text_keeps_what_was_written(tmp_path: Path) -> None:
    data = (OURS / "Discussion WhatsApp avec Camille.txt").read_bytes()
    cut = data.index(b"- jus d'orange") + len(b"- jus d")
    messages, run = _read(_cut(tmp_path, data, cut))
    assert run.errors == [] and len(messages) == 6
    assert messages[-1].text == "Liste des courses :\n- chips\n- jus d"


def _cut(tmp_path: Path, data: bytes, cut: int) -> Path:
    path = tmp_path / "Discussion WhatsApp avec Camille.txt"
    path.write_bytes(data[:cut])
    return path


class _FailingStream(io.BytesIO):
    """A zip member whose compressed data breaks after `limit` bytes, as a damaged download does."""

    def __init__(self, data: bytes, limit: int) -> None:
        super().__init__(data)
        self.limit = limit

    def read(self, size: int | None = -1) -> bytes:
        if self.tell() >= self.limit:
            raise zlib.error("invalid stored block lengths")
        return super().read(min(size if size is not None and size >= 0 else self.limit, self.limit - self.tell()))

    read1 = read  # TextIOWrapper reads through read1

    def readinto(self, buffer: Any) -> int:
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_unreadable_stream_keeps_the_messages_read_before() -> None:
    lines = [f"14/03/2024, 10:{i % 60:02d} - Zoé: message {i}" for i in range(3000)]
    data = "\n".join(lines).encode()
    entry = Entry("WhatsApp Chat with Zoé.txt", len(data), "export.zip!chat", lambda: _FailingStream(data, 40_000))
    tree = Tree("export.zip", [entry], lambda: "0" * 64)
    importer = WhatsAppImporter()
    variant = importer.detect(tree)
    assert variant == "android"
    messages: list[Message] = []
    with pytest.raises(IngestError) as caught:
        messages.extend(importer.read(tree, variant, ReadContext()))
    assert "could not be read to the end" in caught.value.reason and "line" in (caught.value.where or "")
    assert "message" not in str(caught.value)  # never quotes the chat
    assert 1000 < len(messages) < 3000
    assert sorted(m.position for m in messages) == list(range(len(messages)))  # a prefix of the file
    assert {m.text for m in messages} == {f"message {i}" for i in range(len(messages))}


@pytest.mark.parametrize("seed", range(3))
def test_binary_garbage_txt_is_not_detected(seed: int, tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with X.txt"
    path.write_bytes(random.Random(seed).randbytes(4096))
    with open_path(path) as tree:
        assert WhatsAppImporter().detect(tree) is None


def test_one_date_line_is_not_enough_to_claim_a_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "notes.txt", ["14/03/2024, 10:00 - réunion: parents", "apporter les dossiers"])
    with open_path(path) as tree:
        assert WhatsAppImporter().detect(tree) is None
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes(b"\xef\xbb\xbf\r\n" + (OURS / "WhatsApp Chat with Sam.txt").read_bytes())
    with open_path(with_bom) as tree:
        assert WhatsAppImporter().detect(tree) == "android"
