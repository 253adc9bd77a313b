"""The operator API: the fleet's terminals, and putting one into maintenance and taking it out.

Operator tokens only (``python -m central admin operators add NAME``); terminals' tokens are 401
here. Every change is logged with the operator's name.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from central import audit
from central.fleet import all_terminals, set_maintenance, terminal_view
from central.gate import OPERATOR_STATE_KEY
from central.problems import ProblemError, problem_responses
from central.routes.deps import CentralDep
from central.schemas import FleetTerminal, FleetTerminals, Instant, MaintenanceRequest
from central.staff_schemas import AuditEntryOut, AuditOut

log = logging.getLogger("central.audit")

router = APIRouter(prefix="/api/v1/operator", tags=["operator"])

operator_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="OperatorToken",
    description="An operator's token (`python -m central admin operators add NAME`).",
)


async def authenticated_operator(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(operator_scheme)],
) -> str:
    """The operator's name (the gate checked the token before the body was read)."""
    operator = request.scope.get("state", {}).get(OPERATOR_STATE_KEY)
    if not isinstance(operator, str):
        raise ProblemError(401, "unauthorized", "An operator token is required.")
    return operator


OperatorName = Annotated[str, Depends(authenticated_operator)]


@router.get(
    "/terminals",
    response_model=FleetTerminals,
    responses=problem_responses(401),
    summary="Every terminal with its last heartbeat, alerts and maintenance state",
)
def list_terminals(central: CentralDep, operator: OperatorName) -> FleetTerminals:
    with central.db.read() as session:
        return FleetTerminals(terminals=all_terminals(session, central.tz))


@router.put(
    "/terminals/{terminal_id}/maintenance",
    response_model=FleetTerminal,
    responses=problem_responses(401, 404, 422),
    summary="Put a terminal into maintenance; its next heartbeat (within a minute) obeys",
)
def start_maintenance(
    terminal_id: str, body: MaintenanceRequest, central: CentralDep, operator: OperatorName
) -> FleetTerminal:
    with central.db.write() as session:
        terminal = set_maintenance(session, terminal_id, on=True, message=body.message)
        log.info("operator %s put terminal %s into maintenance", operator, terminal_id)
        return terminal_view(terminal, central.tz)


@router.delete(
    "/terminals/{terminal_id}/maintenance",
    response_model=FleetTerminal,
    responses=problem_responses(401, 404, 422),
    summary="Take a terminal out of maintenance",
)
def end_maintenance(terminal_id: str, central: CentralDep, operator: OperatorName) -> FleetTerminal:
    with central.db.write() as session:
        terminal = set_maintenance(session, terminal_id, on=False)
        log.info("operator %s took terminal %s out of maintenance", operator, terminal_id)
        return terminal_view(terminal, central.tz)


@router.get(
    "/audit",
    response_model=AuditOut,
    responses=problem_responses(401, 422),
    summary="The staff stations' writes since an instant (the last day by default), oldest first",
)
def list_audit(
    central: CentralDep,
    operator: OperatorName,
    since: Annotated[Instant | None, Query(description="From this instant (ISO 8601).")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
) -> AuditOut:
    start = since if since is not None else central.clock.now() - timedelta(days=1)
    tz = central.tz
    with central.db.read() as session:
        entries = [
            AuditEntryOut(
                at=entry.at.astimezone(tz),
                terminal_id=entry.terminal_id,
                staff_id=entry.staff_id,
                action=entry.action,
                subject=entry.subject,
                details=entry.details,
            )
            for entry in audit.entries_since(session, start, limit)
        ]
    return AuditOut(entries=entries)
