"""Plain-language explanations of an alert, in French and English, for a parent."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from ..ingest.model import LocalText
from .model import Link
from .scoring import Facts, Hit

# What a contact did, per category, as a verb phrase that follows "This contact" / "Ce contact".
ACTIONS: dict[str, LocalText] = {
    "age_probing": LocalText(en="asked your teen's age", fr="a demandé l'âge de votre ado"),
    "personal_info": LocalText(en="asked where your teen lives or goes to school",
                               fr="a demandé où votre ado habite ou va en cours"),
    "flattery": LocalText(en="flattered your teen", fr="a couvert votre ado de compliments"),
    "supervision_check": LocalText(en="checked whether adults were around", fr="a vérifié si des adultes étaient là"),
    "secrecy": LocalText(en="asked to keep the chat secret", fr="a demandé de garder la conversation secrète"),
    "isolation": LocalText(en="tried to turn your teen against family or friends",
                           fr="a tenté d'éloigner votre ado de sa famille ou de ses amis"),
    "platform_move": LocalText(en="asked to continue on another app", fr="a proposé de continuer sur une autre appli"),
    "sexualisation": LocalText(en="talked about sex", fr="a tenu des propos sexuels"),
    "image_request": LocalText(en="asked for a photo", fr="a demandé une photo"),
    "gifts_money": LocalText(en="offered gifts or money", fr="a proposé des cadeaux ou de l'argent"),
    "meeting": LocalText(en="asked to meet", fr="a proposé de se voir"),
    "sextortion": LocalText(en="threatened to share images or demanded money",
                            fr="a menacé de diffuser des images ou exigé de l'argent"),
    "emotional_coercion": LocalText(en="put pressure on your teen", fr="a fait pression sur votre ado"),
    "cop_check": LocalText(en="checked your teen was not being watched",
                           fr="a vérifié que votre ado n'était pas surveillé"),
    "creator_power": LocalText(en="used their fame or followers as leverage",
                               fr="a utilisé sa notoriété comme moyen de pression"),
    "hate_harassment": LocalText(en="sent hateful or threatening messages",
                                 fr="a envoyé des messages haineux ou menaçants"),
    "self_harm": LocalText(en="wrote about self-harm or suicide", fr="a écrit au sujet d'automutilation ou de suicide"),
}

_REASONS: dict[str, LocalText] = {
    "sextortion": LocalText(en="This is the pattern of sextortion: act now, do not pay, keep the messages.",
                            fr="C'est le schéma de la sextorsion : agissez vite, ne payez pas, gardez les messages."),
    "cover_story": LocalText(en="A meeting kept secret from you is a strong warning sign.",
                             fr="Un rendez-vous caché aux parents est un signal fort."),
    "concealment": LocalText(en="Hiding a contact from parents and erasing the messages is a strong warning sign.",
                             fr="Cacher un contact aux parents et effacer les messages est un signal fort."),
    "creator_image": LocalText(en="Someone using their audience to get photos is a known abuse pattern.",
                               fr="Utiliser sa notoriété pour obtenir des photos est un schéma d'abus connu."),
    "night": LocalText(en="Most of these messages were sent at night.",
                       fr="La plupart de ces messages ont été envoyés la nuit."),
    "fast": LocalText(en="It escalated quickly after the first contact.",
                      fr="Cela s'est accéléré peu après le premier contact."),
}


def _join(parts: Sequence[str], then: str, sep: str) -> str:
    if len(parts) == 1:
        return parts[0]
    return sep.join(parts[:-1]) + f"{sep}{then} " + parts[-1]


def _duration(span: timedelta) -> LocalText | None:
    hours = span.total_seconds() / 3600
    if hours < 1:
        return None
    if hours < 36:
        n = max(1, round(hours))
        return LocalText(en=f"within {n} hour{'s' if n > 1 else ''}", fr=f"en {n} heure{'s' if n > 1 else ''}")
    days = round(hours / 24)
    return LocalText(en=f"within {days} days", fr=f"en {days} jours")


def explain(
    hits: Sequence[Hit], facts: Facts, reasons: Sequence[str], is_teen: bool, links: Sequence[Link]
) -> LocalText:
    """"This contact asked your teen's age, asked to keep the chat secret, then asked for a photo, within 2 days." """
    categories = list(dict.fromkeys(h.category for h in hits))
    en = _join([ACTIONS[c].en for c in categories], "then", ", ")
    fr = _join([ACTIONS[c].fr for c in categories], "puis", ", ")
    times = [h.when for h in hits if h.when is not None]
    within = _duration(max(times) - min(times)) if times else None
    if within is not None:
        en, fr = f"{en}, {within.en}", f"{fr}, {within.fr}"
    subject = LocalText(en="Your teen", fr="Votre ado") if is_teen else LocalText(en="This contact", fr="Ce contact")
    sentences_en, sentences_fr = [f"{subject.en} {en}."], [f"{subject.fr} {fr}."]
    if "age_gap" in reasons or "adult" in reasons:
        sentences_en.append(f"They said they were {facts.contact_age}.")
        sentences_fr.append(f"Il ou elle a dit avoir {facts.contact_age} ans.")
    if "teen_minor" in reasons or "owner_adult" in reasons:
        sentences_en.append(f"Your teen had said they were {facts.teen_age}.")
        sentences_fr.append(f"Votre ado avait dit avoir {facts.teen_age} ans.")
    if "peers" in reasons:
        sentences_en.append(f"This contact said they were {facts.contact_age}, about your teen's age.")
        sentences_fr.append(f"Ce contact a dit avoir {facts.contact_age} ans, à peu près l'âge de votre ado.")
    for link in links:
        sentences_en.append(f"The same person also wrote to your teen on {link.platform} as {link.contact}"
                            f" (linked by the handle {link.handle}).")
        sentences_fr.append(f"La même personne a aussi écrit à votre ado sur {link.platform} sous le nom {link.contact}"
                            f" (reliés par le pseudo {link.handle}).")
    for reason in reasons:
        if reason in _REASONS:
            sentences_en.append(_REASONS[reason].en)
            sentences_fr.append(_REASONS[reason].fr)
    return LocalText(en=" ".join(sentences_en), fr=" ".join(sentences_fr))
