"""The QA control port (mock mode only): drive the real running app from scripts over JSON.

Served on 127.0.0.1 by a small threaded HTTP server; every request that touches widgets is carried
to the GUI thread through a queued signal and waited for, so Qt objects are only used on their own
thread (the widgets themselves are walked by ui/qa_driver.py). See DESIGN.md, "The QA control port".
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from kiosk.accessibility.keypad_map import ACTIONS as QA_KEYS
from kiosk.app.qa_body import READ_TIMEOUT_S, BodyError, close_unread, read_body
from kiosk.log import LogArea
from ui.qa_driver import QaDriver, QaError

__all__ = ["QaError", "QaHooks", "QaPort"]

log = logging.getLogger(LogArea.QA.logger_name)
_GUI_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class QaHooks:
    """What the QA port may do beyond the window, wired by the app (kiosk/app/qa_hooks.py)."""

    screen: Callable[[], str]
    language: Callable[[], str]
    busy: Callable[[], bool]
    scan: Callable[[str, str], object]  # False: dropped as garbage
    decode_image: Callable[[bytes], list[str]]
    set_printer_state: Callable[[str, bool], None]  # (state, midway: fail the next job part-way)
    tickets: Callable[[], list[dict[str, Any]]]
    outbox: Callable[[], dict[str, Any]] | None = None  # the send flow's outbox, if any
    speech: Callable[[], list[dict[str, Any]]] | None = None  # what the mock voice said
    key: Callable[[str], None] | None = None  # a keypad key, by its action (on the GUI thread)


class _GuiBridge(QObject):
    """Runs callables on the thread it lives on (the GUI thread)."""

    call = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run)

    @Slot(object, object)
    def _run(self, fn: Callable[[], Any], future: Future[Any]) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn())
        except BaseException as exc:  # handed back to the HTTP thread
            future.set_exception(exc)

    def run(self, fn: Callable[[], Any]) -> Any:
        future: Future[Any] = Future()
        self.call.emit(fn, future)
        return future.result(timeout=_GUI_TIMEOUT_S)


class QaPort:
    """Serves QA scripts: the window through a :class:`QaDriver`, the rest through ``hooks``."""

    def __init__(self, window: QWidget, hooks: QaHooks) -> None:
        self._driver = QaDriver(window)
        self._hooks = hooks
        self._bridge = _GuiBridge()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ---- on the GUI thread ---------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        widgets = self._driver.widgets()
        return {
            "screen": self._hooks.screen(),
            "language": self._hooks.language(),
            "texts": widgets["texts"],
            "buttons": widgets["buttons"],
            "inputs": widgets["inputs"],
            "busy": self._hooks.busy(),
        }

    def tap(self, button_id: str) -> dict[str, Any]:
        return self._driver.tap(button_id)

    def type_text(self, text: str) -> dict[str, Any]:
        return self._driver.type_text(text)

    def _key(self, key: str) -> dict[str, str]:
        """From an HTTP thread: the keypad's key for ``key``, delivered on the GUI thread."""
        action = _key_action(key)
        press = self._hooks.key
        assert press is not None
        try:
            self._bridge.run(lambda: press(action))
        except KeyError:
            raise QaError(HTTPStatus.CONFLICT, f"the key map has no key for {key!r}") from None
        return {"key": key}

    # ---- HTTP ---------------------------------------------------------------------------------

    def start(self, port: int = 0) -> int:
        handler = _make_handler(self)
        self._server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="qa-port", daemon=True
        )
        self._thread.start()
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def handle(self, method: str, path: str, body: bytes) -> Any:
        """Dispatch one request; runs on an HTTP thread, widget work hops to the GUI thread."""
        route = (method, path.split("?", 1)[0].rstrip("/"))
        gui = self._bridge.run
        hooks = self._hooks
        if route == ("GET", "/qa/state"):
            return gui(self.state)
        if route == ("GET", "/qa/tickets"):
            return hooks.tickets()
        if route == ("GET", "/qa/outbox") and hooks.outbox is not None:
            return hooks.outbox()
        if route == ("GET", "/qa/speech") and hooks.speech is not None:
            return hooks.speech()
        if route == ("POST", "/qa/scan-image"):
            if not body:
                raise QaError(HTTPStatus.BAD_REQUEST, "send the image file as the request body")
            try:
                return {"codes": hooks.decode_image(body)}
            except ValueError as exc:
                raise QaError(HTTPStatus.BAD_REQUEST, str(exc)) from None
        payload = _json_object(body)
        if route == ("POST", "/qa/tap"):
            return gui(lambda: self.tap(_field(payload, "id")))
        if route == ("POST", "/qa/type"):
            return gui(lambda: self.type_text(_field(payload, "text")))
        if route == ("POST", "/qa/scan"):
            code, source = _field(payload, "code"), payload.get("source", "qa")
            if gui(lambda: hooks.scan(code, str(source))) is False:  # the scanners' garbage filter
                raise QaError(
                    HTTPStatus.BAD_REQUEST, "not a code: empty, control characters or too long"
                )
            return {"scanned": code}
        if route == ("POST", "/qa/key") and hooks.key is not None:
            return self._key(_field(payload, "key"))
        if route == ("POST", "/qa/printer"):
            state, midway = _field(payload, "state"), payload.get("midway", False)
            if not isinstance(midway, bool):
                raise QaError(HTTPStatus.BAD_REQUEST, "midway must be true or false")
            try:
                gui(lambda: hooks.set_printer_state(state, midway))
            except ValueError:
                raise QaError(HTTPStatus.BAD_REQUEST, f"unknown printer state {state!r}") from None
            return {"printer": state, "midway": midway}
        raise QaError(HTTPStatus.NOT_FOUND, f"no such QA endpoint: {method} {path}")


