"""Fleet: terminal heartbeats (and the maintenance request they carry back), and health."""

from __future__ import annotations

from fastapi import APIRouter

from central.auth import CallerId, require_same_terminal
from central.db import Terminal
from central.problems import ProblemError, problem_responses
from central.routes.deps import CentralDep
from central.schemas import Health, Heartbeat, HeartbeatReply

router = APIRouter(prefix="/api/v1", tags=["fleet"])


@router.post(
    "/terminals/{terminal_id}/heartbeat",
    response_model=HeartbeatReply,
    responses=problem_responses(401, 403, 422, 503),
    summary="A terminal reports its state; the answer says whether to go to maintenance",
)
def heartbeat(
    terminal_id: str, body: Heartbeat, central: CentralDep, caller: CallerId
) -> HeartbeatReply:
    require_same_terminal(terminal_id, caller)
    with central.db.write() as session:
        now = central.clock.now()
        terminal = session.get(Terminal, caller)
        if terminal is None:  # deleted since its token was checked
            raise ProblemError(401, "unauthorized", "The terminal is no longer registered.")
        terminal.last_heartbeat = body.model_dump(mode="json")
        terminal.last_heartbeat_at = now
        return HeartbeatReply(
            maintenance_requested=terminal.maintenance_requested,
            message=terminal.maintenance_message,
            server_time=now.astimezone(central.tz),
        )


@router.get(
    "/health",
    response_model=Health,
    responses=problem_responses(503),
    summary="Liveness (no token needed)",
)
async def health(central: CentralDep) -> Health:
    return Health(status="ok", version=central.settings.version)
