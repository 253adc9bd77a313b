"""The fake SMS gateway: it keeps the texts it "sent" in memory for the dev endpoint to show.

It stands in for an external system, so the codes it holds never touch the database (which stores
only their HMAC).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime

from kiosk.identifiers import mask_phone

log = logging.getLogger("central.sms")


@dataclass(frozen=True)
class SentSms:
    phone: str
    text: str
    code: str
    sent_at: datetime


class FakeSmsGateway:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sent: list[SentSms] = []

    def send(self, phone: str, text: str, code: str, sent_at: datetime) -> None:
        with self._lock:
            self._sent.append(SentSms(phone, text, code, sent_at))
        log.info("SMS to %s", mask_phone(phone))

    def sent_to(self, phone: str) -> list[SentSms]:
        """The texts sent to ``phone``, newest first."""
        with self._lock:
            return [sms for sms in reversed(self._sent) if sms.phone == phone]

    def clear(self) -> None:
        with self._lock:
            self._sent.clear()
