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


def test_the_alert_view_shows_what_the_agreement_allows() -> None:
    from datetime import date

    from guardian.agreement import new_agreement
    from guardian.inbox import ReviewScope, review_lines, review_scope

    def message(i: int, sender: str, owner: bool = False) -> dict[str, object]:
        return {"sender": sender, "from_owner": owner, "sent_at": f"2026-01-0{i}T10:00:00", "text": f"line {i}"}

    payload = {
        "contact": "theo", "evidence": [{"sender": "theo", "sent_at": "2026-01-05T10:00:00", "text": "line 5",
                                         "spans": [[0, 4]]}],
        "context": [message(1, "sam"), message(2, "lea", True), message(3, "sam"), message(4, "lea", True),
                    message(5, "theo"), message(6, "sam"), message(7, "theo")],
    }
    assert [line.text for line in review_lines(payload, ReviewScope(context=0))] == ["line 5"]
    near = review_lines(payload, ReviewScope(context=1, mask_bystanders=True))
    assert [(line.text, line.sender, line.masked) for line in near] == [
        ("line 4", "lea", False), ("line 5", "theo", False), ("line 6", "", True),  # sam, a bystander
    ]
    agreement = new_agreement("t1", "2012-06")  # 2 lines of context and bystanders masked by default
    assert review_scope(agreement, date(2026, 1, 15)) == ReviewScope(2, True)
    assert review_scope(agreement, date(2027, 7, 1)).context <= 1  # narrowed at 15
    assert review_scope(None, date(2026, 1, 15)) == ReviewScope()
