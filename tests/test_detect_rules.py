"""The strict loader: every problem with file:line, all at once; `guardian rules check`."""

from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from guardian.cli import main
from guardian.detect.rules import load_rules

GOOD_RULE = """
[[rule]]
id = "fr.secrecy.{name}"
version = 1
direction = "contact"
weight = 3.0
title = {{ fr = "Secret", en = "Secret" }}
explanation = {{ fr = "Demande le secret.", en = "Asks for secrecy." }}
phrases = ["{phrase}"]
examples = ["{example}"]
counterexamples = ["rien a voir"]
"""


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def header(category: str = "secrecy", language: str = "fr") -> str:
    return f'category = "{category}"\nlanguage = "{language}"\n'


def problems(root: Path) -> list[str]:
    return [str(p) for p in load_rules(root).problems]


def test_fixture_pack_loads_clean() -> None:
    pack = load_rules(FIXTURES / "rules")
    assert pack.ok, pack.problems
    assert pack.files == 11
    assert len(pack.rules) == 14
    assert {r.category for r in pack.rules} >= {"image_request", "secrecy", "sextortion", "self_harm"}


def test_a_good_rule_loads(tmp_path: Path) -> None:
    write(tmp_path, "fr/secrecy.toml", header() + GOOD_RULE.format(name="a", phrase="c'est notre secret",
                                                                      example="C’EST NOTRE SECRET"))
    pack = load_rules(tmp_path)
    assert pack.ok
    (rule,) = pack.rules
    assert (rule.id, rule.line, rule.weight, rule.direction) == ("fr.secrecy.a", 4, 3.0, "contact")
    assert rule.title.en == "Secret"


def test_each_problem_is_reported_with_its_rule_line(tmp_path: Path) -> None:
    first = GOOD_RULE.format(name="a", phrase="notre secret", example="notre secret")
    broken = """
[[rule]]
id = "fr.secrecy.b"
version = 0
direction = "them"
weight = 12
title = { fr = "x" }
explanation = { fr = "x", en = "y" }
patterns = ["(unclosed", "dis .* rien"]
examples = []
counterexamples = ["rien"]
colour = "red"
"""
    mismatch = GOOD_RULE.format(name="c", phrase="supprime la conv", example="efface tout")
    path = write(tmp_path, "fr/secrecy.toml", header() + first + broken + mismatch)
    assert problems(tmp_path) == [
        f"{path}:15: rule fr.secrecy.b: unknown key 'colour'",
        f"{path}:15: rule fr.secrecy.b: needs at least one example",
        f"{path}:15: rule fr.secrecy.b: version must be a whole number from 1",
        f"{path}:15: rule fr.secrecy.b: direction must be one of contact, teen, any",
        f"{path}:15: rule fr.secrecy.b: weight must be a number from 0.5 to 10",
        f'{path}:15: rule fr.secrecy.b: title must be {{ fr = "...", en = "..." }}',
        f"{path}:15: rule fr.secrecy.b: pattern '(unclosed': not a valid re2 regex",
        f"{path}:15: rule fr.secrecy.b: pattern 'dis .* rien': unbounded gap (.* or .+): use .{{0,30}}",
        f"{path}:27: rule fr.secrecy.c: example does not match: 'efface tout' (normalised: 'eface tout')",
    ]
    assert [r.id for r in load_rules(tmp_path).rules] == ["fr.secrecy.a"]  # the broken ones are not used


def test_counterexample_that_matches_is_a_problem(tmp_path: Path) -> None:
    rule = GOOD_RULE.format(name="a", phrase="secret", example="secret").replace("rien a voir", "le secret de Noël")
    path = write(tmp_path, "fr/secrecy.toml", header() + rule)
    assert problems(tmp_path) == [
        f"{path}:4: rule fr.secrecy.a: counterexample matches: 'le secret de Noël' (normalised: 'le secret de noel')"
    ]


def test_file_level_problems(tmp_path: Path) -> None:
    rule = GOOD_RULE.format(name="a", phrase="secret", example="secret")
    wrong = write(tmp_path, "fr/secrecy.toml", 'category = "meeting"\nlanguage = "en"\nextra = 1\n' + rule)
    unknown = write(tmp_path, "en/gossip.toml", header("gossip", "en"))
    assert problems(tmp_path) == [
        f"{unknown}:1: unknown category file name 'gossip' (see docs/rules-format.md)",
        f"{unknown}:1: no [[rule]] tables",
        f"{wrong}:3: unknown key 'extra'",
        f"{wrong}:1: category must be 'secrecy', as the file name says",
        f"{wrong}:2: language must be 'fr', as the folder name says",
    ]


def test_toml_syntax_error_has_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "fr/secrecy.toml", header() + "\n[[rule]]\nid = \n")
    (problem,) = problems(tmp_path)
    assert problem.startswith(f"{path}:5: invalid TOML: ")


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    rule = GOOD_RULE.format(name="same", phrase="secret", example="secret")
    first = write(tmp_path, "fr/secrecy.toml", header() + rule + rule)
    assert problems(tmp_path) == [
        f"{first}:15: duplicate rule id fr.secrecy.same (first defined at {first}:4)",
    ]
    assert len(load_rules(tmp_path).rules) == 1


def test_missing_folder(tmp_path: Path) -> None:
    assert problems(tmp_path / "nope") == [f"{tmp_path / 'nope'}:0: rules folder not found"]


def test_rules_check_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "check", "--rules-dir", str(FIXTURES / "rules")]) == 0
    assert capsys.readouterr().out == "14 rules in 11 files: ok\n"
    path = write(tmp_path, "fr/secrecy.toml", header() + GOOD_RULE.format(name="a", phrase="x", example="y"))
    assert main(["rules", "check", "--rules-dir", str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:4: rule fr.secrecy.a: example does not match: 'y' (normalised: 'y')",
        "0 rules in 1 files: 1 problem(s)",
    ]


def test_bundled_rule_packs_pass_the_check(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["rules", "check", "--rules-dir", str(ROOT / "resources" / "rules")])
    assert code == 0, capsys.readouterr().out
