"""The dev dock's list of printed tickets: newest first, and only the newest TICKETS_LISTED of a
long QA session (the mock printer's folder keeps them all)."""

from __future__ import annotations

from ui.devdock import TICKETS_LISTED, DevDock


def test_the_list_keeps_the_newest_tickets_only(qtbot, tmp_path):
    dock = DevDock()
    qtbot.addWidget(dock)
    for n in range(1, TICKETS_LISTED + 6):
        dock.add_ticket(str(tmp_path / f"{n:04d}-receive_ticket.png"), f"#{n} receive_ticket")
    assert dock.tickets.count() == TICKETS_LISTED
    assert dock.tickets.item(0).text() == f"#{TICKETS_LISTED + 5} receive_ticket"
    assert dock.tickets.item(TICKETS_LISTED - 1).text() == "#6 receive_ticket"
    assert dock.selected_ticket_path().endswith(f"{TICKETS_LISTED + 5:04d}-receive_ticket.png")
