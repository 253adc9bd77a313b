"""Terminal roles: the customer kiosk (the default), the checkout desk and the stocking station."""

from __future__ import annotations

from typing import Literal

Role = Literal["customer", "checkout", "stocking"]
ROLES: tuple[Role, ...] = ("customer", "checkout", "stocking")
CUSTOMER: Role = "customer"
CHECKOUT: Role = "checkout"
STOCKING: Role = "stocking"
