"""The one list of importers, in the order they are tried."""

from __future__ import annotations

from . import discord, generic, imessage, meta, signal, sms, snapchat, telegram, tiktok, whatsapp
from .base import Importer

# Specific formats first; the generic JSONL/CSV importer only when none of them claims a tree.
SPECIFIC: tuple[Importer, ...] = (
    *tiktok.IMPORTERS,
    *meta.IMPORTERS,
    *snapchat.IMPORTERS,
    *discord.IMPORTERS,
    *telegram.IMPORTERS,
    *sms.IMPORTERS,
    *imessage.IMPORTERS,
    *signal.IMPORTERS,  # before WhatsApp: a single file goes to the first format that claims it
    *whatsapp.IMPORTERS,
)
FALLBACK: tuple[Importer, ...] = generic.IMPORTERS
IMPORTERS: tuple[Importer, ...] = SPECIFIC + FALLBACK


def by_format_id(format_id: str) -> Importer:
    for importer in IMPORTERS:
        if importer.format_id == format_id:
            return importer
    raise KeyError(format_id)
