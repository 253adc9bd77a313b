"""Mock mode only: what the reference server's fake SMS gateway "sent" to a phone, read from its
dev endpoint so the dev dock can show QA the code.

urllib, not requests: urllib3 logs each URL at DEBUG, and this URL holds the full phone number
(DOMAIN.md: no phone numbers in logs). Blocking: call it off the GUI thread.
"""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Any

from kiosk.identifiers import mask_phone
from kiosk.log import LogArea

log = logging.getLogger(LogArea.API.logger_name)


def fetch_latest_sms(
    base_url: str,
    phone: str,
    *,
    timeout_s: float = 3.0,
    tries: int = 3,
    pause_s: float = 0.3,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """The newest SMS text sent to ``phone`` as ``"<masked phone>: <text>"``, or why there is none.

    The gateway records the SMS before the server answers the OTP request, so the first try
    normally finds it; a few tries cover a server that is elsewhere.
    """
    root = base_url.rstrip("/").removesuffix("/api/v1")
    url = f"{root}/dev/sms?{urllib.parse.urlencode({'phone': phone})}"
    masked = mask_phone(phone)
    for attempt in range(tries):
        if attempt:
            sleep(pause_s)
        try:
            with urllib.request.urlopen(url, timeout=timeout_s) as response:  # noqa: S310 - dev URL
                sent: Any = json.loads(response.read())
        except (OSError, ValueError) as exc:
            log.debug("dev SMS endpoint not available: %s", type(exc).__name__)
            return f"{masked}: the server has no dev SMS endpoint"
        if isinstance(sent, list) and sent and isinstance(sent[0], dict):
            return f"{masked}: {sent[0].get('text', '')}"
    return f"{masked}: no SMS found"
