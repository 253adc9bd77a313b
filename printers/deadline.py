"""Blocking calls with a deadline, for printer links that have no timeout of their own."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TypeVar

T = TypeVar("T")


def call_with_timeout(call: Callable[[], T], timeout_s: float, what: str) -> T:
    """``call()`` on a helper thread: its result or exception, or TimeoutError after ``timeout_s``.

    A call that times out cannot be cancelled; its (daemon) thread is left to finish on its own,
    and its result is dropped. Use it only for calls that hold no state the caller reuses.
    """
    future: Future[T] = Future()

    def run() -> None:
        try:
            future.set_result(call())
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, name=f"printer-{what}", daemon=True).start()
    try:
        return future.result(timeout=timeout_s)
    except FutureTimeout:
        raise TimeoutError(f"{what}: no answer in {timeout_s:g} s") from None
