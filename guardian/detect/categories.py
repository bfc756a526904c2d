"""The 17 rule categories of docs/rules-format.md, with their stage and parent wording."""

from __future__ import annotations

from dataclasses import dataclass

from ..ingest.model import LocalText


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    stage: str
    label: LocalText


def _c(code: str, stage: str, en: str, fr: str) -> Category:
    return Category(code, stage, LocalText(en=en, fr=fr))


CATEGORIES: dict[str, Category] = {
    c.code: c
    for c in (
        _c("age_probing", "risk assessment", "Asks about age", "Pose des questions sur l'âge"),
        _c("personal_info", "risk assessment", "Asks where your teen lives or goes",
           "Demande où habite ou va votre ado"),
        _c("flattery", "friendship", 'Flattery and "special bond"', "Flatteries et « lien spécial »"),
        _c("supervision_check", "risk assessment", "Checks whether adults are around",
           "Vérifie si des adultes sont là"),
        _c("secrecy", "exclusivity", "Asks to keep it secret", "Demande le secret"),
        _c("isolation", "exclusivity", "Turns your teen against family or friends", "Isole des parents ou des amis"),
        _c("platform_move", "exclusivity", "Moves the chat elsewhere", "Déplace la conversation ailleurs"),
        _c("sexualisation", "sexual", "Sexual talk", "Propos sexuels"),
        _c("image_request", "sexual", "Asks for photos or video", "Demande des photos ou vidéos"),
        _c("gifts_money", "relationship", "Offers gifts or money", "Propose des cadeaux ou de l'argent"),
        _c("meeting", "meeting", "Wants to meet", "Veut se rencontrer"),
        _c("sextortion", "coercion", "Threatens to share images", "Menace de diffuser des images"),
        _c("emotional_coercion", "coercion", "Pressure and guilt", "Pression et culpabilisation"),
        _c("cop_check", "risk assessment", "Checks your teen is not being watched",
           "Vérifie que votre ado n'est pas surveillé"),
        _c("creator_power", "relationship", "Uses fame or followers as leverage",
           "Utilise sa notoriété comme moyen de pression"),
        _c("hate_harassment", "harassment", "Hate or harassment aimed at your teen",
           "Haine ou harcèlement visant votre ado"),
        _c("self_harm", "wellbeing", "Self-harm or suicidal talk", "Propos d'automutilation ou suicidaires"),
    )
}

LANGUAGES = ("fr", "en")
DIRECTIONS = ("contact", "teen", "any")
