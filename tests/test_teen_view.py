"""The teen's words (Qt-free): "What Guardian watches" in French and English, age-appropriate,
the notices both views show, and the transparency log filtered to one teen, never alert content."""

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from test_agreement import CANARY, START, TODAY, Family

from guardian import audit
from guardian.agreement import new_agreement, propose
from guardian.agreement_store import announce_milestones
from guardian.teen_view import notices, plain_text, status, transparency_log, watch_summary
from guardian.vault.store import AlertRow


def test_summary_in_french_speaks_to_the_teen() -> None:
    agreement = replace(new_agreement("t1", "2011-09"), trusted_contacts=("Marc", "Léa"), context_lines=0,
                        platforms=frozenset({"whatsapp", "tiktok", "imessage"}), categories={
                            "sextortion": "high", "self_harm": "normal", "image_request": "low"})
    sections = {s.title: s.lines for s in watch_summary(agreement, TODAY, "fr")}
    assert sections["Quelles applis"] == ("Guardian lit les exports de : iMessage, TikTok, WhatsApp.",)
    assert sections["Ce que Guardian recherche"] == (
        "Ton parent reçoit une alerte seulement quand une conversation montre un de ces signes :",
        "• Quelqu'un te demande des photos ou vidéos (regardé de moins près)",
        "• Quelqu'un menace de diffuser des images de toi (regardé de plus près)",
        "• Propos sur se faire du mal ou le suicide",
    )
    assert sections["Ce que ton parent voit"][0] == (
        "Seulement les messages qui ont déclenché l'alerte, rien avant ni après.")
    assert sections["Tes contacts de confiance"][0].startswith("Les messages de Marc et Léa ne déclenchent pas")
    assert sections["Quand tu grandis"] == (
        "À partir du 1er septembre 2026 (tu auras 15 ans), Guardian ne recherche plus que : quelqu'un te demande "
        "des photos ou vidéos, quelqu'un menace de diffuser des images de toi et propos sur se faire du mal ou le "
        "suicide. Ce que ton parent voit alors : seulement les messages qui ont déclenché l'alerte, rien avant ni "
        "après.",
        "Le 1er septembre 2029, à tes 18 ans, Guardian s'arrête tout seul et vous prévient tous les deux.",
    )


def test_younger_teens_get_simpler_words() -> None:
    twelve, fourteen = new_agreement("t1", "2013-06"), new_agreement("t1", "2011-06")
    assert watch_summary(twelve, TODAY, "en")[0].lines == (
        "Guardian is on. It reads your chats that you and your parent save together. "
        "Everything stays on this computer.",)
    assert watch_summary(fourteen, TODAY, "en")[0].lines[0].startswith("Guardian is on. It reads the chat exports")
    assert "Your parent is told only if someone" in plain_text(twelve, TODAY, "en")
    assert "up to 2 messages before and after each" in plain_text(fourteen, TODAY, "en")


def test_notices_tell_both_the_same_facts() -> None:
    ended = new_agreement("t1", "2008-03")  # 18 on 1 March 2026
    day = date(2026, 3, 1)
    assert status(ended, day, "en", "teen") == (
        "Monitoring ended on 1 March 2026, when you turned 18. Guardian reads nothing any more. "
        "You and your parent were both told.")
    assert status(ended, day, "fr", "parent") == (
        "La surveillance s'est arrêtée le 1er mars 2026, aux 18 ans de votre ado. Guardian ne lit plus rien. "
        "Votre ado a été prévenu aussi.")
    assert [(s.title, s.lines) for s in watch_summary(ended, day, "en")] == [
        ("Right now", (status(ended, day, "en", "teen"),))]
    current = replace(new_agreement("t1", "2012-01"), version=3, paused=True)
    assert status(current, TODAY, "en", "teen") == (
        "Guardian is paused by your parent: it reads nothing until it is turned back on. "
        "You will see it here when that happens.")
    assert status(current, TODAY, "fr", "parent") == "La surveillance est en pause. Votre ado le voit aussi."
    assert notices(current, "en", "teen", tampered=(2, 4), waiting=True) == [
        "Version 4 of the agreement was changed outside Guardian. Guardian ignores it and uses version 3, "
        "the last one signed in the app.",
        "Version 2 of the agreement was changed outside Guardian and is ignored.",
        "Your proposal is waiting for your parent.",
    ]
    assert notices(current, "fr", "parent", waiting=True) == [
        "Votre ado propose un changement. Lisez-le, puis acceptez ou refusez-le."]


def test_the_log_shows_this_teens_entries_in_words_and_never_alert_content(tmp_path: Path) -> None:
    fam = Family(tmp_path)
    first = fam.sign_first("t1")
    fam.sign_first("t2", "2010-02")
    fam.vault.begin_source("a" * 64, None, {"path": "export.zip"})
    for alert_id, teen in (("a1", "t1"), ("a2", "t2")):
        fam.vault.store_alert(AlertRow(alert_id, "a" * 64, teen, START, "high", ("image_request",), {"t": CANARY}))
    fam.clock.advance(hours=1)
    for alert_id in ("a1", "a2"):
        fam.vault.open_alert(fam.parent, alert_id)
        fam.vault.set_status(alert_id, "reviewed")
    fam.clock.advance(hours=1)
    paused = fam.store.commit(propose(first, {"paused": True}, "parent", TODAY), fam.parent_of())
    fam.store.submit(propose(paused, {"context_lines": 0}, "teen", TODAY), fam.teen())
    log = transparency_log(fam.vault.db, "t1", "en")
    assert [(line.who, line.what) for line in log] == [
        ("You", "changed the agreement (version 3): messages shown around an alert"),
        ("Your parent", "paused monitoring (version 2)"),
        ("Your parent", "marked an alert as reviewed"),
        ("Your parent", "opened an alert about your chats"),
        ("Your parent", "signed the agreement with you (version 1)"),
        ("Your parent", "created your profile"),
        ("Your parent", "set up Guardian"),
    ]
    assert log[0].at == START.replace(hour=14) and log[-1].at == START
    words = " ".join(line.what for line in log)
    assert CANARY not in words and "a1" not in words
    french = transparency_log(fam.vault.db, "t2", "fr")
    assert [(line.who, line.what) for line in french][:3] == [
        ("Ton parent", "a classé une alerte : vue"),
        ("Ton parent", "a ouvert une alerte sur tes discussions"),
        ("Ton parent", "a signé l'accord avec toi (version 1)"),
    ]


def test_on_the_18th_birthday_both_logs_say_monitoring_ended(tmp_path: Path) -> None:
    fam = Family(tmp_path)
    fam.sign_first("t1", "2008-02")  # 18 on 1 February 2026
    fam.clock._now = datetime(2026, 2, 1, 0, 0, 1, tzinfo=UTC)
    assert announce_milestones(fam.vault, "t1") == ("monitoring_narrowed", "monitoring_ended")
    [newest, *_rest] = transparency_log(fam.vault.db, "t1", "fr")
    assert (newest.who, newest.what) == ("Guardian", "s'est arrêté tout seul : la surveillance est finie")
    parent_side = [e.event for e in audit.entries(fam.vault.db) if e.teen_id == "t1"]
    assert parent_side[-1] == "monitoring_ended"
