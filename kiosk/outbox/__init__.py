"""The outbox: what the kiosk owes the central system, kept on disk until the server has it.

One SQLite file (:mod:`.store`), three queues over one state machine (:mod:`.queue`): the
dispatches the customers handed in (:mod:`.dispatches`), the records of printed tickets
(:mod:`.ticket_records`) and a staff station's writes (:mod:`.staff_writes`); one worker delivers
them (:mod:`.delivery`). Staff see and requeue what
the server refused (:mod:`.parked`); the QA port reads it all (:mod:`.report`); the app opens it
from the configuration (:mod:`.wiring`).
"""

from kiosk.outbox.delivery import DeliveryWorker, is_permanent
from kiosk.outbox.dispatches import AlreadyQueued, DispatchEntry, DispatchQueue
from kiosk.outbox.parked import Kind, ParkedEntry, parked_entries, parse_ref, requeue
from kiosk.outbox.queue import DeliveryQueue, EntryState, OutboxStats, QueuedEntry
from kiosk.outbox.report import outbox_report
from kiosk.outbox.staff_writes import StaffWriteEntry, StaffWriteQueue
from kiosk.outbox.store import FILE_NAME, SCHEMA_VERSION, OutboxStore
from kiosk.outbox.ticket_records import TicketRecordEntry, TicketRecordQueue
from kiosk.outbox.wiring import Outbox, open_outbox

__all__ = [
    "FILE_NAME",
    "SCHEMA_VERSION",
    "AlreadyQueued",
    "DeliveryQueue",
    "DeliveryWorker",
    "DispatchEntry",
    "DispatchQueue",
    "EntryState",
    "Kind",
    "Outbox",
    "OutboxStats",
    "OutboxStore",
    "ParkedEntry",
    "QueuedEntry",
    "StaffWriteEntry",
    "StaffWriteQueue",
    "TicketRecordEntry",
    "TicketRecordQueue",
    "is_permanent",
    "open_outbox",
    "outbox_report",
    "parked_entries",
    "parse_ref",
    "requeue",
]
