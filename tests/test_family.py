"""Several teens: an export is recognised as one teen's from the accounts registered for each."""

from conftest import ROOT
from guardian import family

DEMO = [ROOT / "resources" / "demo"]


def test_an_export_is_recognised_from_the_registered_accounts() -> None:
    accounts = {"t2": ("noe_b",), "t1": ("Léa", "LEA.DNC_")}  # names compare folded: case does not matter
    assert family.recognise_teen(DEMO, accounts) == "t1"


def test_an_export_naming_no_registered_account_belongs_to_nobody() -> None:
    assert family.recognise_teen(DEMO, {"t2": ("noe_b",)}) is None


def test_a_watched_folder_scan_is_given_to_the_teen_it_belongs_to() -> None:
    from ui.scan import job_for

    candidates = [("t2", ("noe_b",)), ("t1", ("lea.dnc_", "Léa"))]
    job = job_for(DEMO, [], None, None, background=True, candidates=candidates).resolved()
    assert (job.teen_id, job.owners) == ("t1", ("lea.dnc_", "Léa"))
    unknown = job_for(DEMO, [], None, None, candidates=[("t2", ("noe_b",))]).resolved()
    assert unknown.teen_id is None  # nobody's: scanned for the whole family, as before
