"""Detection throughput: normalise + match + score, RE2 Set versus the stdlib fallback.

    python -m bench.detect_speed [--messages N] [--rules-dir DIR]

Messages are generated (seeded): French/English chat words, slang, emoji, numbers, and
0.5 % of messages carrying an obfuscated risky phrase. A pool of distinct messages is
cycled so memory stays small. The detector caches no message, but RE2 builds its DFA
lazily as it meets new text, so a pool smaller than --messages flatters RE2 (~15 %):
`--pool 1000000` gives the figure for an export of a million distinct messages. Then,
for RE2, where the time goes (per message, on the pool, once the DFA is warm). Prints
figures; asserts nothing."""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from guardian.detect.detector import Detector
from guardian.detect.matcher import ENGINES
from guardian.detect.normalize import normalize
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


def _obfuscate(phrase: str, rng: random.Random) -> str:
    choice = rng.randrange(4)
    if choice == 0:
        return phrase.translate(LEET)
    if choice == 1:
        return "".join(c * rng.choice((1, 1, 3)) for c in phrase)
    if choice == 2:
        return phrase.upper()
    return phrase


def _text(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(max(1, int(rng.lognormvariate(1.7, 0.6))))]
    if rng.random() < 0.03:
        words.append(rng.choice(EMOJI))
    if rng.random() < 0.05:
        words.insert(rng.randrange(len(words)), str(rng.randrange(1, 60)))
    if rng.random() < 0.005:
        words.insert(rng.randrange(len(words) + 1), _obfuscate(rng.choice(RISKY), rng))
    text = " ".join(words)
    return text.capitalize() if rng.random() < 0.3 else text


def message_pool(size: int, seed: int = 42) -> list[Message]:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    pool = []
    for i in range(size):
        conversation = f"c{i // 200}"
        owner = rng.random() < 0.5
        pool.append(Message(
            platform="bench", conversation_id=conversation, conversation_title=conversation,
            sender="teen" if owner else f"contact{i // 200}", from_owner=owner,
            sent_at=start + timedelta(minutes=7 * i), text=_text(rng), position=i,
        ))
    return pool


def stream(pool: list[Message], count: int) -> Iterator[Message]:
    for i in range(count):
        yield pool[i % len(pool)]


def measure(detector: Detector, pool: list[Message], count: int) -> tuple[float, int]:
    """CPU seconds (this process only: the machine may be shared) and the number of alerts."""
    started = time.process_time()
    detector.feed_all(stream(pool, count))
    alerts = detector.alerts()
    return time.process_time() - started, len(alerts)


def stage_costs(detector: Detector, pool: list[Message]) -> dict[str, float]:
    """Microseconds per message for each stage of `Detector.feed`, on texts it has seen."""
    texts = [message.text for message in pool]
    started = time.process_time()
    norms = [normalize(text) for text in texts]
    normalised = time.process_time()
    for norm in norms:
        detector.matcher.matches(norm)
    matched = time.process_time()
    return {"normalise": (normalised - started) / len(texts) * 1e6, "match": (matched - normalised) / len(texts) * 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--pool", type=int, default=100_000, help="distinct generated messages, cycled")
    parser.add_argument("--rules-dir", type=Path, default=resources_dir() / "rules")
    args = parser.parse_args()
    pack = load_rules(args.rules_dir)
    pool = message_pool(min(args.pool, args.messages))
    print(f"{args.messages:,} messages ({len(pool):,} distinct), {len(pack.rules)} rules,"
          f" {len(pack.problems)} rule problems")
    rates: dict[str, float] = {}
    for engine in ENGINES:
        detector = Detector(pack, engine=engine)
        seconds, alerts = measure(detector, pool, args.messages)
        rates[engine] = args.messages / seconds
        print(f"{engine:>4}: {seconds:8.2f} CPU s  {rates[engine]:>10,.0f} msg/s  {alerts} alerts")
        if engine == "re2":
            stages = stage_costs(detector, pool)
            print("      " + ", ".join(f"{stage} {us:.2f} µs/msg" for stage, us in stages.items()))
    if len(rates) == 2:
        print(f"re2 / re: {rates['re2'] / rates['re']:.1f}x")


if __name__ == "__main__":
    main()
