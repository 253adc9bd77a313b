"""The client of the central REST API (API.md): one session, typed errors, validated answers.

Only calls that are safe to repeat are retried — GETs, and the POSTs that carry an
``Idempotency-Key`` (tickets, dispatches) — and only when no answer came or a gateway said
502/503/504, with a short backoff (0.2 s, 0.4 s) so a customer is not kept waiting. Starting or
verifying an OTP is never repeated: a second SMS or a burnt attempt would be the customer's loss.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from pydantic import BaseModel, ValidationError

from kiosk.config import ConfigError, KioskConfig
from kiosk.errors import (
    ERRORS_BY_CODE,
    ApiError,
    BoxAlreadyDispatched,
    BoxUnknown,
    Forbidden,
    IdempotencyMismatch,
    InvalidIdentifier,
    NotFound,
    OtpInvalid,
    RateLimited,
    ServiceUnavailable,
    Unauthorized,
)
from kiosk.identifiers import check_kz_mobile, mask_phone
from kiosk.log import LogArea, redact
from kiosk.models import (
    Box,
    DispatchRecord,
    Health,
    HeartbeatReply,
    OtpChallenge,
    OtpResult,
    Parcel,
    Problem,
    TicketRecord,
)

__all__ = [
    "ApiError",
    "BoxAlreadyDispatched",
    "BoxUnknown",
    "CentralApi",
    "Forbidden",
    "IdempotencyMismatch",
    "InvalidIdentifier",
    "NotFound",
    "OtpInvalid",
    "RateLimited",
    "ServiceUnavailable",
    "Unauthorized",
]

log = logging.getLogger(LogArea.API.logger_name)

API_PREFIX = "/api/v1"
RETRY_STATUSES = frozenset({502, 503, 504})
_BY_STATUS = {401: "unauthorized", 403: "forbidden", 404: "not_found", 429: "rate_limited"}
if TYPE_CHECKING:  # requests itself is imported when the first session is made (see prepare)
    import requests

M = TypeVar("M", bound=BaseModel)


class _BearerAuth:
    """Keeps the token out of ``session.headers`` and stops requests from applying ``.netrc``
    (requests takes any callable as ``auth``; its AuthBase adds nothing)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "_BearerAuth(***)"


