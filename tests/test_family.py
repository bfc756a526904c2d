"""Several teens: an export is recognised as one teen's from the accounts registered for each."""

from conftest import ROOT
from guardian import family

DEMO = [ROOT / "resources" / "demo"]


def test_an_export_is_recognised_from_the_registered_accounts() -> None:
    accounts = {"t2": ("noe_b",), "t1": ("Léa", "LEA.DNC_")}  # names compare folded: case does not matter
    assert family.recognise_teen(DEMO, accounts) == "t1"


def test_an_export_naming_no_registered_account_belongs_to_nobody() -> None:
    assert family.recognise_teen(DEMO, {"t2": ("noe_b",)}) is None
