"""The QA control port as the app opens it (``--qa-port``): its hooks into the core (screen,
scans, the mock printer's faults and tickets, the outbox) and the port itself."""

from __future__ import annotations

from typing import Any

from kiosk.app.devtools import mock_printer, set_printer_state
from kiosk.app.qa_port import QaHooks, QaPort
from kiosk.app.speech import speech_records
from kiosk.app.wiring import CoreParts


def open_qa_port(core: CoreParts, window: Any, port: int, mock_scanner: Any = None) -> QaPort:
    """Start the QA port on ``port`` (0: any free one) and print where it listens."""
    controller, printer = core.controller, core.printer

    def tickets() -> list[dict[str, Any]]:
        return [
            {
                "n": job.n,
                "bin": str(job.bin_path),
                "png": str(job.png_path),
                "printed_at": job.printed_at.isoformat(),
            }
            for job in mock_printer(printer).jobs
        ]

    def busy() -> bool:
        return bool(getattr(controller.view, "busy", False))

    hooks = QaHooks(
        screen=lambda: controller.screen,
        language=lambda: controller.language,
        busy=busy,
        scan=mock_scanner.inject if mock_scanner else controller.scanned,
        decode_image=mock_scanner.scan_image_bytes if mock_scanner else _decode_image_bytes,
        set_printer_state=lambda state, midway: set_printer_state(printer, state, midway),
        tickets=tickets,
        outbox=core.outbox.report,
        speech=lambda: speech_records(core.speech),
        key=window.keypad_input.press,
    )
    qa = QaPort(window, hooks)
    try:
        qa.start(port)
    except OSError as exc:
        raise SystemExit(
            f"kiosk: the QA control port {port} cannot be opened: {exc.strerror}"
        ) from None
    print(f"QA control: {qa.url}", flush=True)
    return qa


def _decode_image_bytes(data: bytes) -> list[str]:
    from scanners.decode import decode_image_bytes

    return decode_image_bytes(data)