class CentralApi:
    """Blocking client for one terminal. Run it off the GUI thread.

    Thread-safe: ``requests.Session`` is not, so each thread that calls gets a session of its
    own (the task runner's io threads share one client). Every method raises a
    :class:`kiosk.errors.ApiError` subclass on failure; :class:`ServiceUnavailable` means "try
    later", the others are the server's answer.
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        terminal_id: str,
        *,
        connect_timeout: float = 3.0,
        read_timeout: float = 10.0,
        retries: int = 2,
        ca_bundle: Path | None = None,
        session_factory: Callable[[], requests.Session] | None = None,
        backoff_s: float = 0.2,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        root = base_url.rstrip("/")
        self._api = root if root.endswith(API_PREFIX) else root + API_PREFIX
        self.terminal_id = terminal_id
        self._timeout = (connect_timeout, read_timeout)
        self._retries = retries
        self._verify: bool | str = str(ca_bundle) if ca_bundle else True
        self._session_factory = session_factory
        self._per_thread = threading.local()  # .session: this thread's
        self._sessions: list[requests.Session] = []  # every thread's, to close them
        self._session_lock = threading.Lock()
        self._auth = _BearerAuth(token)
        self._backoff_s = backoff_s
        self._sleep = sleep

    def prepare(self) -> None:
        """Load the HTTP stack and make the session now. requests takes ~0.1 s to import, so the
        kiosk calls this off the GUI thread after its first paint instead of at start."""
        self._session()

    def _session(self) -> requests.Session:
        """This thread's session, made on its first call."""
        session: requests.Session | None = getattr(self._per_thread, "session", None)
        if session is None:
            import requests

            session = self._session_factory() if self._session_factory else requests.Session()
            session.auth = self._auth
            session.headers["Accept"] = "application/json, application/problem+json"
            with self._session_lock:
                self._sessions.append(session)
            self._per_thread.session = session
        return session

    @classmethod
    def from_config(cls, config: KioskConfig) -> CentralApi:
        api = config.api
        missing = [k for k, v in (("api.url", api.url), ("api.token", api.token)) if not v]
        missing += ["terminal.id"] if not config.terminal.id else []
        if missing or api.token is None:
            raise ConfigError([f"{key}: required to reach the central server" for key in missing])
        return cls(
            api.url,
            api.token.get_secret_value(),
            config.terminal.id,
            connect_timeout=api.connect_timeout_s,
            read_timeout=api.read_timeout_s,
            retries=api.retries,
            ca_bundle=api.ca_bundle,
        )

    def __repr__(self) -> str:
        return f"CentralApi({self._api!r}, terminal_id={self.terminal_id!r})"

    def __enter__(self) -> CentralApi:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every thread's session; a thread that calls again afterwards makes a new one."""
        with self._session_lock:
            sessions, self._sessions = self._sessions, []
            self._per_thread = threading.local()
        for session in sessions:
            session.close()

    # --- the contract -------------------------------------------------------------------------

    def health(self) -> Health:
        return self._call("GET", "/health", Health, retry=True)

    def get_parcel(self, tracking_number: str) -> Parcel:
        return self._call("GET", f"/parcels/{_q(tracking_number)}", Parcel, retry=True)

    def start_otp(self, phone: str) -> OtpChallenge:
        """Ask the server to send an SMS code. Never retried (each try sends an SMS)."""
        return self._call(
            "POST", "/otp", OtpChallenge, body={"phone": phone}, note=f"phone {_masked(phone)}"
        )

    def verify_otp(self, challenge_id: str, code: str) -> list[Parcel]:
        """The customer's items once the code is right. Never retried (a try costs an attempt)."""
        path = f"/otp/{_q(challenge_id)}/verify"
        return self._call("POST", path, OtpResult, body={"code": code}).parcels

    def verify_pickup_code(self, code: str) -> list[Parcel]:
        """The parcels a pickup code covers. Never retried (a wrong try counts in the server's
        limit) and the code is never logged: it is the secret."""
        return self._call("POST", "/pickup-codes/verify", OtpResult, body={"code": code}).parcels

    def record_ticket(
        self,
        tracking_numbers: Sequence[str],
        printed_at: dt.datetime,
        language: str,
        idempotency_key: str | uuid.UUID,
    ) -> TicketRecord:
        body = {
            "terminal_id": self.terminal_id,
            "tracking_numbers": list(tracking_numbers),
            "printed_at": _rfc3339(printed_at),
            "language": language,
        }
        return self._call(
            "POST", "/tickets", TicketRecord, body=body, key=idempotency_key, retry=True
        )

    def get_box(self, barcode: str) -> Box:
        return self._call("GET", f"/boxes/{_q(barcode)}", Box, retry=True)

    def create_dispatch(
        self,
        box_barcode: str,
        accepted_at: dt.datetime,
        sender_phone: str | None,
        idempotency_key: str | uuid.UUID,
    ) -> DispatchRecord:
        body = {
            "box_barcode": box_barcode,
            "terminal_id": self.terminal_id,
            "accepted_at": _rfc3339(accepted_at),
            "sender_phone": sender_phone,
        }
        note = f"sender {_masked(sender_phone)}" if sender_phone else ""
        return self._call(
            "POST",
            "/dispatches",
            DispatchRecord,
            body=body,
            key=idempotency_key,
            retry=True,
            note=note,
        )

    def heartbeat(self, body: Mapping[str, Any]) -> HeartbeatReply:
        path = f"/terminals/{_q(self.terminal_id)}/heartbeat"
        return self._call("POST", path, HeartbeatReply, body=dict(body))

    # --- transport ----------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        body: dict[str, Any] | None = None,
        key: str | uuid.UUID | None = None,
        retry: bool = False,
        note: str = "",
    ) -> M:
        import requests

        session = self._session()
        headers = {"Idempotency-Key": str(key)} if key else {}
        what = f"{method} {path}" + (f" ({note})" if note else "")
        attempts = 1 + (self._retries if retry else 0)
        failure: ApiError = ServiceUnavailable(f"{method} {path} was not attempted")
        for attempt in range(attempts):
            if attempt:
                delay = self._backoff_s * 2 ** (attempt - 1)
                log.warning("%s: retry %d/%d in %.1f s", what, attempt, attempts - 1, delay)
                self._sleep(delay)
            started = time.monotonic()
            try:
                response = session.request(
                    method,
                    self._api + path,
                    json=body,
                    headers=headers,
                    timeout=self._timeout,
                    verify=self._verify,
                    allow_redirects=False,
                )
            except requests.ReadTimeout as exc:
                log.warning("%s: no answer within %g s", what, self._timeout[1])
                raise ServiceUnavailable(
                    f"no answer to {method} {path} within {self._timeout[1]:g} s"
                ) from exc
            except requests.ConnectionError as exc:
                failure = ServiceUnavailable(
                    f"cannot reach the central server for {method} {path}: {_reason(exc)}"
                )
                log.warning("%s: %s", what, failure.detail)
                continue
            except requests.RequestException as exc:
                raise ServiceUnavailable(f"{method} {path} failed: {_reason(exc)}") from exc
            elapsed_ms = (time.monotonic() - started) * 1000
            log.info("%s -> %d in %.0f ms", what, response.status_code, elapsed_ms)
            if response.status_code in RETRY_STATUSES:
                failure = _error(response, method, path)
                continue
            if response.status_code >= 300:
                raise _error(response, method, path)
            return _parse(response, model, method, path)
        raise failure


