"""The names maintenance shares between the core and the screens.

Each is a StrEnum whose values are the strings the outside sees: the dashboard's buttons are named
after their actions (the QA port taps them by id), the audit file keeps the action and detail
codes, and the screens translate panels, notices and steps by these values.
"""

from __future__ import annotations

from enum import StrEnum


class Panel(StrEnum):
    """What the dashboard's left side shows (the screen's pages, in this order)."""

    DASHBOARD = "dashboard"
    LOGS = "logs"
    SCANNER = "scanner"
    MESSAGE = "message"
    SELFTEST = "selftest"
    PARKED = "parked"


class Action(StrEnum):
    """A dashboard intent; most are a button's id."""

    REFRESH = "refresh"
    TEST_SLIP = "test_slip"
    REPRINT = "reprint"
    PAPER_REPLACED = "paper_replaced"
    TAKE_OUT_OF_SERVICE = "take_out_of_service"  # with the customers' message
    BACK_IN_SERVICE = "back_in_service"
    SYNC_OUTBOX = "sync_outbox"
    SCANNER_TEST = "scanner_test"
    SHOW_LOGS = "show_logs"
    MESSAGE = "message"  # the out-of-service message panel
    DASHBOARD = "dashboard"  # back to the figures
    RESTART_APP = "restart_app"
    QUIT_APP = "quit_app"
    CONFIRM = "confirm"
    CANCEL = "cancel"
    CLOSE_MAINTENANCE = "close_maintenance"
    SELF_TEST = "self_test"
    SELFTEST_CODE = "selftest_code"  # with the code typed back from the slip
    SELFTEST_SKIP = "selftest_skip"
    SHOW_PARKED = "show_parked"
    REQUEUE = "requeue"  # with the entry's ref
    # a button only: the screen sends back_in_service, or opens the message panel
    SERVICE_TOGGLE = "service_toggle"
    CLOSE_HELP = "close_help"  # staff brought a customer's parcel: the oldest open request


class Notice(StrEnum):
    """The outcome of the last action, shown above the panels."""

    PRINTING = "printing"
    TEST_SLIP_PRINTED = "test_slip_printed"
    COPY_PRINTED = "copy_printed"
    PRINT_FAILED = "print_failed"
    NO_TICKET_TO_REPRINT = "no_ticket_to_reprint"
    PAPER_REPLACED = "paper_replaced"
    TAKEN_OUT_OF_SERVICE = "taken_out_of_service"
    BACK_IN_SERVICE = "back_in_service"
    SYNC_STARTED = "sync_started"
    SYNC_DONE = "sync_done"
    SYNC_WAITING = "sync_waiting"
    SYNC_FAILED = "sync_failed"
    SYNC_UNAVAILABLE = "sync_unavailable"
    UNAVAILABLE = "unavailable"


class ParkedResult(StrEnum):
    """The outcome of reading the refused entries or of staff's "try again"."""

    REQUEUED = "requeued"
    REQUEUE_FAILED = "requeue_failed"
    LOAD_FAILED = "load_failed"


class SelfTestStep(StrEnum):
    """The self-test's steps in their order, then DONE."""

    PRINTER = "printer"
    SLIP = "slip"
    SCAN = "scan"
    API = "api"
    DONE = "done"


class AuditAction(StrEnum):
    """What the audit file records a staff member did."""

    OPEN = "open"
    CLOSE = "close"
    TEST_SLIP = "test_slip"
    REPRINT_COPY = "reprint_copy"
    PAPER_REPLACED = "paper_replaced"
    OUT_OF_SERVICE = "out_of_service"  # the detail is the customers' message as typed
    BACK_IN_SERVICE = "back_in_service"
    SYNC_OUTBOX = "sync_outbox"
    SCANNER_TEST = "scanner_test"
    VIEW_LOGS = "view_logs"
    VIEW_PARKED = "view_parked"
    RESTART_APP = "restart_app"
    QUIT_APP = "quit_app"
    SELF_TEST_STARTED = "self_test_started"
    SELF_TEST = "self_test"
    REQUEUE = "requeue"


class AuditDetail(StrEnum):
    """The audit's detail codes (a failure is ``failed: `` and the printer's words)."""

    BADGE = "badge"
    GESTURE = "gesture"
    STATION = "station"  # opened from a staff station by the staff member signed in there
    IDLE = "idle"
    STAFF = "staff"
    PRINTED = "printed"
    PASSED = "passed"
    FAILED = "failed"


FAILED_PREFIX = "failed: "


class TerminalState(StrEnum):
    """The terminal's state as the heartbeat reports it."""

    READY = "ready"
    BUSY = "busy"
    OUT_OF_SERVICE = "out_of_service"
    MAINTENANCE = "maintenance"
