"""RFC 9457 problem documents: the models, the exception routes raise, and the handlers.

Every error the server answers, including FastAPI's own validation errors, unknown routes and
wrong methods, is ``application/problem+json`` with a machine ``code`` from API.md.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:parcel-kiosk:problem:"

log = logging.getLogger("central")

TITLES: dict[str, str] = {
    "invalid_identifier": "Malformed identifier",
    "invalid_request": "Malformed request",
    "not_found": "Not found",
    "rate_limited": "Too many attempts",
    "otp_invalid": "Wrong or expired code",
    "box_unknown": "Unknown box",
    "box_already_dispatched": "Box already dispatched",
    "idempotency_mismatch": "Idempotency key reused with a different body",
    "implausible_time": "Time outside the accepted range",
    "unauthorized": "Missing or wrong token",
    "payload_too_large": "Request body too large",
    "forbidden": "Token belongs to another terminal",
    "wrong_role": "Not for a terminal of this role",
    "code_not_found": "Unknown or expired pickup code",
    "not_on_manifest": "Not on any manifest",
    "ticket_not_found": "Unknown ticket",
    "dispatch_not_registered": "No dispatch registered for this box",
    "already_shelved": "Already on a shelf",
    "already_collected": "Already collected",
    "returned": "Returned to the sender",
    "not_shelved": "Not on a shelf",
    "not_due": "Not due for return yet",
    "method_not_allowed": "Method not allowed",
    "unavailable": "Service unavailable",
    "internal_error": "Internal server error",
}

# Request fields that hold identifiers: a malformed value there is `invalid_identifier`.
IDENTIFIER_FIELDS = frozenset(
    {"tracking_number", "tracking_numbers", "barcode", "box_barcode", "phone", "sender_phone"}
)


class FieldError(BaseModel):
    loc: list[str | int]
    msg: str


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str
    title: str
    status: int
    detail: str
    code: str
    errors: list[FieldError] | None = None


class OtpProblem(Problem):
    """``otp_invalid``: the same shape for a wrong, expired, used up or unknown challenge."""

    attempts_left: int


class ProblemError(Exception):
    """Raise to answer with a problem document."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        headers: Mapping[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.headers = dict(headers or {})
        self.extra = extra


def problem_response(
    status: int,
    code: str,
    detail: str,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": TYPE_PREFIX + code,
        "title": TITLES.get(code, code.replace("_", " ").capitalize()),
        "status": status,
        "detail": detail,
        "code": code,
    }
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


_DESCRIPTIONS = {
    400: "Wrong or expired code (`otp_invalid`).",
    401: "Missing or wrong token (`unauthorized`).",
    403: "The token belongs to another terminal (`forbidden`), or the terminal's role does not "
    "allow this (`wrong_role`).",
    404: "Not found (`not_found`, `box_unknown`, `not_on_manifest`, `ticket_not_found`, "
    "`code_not_found`, `dispatch_not_registered`).",
    409: "Conflict (`box_already_dispatched`, `already_shelved`, `already_collected`, `returned`, "
    "`not_shelved`, `not_due`).",
    413: "The body is over the server's limit (`payload_too_large`); nothing of it was read.",
    422: "Malformed request (`invalid_request`, `invalid_identifier`, `idempotency_mismatch`, "
    "`implausible_time`).",
    429: "Rate limited (`rate_limited`); `Retry-After` says when to try again.",
    503: "The service is unavailable (`unavailable`).",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the given error statuses, as problem+json."""
    responses: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        model = "OtpProblem" if status == 400 else "Problem"
        entry: dict[str, Any] = {
            "description": _DESCRIPTIONS[status],
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": f"#/components/schemas/{model}"}}},
        }
        if status == 429:
            entry["headers"] = {
                "Retry-After": {
                    "description": "Seconds until a new attempt may succeed.",
                    "schema": {"type": "integer"},
                    "required": True,
                }
            }
        responses[status] = entry
    return responses


def add_problem_schemas(openapi: dict[str, Any]) -> None:
    """Put the problem models into the document's components (the responses refer to them)."""
    schemas = openapi.setdefault("components", {}).setdefault("schemas", {})
    for model in (Problem, OtpProblem):
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema


def declare_body_limit(openapi: dict[str, Any]) -> None:
    """Every operation that takes a body may answer 413: the request gate refuses a body over the
    server's limit before any route sees it, so the document says so for each of them."""
    for operations in openapi.get("paths", {}).values():
        for operation in operations.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                responses = operation.setdefault("responses", {})
                responses.setdefault("413", problem_responses(413)[413])


def _field_errors(errors: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"loc": [p if isinstance(p, int) else str(p) for p in e.get("loc", ())], "msg": e["msg"]}
        for e in errors
    ]


def _is_identifier_error(error: Mapping[str, Any]) -> bool:
    """A bad identifier value (wrong type, too long, not text), not a missing or malformed field."""
    names = [p for p in error.get("loc", ())[1:] if isinstance(p, str)]
    kind = str(error.get("type", ""))
    return bool(names) and names[-1] in IDENTIFIER_FIELDS and kind.startswith(("string_", "value_"))


async def _on_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return problem_response(exc.status, exc.code, exc.detail, exc.headers, **exc.extra)


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if errors and all(_is_identifier_error(e) for e in errors):
        return problem_response(
            422,
            "invalid_identifier",
            "A tracking number, box barcode or phone number is malformed.",
            errors=_field_errors(errors),
        )
    return problem_response(
        422, "invalid_request", "The request is malformed.", errors=_field_errors(errors)
    )


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    """Starlette's and FastAPI's own errors: no route, wrong method, a body that is not JSON."""
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    if status == 400:  # FastAPI: the body could not be decoded; malformed like any other
        status = 422
    codes = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}
    code = codes.get(status, "invalid_request" if status < 500 else "unavailable")
    detail = exc.detail if isinstance(exc.detail, str) else "The request cannot be served."
    return problem_response(status, code, detail, exc.headers)


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(500, "internal_error", "The server failed; the error was logged.")


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, _on_unexpected)
