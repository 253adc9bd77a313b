"""Receiving by pickup code: the code from the shelving SMS (6 characters of an unambiguous
alphabet), typed on its own screen or its QR link shown to the scanner → that recipient's parcels
→ one ticket, as after an SMS code. The code is the secret: it is never logged, wrong codes count
in the server's limit and the kiosk's own (kiosk.receive.lookup_guard).

The flow is the phone flow (kiosk.receive.phone) from its "verifying" step on: the same items
screen, ticket, cool-down and "unavailable, try again".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from kiosk import views
from kiosk.receive.phone import PhoneFlow, PhoneStep

ALPHABET = "23456789ACDEFHJKMNPQRTUVWXY"  # no 0/O, 1/I/L, B/8, S/5, Z/2, G/6
LENGTH = 6
LINK_PATH = "/p/"  # https://<public base>/p/<code>: what the SMS's QR encodes


def pickup_code_of(text: str) -> str | None:
    """The pickup code in a typed or scanned text (the bare code, or its link), else None."""
    value = text.strip()
    if LINK_PATH in value:
        value = value.rsplit(LINK_PATH, 1)[1].split("?")[0].strip("/")
    value = value.upper()
    if len(value) == LENGTH and all(ch in ALPHABET for ch in value):
        return value
    return None


@dataclass(frozen=True)
class VerifyPickupCode:
    code: str

    def __repr__(self) -> str:  # never the code, not even in a traceback
        return "VerifyPickupCode(***)"


class PickupFlow(PhoneFlow):
    """Starts on the code screen; its answer continues as the phone flow's."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(clock)
        self.step = PhoneStep.ENTERING_CODE
        self.text = ""

    def submit_pickup_code(self, text: str) -> list[VerifyPickupCode]:
        if self.step is not PhoneStep.ENTERING_CODE:
            return []
        code = pickup_code_of(text)
        self.text = text.strip().upper()[:LENGTH]
        if code is None:
            self.wrong = True
            return []
        self.wrong = False
        self.step = PhoneStep.VERIFYING
        effect = VerifyPickupCode(code)
        self._pending = effect  # type: ignore[assignment]  # repeated by retry()
        return [effect]

    def pickup_code_rejected(self) -> None:
        """Unknown or expired (the server says the same for both)."""
        if self.step is PhoneStep.VERIFYING:
            self.step = PhoneStep.ENTERING_CODE
            self.wrong = True
            self.text = ""

    def edit_phone(self) -> None:
        """The pickup code has no phone to go back to."""

    def view(self) -> tuple[str, views.View]:
        if self.step in (PhoneStep.ENTERING_CODE, PhoneStep.VERIFYING, PhoneStep.PRINTING):
            return views.RECEIVE_PICKUP_CODE, views.PickupCodeView(
                text=self.text,
                wrong=self.wrong,
                busy=self.busy,
                printing=self.step is PhoneStep.PRINTING,
            )
        return super().view()