def _masked(phone: str) -> str:
    return mask_phone(check_kz_mobile(phone).value or phone)


def _q(value: str) -> str:
    return quote(value, safe="")


def _rfc3339(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("timestamps sent to the central server need a time zone")
    return moment.isoformat()


def _reason(exc: Exception) -> str:
    """The useful end of a requests error (``[Errno 111] Connection refused``), not its repr."""
    match = re.search(r"\[Errno -?\d+\][^'\")]*", str(exc))
    return match.group(0).strip() if match else type(exc).__name__


def _json(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _parse(response: requests.Response, model: type[M], method: str, path: str) -> M:
    data = _json(response)
    if data is None:
        raise ServiceUnavailable(
            f"answer to {method} {path} is not JSON", status=response.status_code
        )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(map(str, first["loc"])) or "body"
        raise ServiceUnavailable(
            f"answer to {method} {path} breaks the contract: {where}: {first['msg']}",
            status=response.status_code,
        ) from None


def _error(response: requests.Response, method: str, path: str) -> ApiError:
    status = response.status_code
    data = _json(response)
    try:
        problem = Problem.model_validate(data) if isinstance(data, dict) else Problem()
    except ValidationError:
        problem = Problem()
    detail = redact(problem.detail or problem.title or f"{method} {path} answered {status}")
    if status >= 500 or status < 400:
        return ServiceUnavailable(detail, status=status)
    code = problem.code if problem.code in ERRORS_BY_CODE else _BY_STATUS.get(status, "")
    if code == "rate_limited":
        return RateLimited(detail, status=status, retry_after_s=_retry_after(response))
    if code == "otp_invalid":
        return OtpInvalid(detail, status=status, attempts_left=problem.attempts_left or 0)
    if code:
        error = ERRORS_BY_CODE[code](detail, status=status)
        error.problem = problem.code or code
        return error
    return ApiError(detail, status=status, code=problem.code or f"http_{status}")


def _retry_after(response: requests.Response) -> int | None:
    value = response.headers.get("Retry-After", "").strip()
    if value.isdigit():
        return int(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0, round((when - dt.datetime.now(dt.UTC)).total_seconds()))
