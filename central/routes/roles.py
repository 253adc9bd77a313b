"""Route dependencies that admit only terminals of one role (``403 wrong_role`` to the others).

The role is read from the database on every such request (a staff station makes a few a minute),
so a role changed by the admin command holds at once.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from sqlalchemy import select

from central.auth import CallerId
from central.context import Central
from central.db import Terminal
from central.problems import ProblemError
from central.roles import CHECKOUT, CUSTOMER, STOCKING, Role
from central.routes.deps import CentralDep

_ROLE_OF = select(Terminal.role)


def require_role(central: Central, caller: str, role: Role) -> str:
    with central.db.connect() as connection:
        actual = connection.execute(_ROLE_OF.where(Terminal.id == caller)).scalar()
    if actual != role:
        raise ProblemError(
            403, "wrong_role", f"This needs a {role} terminal; this one is {actual or 'unknown'}."
        )
    return caller


# Sync dependencies: FastAPI runs them in its thread pool, off the event loop.
def _checkout(central: CentralDep, caller: CallerId) -> str:
    return require_role(central, caller, CHECKOUT)


def _stocking(central: CentralDep, caller: CallerId) -> str:
    return require_role(central, caller, STOCKING)


def _customer(central: CentralDep, caller: CallerId) -> str:
    return require_role(central, caller, CUSTOMER)


CheckoutCaller = Annotated[str, Depends(_checkout)]
StockingCaller = Annotated[str, Depends(_stocking)]
CustomerCaller = Annotated[str, Depends(_customer)]