def _key_action(key: str) -> str:
    if key not in QA_KEYS:
        raise QaError(
            HTTPStatus.BAD_REQUEST, f"no keypad key {key!r} (one of {', '.join(QA_KEYS)})"
        )
    return key


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(body or b"{}")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise QaError(HTTPStatus.BAD_REQUEST, f"the body is not JSON: {exc}") from None
    if not isinstance(payload, dict):
        raise QaError(HTTPStatus.BAD_REQUEST, "the body must be a JSON object")
    return payload


def _field(payload: dict[str, Any], name: str) -> str:
    value = payload.get(name)
    if not isinstance(value, str):
        raise QaError(HTTPStatus.BAD_REQUEST, f"{name!r} must be a string")
    return value


def _make_handler(port: QaPort) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kiosk-qa"
        timeout = READ_TIMEOUT_S  # a client that stops sending frees its thread

        def log_message(self, format: str, *args: Any) -> None:
            log.debug("qa %s", format % args)

        def _respond(self) -> None:
            try:
                body = read_body(self.command, self.headers, self.rfile)
            except BodyError as exc:
                self.close_connection = True
                self._send(exc.status, {"error": str(exc)})
                close_unread(self.connection)
                return
            try:
                result = port.handle(self.command, self.path, body)
            except QaError as exc:
                self._send(exc.status, {"error": str(exc)})
            except TimeoutError:
                self._send(HTTPStatus.SERVICE_UNAVAILABLE, {"error": "the GUI did not answer"})
            except Exception as exc:
                log.exception("QA request failed")
                self._send(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": str(exc)})
            else:
                self._send(HTTPStatus.OK, result)

        def _send(self, status: HTTPStatus, payload: Any) -> None:
            data = json.dumps(payload, ensure_ascii=False, default=str).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = _respond  # noqa: N815 - http.server's naming
        do_POST = _respond  # noqa: N815
        do_PUT = do_DELETE = do_PATCH = _respond  # noqa: N815 - answered in JSON, not HTML

    return Handler
