"""Detection quality on the synthetic corpus (tests/corpus/<fr|en>/<category>/{risky,benign}_<n>.jsonl).

    python -m bench.eval [--corpus DIR] [--rules-dir DIR] [--verbose]

Each file is one conversation, scanned on its own. A risky conversation must raise a
medium or high alert; a benign twin must not. Prints per-category recall, false alarms
per 100 benign conversations, and the median number of messages between the first risky
message (the line marked "risky": true) and the alert's trigger. Asserts nothing."""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from guardian.detect.detector import Detector
from guardian.detect.model import Alert, Severity
from guardian.detect.rules import RulePack, load_rules
from guardian.ingest import ImportRun
from guardian.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent
ALERTING = (Severity.MEDIUM, Severity.HIGH)


@dataclass
class Tally:
    risky: int = 0
    detected: int = 0
    benign: int = 0
    false_alarms: int = 0
    latencies: list[int] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.risky += other.risky
        self.detected += other.detected
        self.benign += other.benign
        self.false_alarms += other.false_alarms
        self.latencies += other.latencies
        self.misses += other.misses


def corpus_files(corpus: Path) -> Iterator[tuple[str, Path]]:
    """(language/category, file) for every conversation of the corpus."""
    for path in sorted(corpus.glob("*/*/*.jsonl")):
        yield f"{path.parent.parent.name}/{path.parent.name}", path


def first_risky_row(path: Path) -> int | None:
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return next((i for i, line in enumerate(rows) if json.loads(line).get("risky") is True), None)


def scan_file(pack: RulePack, path: Path) -> list[Alert]:
    detector = Detector(pack)
    run = ImportRun([path])
    detector.feed_all(message for _source, message in run.messages())
    return [alert for alert in detector.alerts() if alert.severity in ALERTING]


def evaluate(pack: RulePack, path: Path) -> Tally:
    tally = Tally()
    alerts = scan_file(pack, path)
    if path.name.startswith("risky_"):
        tally.risky = 1
        if alerts:
            tally.detected = 1
            start = first_risky_row(path)
            if start is not None:
                tally.latencies.append(min(a.triggered_position for a in alerts) - start)
        else:
            tally.misses.append(str(path.relative_to(path.parents[2])))
    else:
        tally.benign = 1
        if alerts:
            tally.false_alarms = 1
            tally.misses.append(f"{path.relative_to(path.parents[2])} (false alarm: {alerts[0].severity.value})")
    return tally


def report(tallies: dict[str, Tally], verbose: bool) -> None:
    total = Tally()
    print(f"{'category':<28} {'recall':>12} {'false alarms':>14}")
    for name, tally in sorted(tallies.items()):
        total.add(tally)
        recall = f"{tally.detected}/{tally.risky}" if tally.risky else "-"
        print(f"{name:<28} {recall:>12} {tally.false_alarms:>9}/{tally.benign:<4}")
        if verbose:
            for miss in tally.misses:
                print(f"    missed: {miss}")
    if not total.risky and not total.benign:
        print("no conversations found")
        return
    recall = total.detected / total.risky if total.risky else 0.0
    per_100 = 100 * total.false_alarms / total.benign if total.benign else 0.0
    print(f"\nrecall at medium+: {total.detected}/{total.risky} = {recall:.0%}")
    print(f"false alarms per 100 benign conversations: {per_100:.1f} ({total.false_alarms}/{total.benign})")
    if total.latencies:
        print(f"median messages from first risky message to trigger: {statistics.median(total.latencies):g}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--rules-dir", type=Path, default=resources_dir() / "rules")
    parser.add_argument("--verbose", action="store_true", help="list missed and falsely alarmed conversations")
    args = parser.parse_args()
    pack = load_rules(args.rules_dir)
    print(f"{len(pack.rules)} rules, {len(pack.problems)} rule problems; corpus {args.corpus}")
    tallies: dict[str, Tally] = {}
    for name, path in corpus_files(args.corpus):
        tallies.setdefault(name, Tally()).add(evaluate(pack, path))
    report(tallies, args.verbose)


if __name__ == "__main__":
    main()
