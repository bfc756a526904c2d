"""Detection throughput: normalise + match + score, RE2 Set versus the stdlib fallback.

    python -m bench.detect_speed [--messages N] [--repeat N] [--rules-dir DIR]

Messages are generated (seeded) in chunks, every one new, and only feeding them is timed:
French/English chat words, slang, emoji, numbers, 0.5 % of messages carrying an obfuscated
risky phrase, and a long tail of words never seen before (names, typos, handles: RARE of the
words), since the normaliser remembers the words it has met and real chat is not a closed
vocabulary. RE2 builds its DFA lazily as it meets new text: fresh messages keep that honest.
Each RE2 run starts cold (new detector, empty word cache); on a shared machine CPU time
still varies by ±10 % from run to run, so RE2 runs --repeat times and the best and median
are printed (the stdlib engine, 8x slower, runs once). Then, for RE2, where the time goes
(per message, on one chunk met before). Prints figures; asserts nothing."""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from guardian.detect.detector import BATCH, Detector
from guardian.detect.matcher import ENGINES
from guardian.detect.normalize import forget_words, normalize
from guardian.detect.rules import load_rules
from guardian.ingest.model import Message
from guardian.paths import resources_dir

VOCABULARY = (
    "je tu il on nous vous ils le la les un une des de du et ou mais donc car pas plus trop bien mal oui non "
    "salut coucou mdr ptdr jsp tkt wsh frr grave ouf chelou demain ce soir cours prof exo devoir maths "
    "collège lycée récré cantine bus match foot basket série film jeu fortnite minecraft roblox maman papa "
    "frère sœur copine pote anniv samedi dimanche vacances trop cool stylé relou fatigué à où ça été déjà "
    "the a an and or but so not very really lol omg idk tbh ngl bro dude school homework teacher game "
    "tonight tomorrow weekend mom dad sister brother friend party movie song play win lose see you soon "
    "what why how when where who is are was were have has do does can will would should could"
)
WORDS = VOCABULARY.split()
EMOJI = ["😂", "🤣", "❤️", "😭", "🔥", "👍", "🙏", "😅", "👻", "📸", "🥺", "💀"]
RISKY = [
    "envoie moi une photo de toi", "t'as quel âge", "dis rien à tes parents", "on se voit samedi ?",
    "send me a pic", "don't tell your parents", "how old are you", "ajoute moi sur snap",
    "je vais tout envoyer à tes abonnés", "tu paies ou je publie", "t'es seule chez toi ?",
]
LEET = str.maketrans({"e": "3", "o": "0", "a": "4", "i": "1"})
RARE = 0.05  # of the words: one never met before
SYLLABLES = ["ka", "lo", "mi", "zu", "ré", "ti", "ny", "bo", "ch", "an",
             "ou", "ez", "ax", "qu", "il", "ya", "ge", "th", "wi", "nd"]
CHUNK = 100_000


def _obfuscate(phrase: str, rng: random.Random) -> str:
    choice = rng.randrange(4)
    if choice == 0:
        return phrase.translate(LEET)
    if choice == 1:
        return "".join(c * rng.choice((1, 1, 3)) for c in phrase)
    if choice == 2:
        return phrase.upper()
    return phrase


def _word(rng: random.Random) -> str:
    if rng.random() >= RARE:
        return rng.choice(WORDS)
    rare = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
    return rare + str(rng.randrange(100)) if rng.random() < 0.2 else rare


def _text(rng: random.Random) -> str:
    words = [_word(rng) for _ in range(max(1, int(rng.lognormvariate(1.7, 0.6))))]
    if rng.random() < 0.03:
        words.append(rng.choice(EMOJI))
    if rng.random() < 0.05:
        words.insert(rng.randrange(len(words)), str(rng.randrange(1, 60)))
    if rng.random() < 0.005:
        words.insert(rng.randrange(len(words) + 1), _obfuscate(rng.choice(RISKY), rng))
    text = " ".join(words)
    return text.capitalize() if rng.random() < 0.3 else text


def messages(start: int, size: int, rng: random.Random) -> list[Message]:
    """Messages number `start` to `start + size`: conversations of 200, every text drawn anew."""
    epoch = datetime(2026, 1, 1, tzinfo=UTC)
    out = []
    for i in range(start, start + size):
        conversation = f"c{i // 200}"
        owner = rng.random() < 0.5
        out.append(Message(
            platform="bench", conversation_id=conversation, conversation_title=conversation,
            sender="teen" if owner else f"contact{i // 200}", from_owner=owner,
            sent_at=epoch + timedelta(minutes=7 * i), text=_text(rng), position=i,
        ))
    return out


def measure(detector: Detector, count: int, seed: int = 42) -> tuple[float, int, list[float]]:
    """CPU seconds spent in the detector (this process only: the machine may be shared), the
    number of alerts, and messages/s per chunk (RE2 and the word cache warm up over the first
    ones). Generating the next chunk is not timed."""
    rng = random.Random(seed)
    seconds = 0.0
    rates = []
    for start in range(0, count, CHUNK):
        chunk = messages(start, min(CHUNK, count - start), rng)
        started = time.process_time()
        detector.feed_all(chunk)
        spent = time.process_time() - started
        rates.append(len(chunk) / spent)
        seconds += spent
    started = time.process_time()
    alerts = detector.alerts()
    return seconds + time.process_time() - started, len(alerts), rates


def stage_costs(detector: Detector, chunk: list[Message]) -> dict[str, float]:
    """Microseconds per message for each stage of `Detector.feed`, on texts it has seen."""
    texts = [message.text for message in chunk]
    started = time.process_time()
    norms = [normalize(text) for text in texts]
    normalised = time.process_time()
    for start in range(0, len(norms), BATCH):
        detector.matcher.matches_many(norms[start : start + BATCH])
    matched = time.process_time()
    return {"normalise": (normalised - started) / len(texts) * 1e6, "match": (matched - normalised) / len(texts) * 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="RE2 runs (best and median printed)")
    parser.add_argument("--rules-dir", type=Path, default=resources_dir() / "rules")
    args = parser.parse_args()
    pack = load_rules(args.rules_dir)
    print(f"{args.messages:,} messages, {len(pack.rules)} rules, {len(pack.problems)} rule problems,"
          f" {RARE:.0%} of words new")
    rates: dict[str, float] = {}
    for engine in ENGINES:
        runs = []
        for _ in range(args.repeat if engine == "re2" else 1):
            forget_words()
            detector = Detector(pack, engine=engine)
            seconds, alerts, chunks = measure(detector, args.messages)
            runs.append(args.messages / seconds)
            print(f"{engine:>4}: {seconds:8.2f} CPU s  {runs[-1]:>10,.0f} msg/s  {alerts} alerts"
                  f"  (first {CHUNK:,}: {chunks[0]:,.0f} msg/s, last: {chunks[-1]:,.0f} msg/s)")
        rates[engine] = statistics.median(runs)
        if len(runs) > 1:
            print(f"      best {max(runs):,.0f} msg/s, median {rates[engine]:,.0f} msg/s")
        if engine == "re2":
            stages = stage_costs(detector, messages(0, CHUNK, random.Random(42)))
            print("      " + ", ".join(f"{stage} {us:.2f} µs/msg" for stage, us in stages.items()))
    if len(rates) == 2:
        print(f"re2 (median) / re: {rates['re2'] / rates['re']:.1f}x")


if __name__ == "__main__":
    main()
