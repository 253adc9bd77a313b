"""``Kiosk.close``: the print in progress first, then the registered hooks, then the rest."""

from __future__ import annotations

from types import SimpleNamespace

from kiosk.app import Kiosk


def test_hooks_run_after_the_print_and_before_the_printer_and_api_close(qapp) -> None:
    order: list[str] = []

    def step(name: str, fail: bool = False):
        def run() -> None:
            order.append(name)
            if fail:
                raise RuntimeError(name)

        return run

    kiosk = Kiosk(
        qapp=qapp,
        controller=SimpleNamespace(shutdown=step("print in progress")),
        window=None,
        api=SimpleNamespace(close=step("api")),
        printer=SimpleNamespace(close=step("printer", fail=True)),
        central=SimpleNamespace(stop=step("central")),
        qa=SimpleNamespace(stop=step("qa")),
    )
    kiosk.add_shutdown_hook("outbox flush", step("outbox flush"))
    kiosk.add_shutdown_hook("heartbeat", step("heartbeat", fail=True))
    kiosk.close()
    assert order == [
        "qa",
        "print in progress",
        "outbox flush",
        "heartbeat",
        "printer",
        "api",
        "central",
    ]
    kiosk.close()
    assert len(order) == 7  # once
