"""The dashboard's list of refused outbox entries (kiosk.maintenance.parked) and staff's "try
again" on one of them. The list is read on the io lane; GUI-thread state."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.maintenance.names import AuditAction, ParkedResult
from kiosk.maintenance.parked import Kind, ParkedEntry, parse_ref
from kiosk.maintenance.ports import Runner
from kiosk.tasks import Outcome

Record = Callable[[AuditAction, str, str | None], None]  # (action, detail, staff id)


class ParkedPanel:
    def __init__(
        self,
        *,
        load: Callable[[], list[ParkedEntry]] | None,
        requeue: Callable[[Kind, int], None] | None,
        runner: Runner,
        record: Record,
        staff_id: Callable[[], str | None],
        refresh: Callable[[], None],
        rerender: Callable[[], None],
    ) -> None:
        """``refresh``: measure the dashboard's figures again (and read this list again)."""
        self._load = load
        self._requeue_port = requeue
        self._runner = runner
        self._record = record
        self._staff_id = staff_id
        self._refresh = refresh
        self._rerender = rerender
        self.entries: tuple[ParkedEntry, ...] = ()  # as last read
        self._reads = (0, 0)  # (started, applied): the io lane has several threads
        self.result: tuple[ParkedResult | None, str] = (None, "")  # the last outcome, its detail
        self.requeuing = ""  # the ref of the entry being put back, while on the io lane

    @property
    def can_requeue(self) -> bool:
        return self._requeue_port is not None

    @property
    def loading(self) -> bool:
        return self._reads[0] != self._reads[1]

    def show(self) -> None:
        """The panel opens: forget the last list and outcome, read it again."""
        self.entries, self.result = (), (None, "")
        self.load()

    def load(self) -> None:
        """Read the refused entries again (the outbox's file: on the io lane); only the newest
        read is shown (an older one may come back later)."""
        load = self._load
        if load is None:
            return
        read = self._reads[0] + 1
        self._reads = (read, self._reads[1])

        def then(outcome: Outcome[list[ParkedEntry]]) -> None:
            if read != self._reads[0]:
                return
            self._reads = (read, read)
            if outcome.ok:
                self.entries = tuple(outcome.value or ())
            else:
                self.entries = ()
                self.result = (ParkedResult.LOAD_FAILED, str(outcome.error or ""))
            self._rerender()

        self._runner.run_io(load, then)

    def requeue(self, ref: str) -> None:
        """Staff's "try again" on one refused entry (``ref`` as ``ParkedEntry.ref``): back to
        pending with its key; the delivery worker sends it. Audited as ``requeue``."""
        port, parsed = self._requeue_port, parse_ref(ref)
        entry = next((e for e in self.entries if e.ref == ref), None)
        if port is None or parsed is None or entry is None or self.requeuing:
            return
        self.requeuing, staff_id = ref, self._staff_id()
        kind, entry_id = parsed
        what = " ".join(entry.what)
        detail = f"{ref} {what}"

        def then(outcome: Outcome[None]) -> None:
            self.requeuing = ""
            if outcome.ok:
                self._record(AuditAction.REQUEUE, detail, staff_id)
                self.result = (ParkedResult.REQUEUED, what)
            else:
                error = str(outcome.error or "").strip("'\"")
                self._record(AuditAction.REQUEUE, f"{detail} failed: {error}", staff_id)
                self.result = (ParkedResult.REQUEUE_FAILED, error)
            self._refresh()  # the figures and the list: one fewer refused, one more waiting

        self._runner.run_io(lambda: port(kind, entry_id), then)
