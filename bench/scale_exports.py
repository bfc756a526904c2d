"""Generated exports of a given number of messages, in the shapes Guardian reads, for bench/scale.py.

Chats of `CHAT` messages between the teen (Léa) and one contact each, French and English chat
words with emoji, and 0.5 % of messages carrying a risky phrase, so detection does real work.
Each writer streams to disk: a 5M-message export is never held in memory. Seeded."""

from __future__ import annotations

import json
import random
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

CHAT = 2_000  # messages per conversation
TEEN = "Léa"
START = 1_767_225_600  # 2026-01-01, epoch seconds
FRENCH = "salut ça va mdr jsp tkt demain cours exo maths été très cœur déjà à où wsh grave ouf frère"
ENGLISH = "hey what's up lol idk tomorrow class homework game tonight bro school weekend party 😂 👍 👩‍👩‍👧 🎮 ❤️"
WORDS = f"{FRENCH} {ENGLISH}".split()
RISKY = (
    "envoie moi une photo de toi", "t'as quel âge", "dis rien à tes parents", "on se voit samedi ?",
    "send me a pic", "don't tell your parents", "ajoute moi sur snap", "tu paies ou je publie",
)


@dataclass(frozen=True)
class Line:
    chat: int
    index: int  # within the chat
    sender: str
    text: str
    epoch: int


def lines(count: int, seed: int = 42) -> Iterator[Line]:
    rng = random.Random(seed)
    for n in range(count):
        chat, index = divmod(n, CHAT)
        words = rng.choices(WORDS, k=rng.randint(2, 12))
        if rng.random() < 0.005:
            words.insert(rng.randrange(len(words) + 1), rng.choice(RISKY))
        sender = TEEN if index % 2 else f"contact{chat}"
        yield Line(chat, index, sender, " ".join(words), START + chat * 86_400 + index * 37)


def _chats(count: int) -> Iterator[list[Line]]:
    """The lines of one conversation at a time."""
    chat: list[Line] = []
    for line in lines(count):
        if chat and line.chat != chat[0].chat:
            yield chat
            chat = []
        chat.append(line)
    if chat:
        yield chat


def telegram(folder: Path, count: int) -> Path:
    """A Telegram Desktop whole-account result.json."""
    path = folder / "result.json"
    with path.open("w", encoding="utf-8") as out:
        out.write('{"personal_information": {"user_id": 1, "first_name": "Léa"}, "chats": {"list": [')
        for number, chat in enumerate(_chats(count)):
            header = {"name": f"contact{number}", "type": "personal_chat", "id": 100 + number}
            out.write(("," if number else "") + json.dumps(header)[:-1])
            out.write(', "messages": [')
            for line in chat:
                message = {
                    "id": line.index, "type": "message", "date": "2026-01-01T10:00:00",
                    "date_unixtime": str(line.epoch), "from": line.sender,
                    "from_id": "user1" if line.sender == TEEN else f"user{100 + line.chat}", "text": line.text,
                }
                out.write(("," if line.index else "") + json.dumps(message, ensure_ascii=False))
            out.write("]}")
        out.write("]}}")
    return path


def tiktok(folder: Path, count: int) -> Path:
    """A TikTok user_data_tiktok.json with only the profile and the direct messages."""
    path = folder / "user_data_tiktok.json"
    with path.open("w", encoding="utf-8") as out:
        out.write('{"Profile": {"Profile Info": {"ProfileMap": {"userName": "lea.dnc_"}}}, ')
        out.write('"Direct Message": {"Direct Messages": {"ChatHistory": {')
        for number, chat in enumerate(_chats(count)):
            out.write(("," if number else "") + json.dumps(f"Chat History with contact{number}:") + ": [")
            for line in chat:
                record = {
                    "Date": _wall_clock(line.epoch), "From": "lea.dnc_" if line.sender == TEEN else line.sender,
                    "Content": line.text,
                }
                out.write(("," if line.index else "") + json.dumps(record, ensure_ascii=False))
            out.write("]")
        out.write("}}}}")
    return path


def instagram(folder: Path, count: int) -> Path:
    """An Instagram "Download your information" zip: one thread folder per chat, newest first,
    text escaped the way Meta does (UTF-8 bytes written as \\u00XX)."""
    path = folder / "instagram-lea.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        profile = {"profile_user": [{"string_map_data": {"Username": {"value": "lea.martin_07"},
                                                         "Name": {"value": _meta(TEEN)}}}]}
        archive.writestr("personal_information/personal_information/personal_information.json", json.dumps(profile))
        for number, chat in enumerate(_chats(count)):
            thread = {
                "participants": [{"name": _meta(f"contact{number}")}, {"name": _meta(TEEN)}],
                "messages": [
                    {"sender_name": _meta(line.sender), "timestamp_ms": line.epoch * 1000, "content": _meta(line.text)}
                    for line in reversed(chat)
                ],
                "title": _meta(f"contact{number}"), "thread_path": f"inbox/contact{number}_{number}",
            }
            name = f"your_instagram_activity/messages/inbox/contact{number}_{number}/message_1.json"
            archive.writestr(name, json.dumps(thread))
    return path


def whatsapp(folder: Path, count: int) -> Path:
    """A folder of WhatsApp chat exports (Android, French date order), one .txt per chat."""
    root = folder / "whatsapp"
    root.mkdir()
    for number, chat in enumerate(_chats(count)):
        with (root / f"Discussion WhatsApp avec contact{number}.txt").open("w", encoding="utf-8") as out:
            for line in chat:
                out.write(f"{_whatsapp_time(line.epoch)} - {line.sender}: {line.text}\n")
    return root


def _meta(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def _wall_clock(epoch: int) -> str:
    return _utc(epoch).strftime("%Y-%m-%d %H:%M:%S")


def _whatsapp_time(epoch: int) -> str:
    return _utc(epoch).strftime("%d/%m/%Y %H:%M")


def _utc(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


FORMATS: dict[str, Callable[[Path, int], Path]] = {
    "telegram": telegram, "tiktok": tiktok, "instagram": instagram, "whatsapp": whatsapp,
}
