"""Typed failures of the central API, free of ``requests`` so flows can catch them without it.

``code`` is the API's machine code (API.md), ``status`` the HTTP status (``None`` when no answer
came), ``detail`` a short English explanation for logs and staff — never a token, phone or OTP code.
``problem`` is the code the server's problem document named (``already_shelved``, ``wrong_role``),
kept when the error's class is chosen by the status (a 404 with a code of its own is a `NotFound`).
"""

from __future__ import annotations


class ApiError(Exception):
    """Base of every error the API client raises."""

    code = "api_error"

    def __init__(self, detail: str, *, status: int | None = None, code: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.status = status
        if code is not None:
            self.code = code
        self.problem = self.code

    def __str__(self) -> str:
        status = f" {self.status}" if self.status is not None else ""
        return f"{self.code}{status}: {self.detail}"


class InvalidIdentifier(ApiError):  # noqa: N818 - names from the API contract
    code = "invalid_identifier"


class NotFound(ApiError):  # noqa: N818 - names from the API contract
    code = "not_found"


class RateLimited(ApiError):  # noqa: N818 - names from the API contract
    """Too many attempts; ``retry_after_s`` comes from the ``Retry-After`` header, if any."""

    code = "rate_limited"

    def __init__(
        self, detail: str, *, status: int | None = 429, retry_after_s: int | None = None
    ) -> None:
        super().__init__(detail, status=status)
        self.retry_after_s = retry_after_s


class OtpInvalid(ApiError):  # noqa: N818 - names from the API contract
    """Wrong or expired code (one error for both, on purpose)."""

    code = "otp_invalid"

    def __init__(self, detail: str, *, status: int | None = 400, attempts_left: int = 0) -> None:
        super().__init__(detail, status=status)
        self.attempts_left = attempts_left


class BoxUnknown(ApiError):  # noqa: N818 - names from the API contract
    code = "box_unknown"


class BoxAlreadyDispatched(ApiError):  # noqa: N818 - names from the API contract
    code = "box_already_dispatched"


class IdempotencyMismatch(ApiError):  # noqa: N818 - names from the API contract
    code = "idempotency_mismatch"


class Unauthorized(ApiError):  # noqa: N818 - names from the API contract
    code = "unauthorized"


class Forbidden(ApiError):  # noqa: N818 - names from the API contract
    code = "forbidden"


class ServiceUnavailable(ApiError):  # noqa: N818 - names from the API contract
    """No usable answer: connection refused, timeout, 5xx, or an answer outside the contract."""

    code = "service_unavailable"


ERRORS_BY_CODE: dict[str, type[ApiError]] = {
    cls.code: cls
    for cls in (
        InvalidIdentifier,
        NotFound,
        RateLimited,
        OtpInvalid,
        BoxUnknown,
        BoxAlreadyDispatched,
        IdempotencyMismatch,
        Unauthorized,
        Forbidden,
        ServiceUnavailable,
    )
}
