"""Reading what the reference server's fake SMS gateway "sent", and adding items, through its dev
endpoints. urllib on purpose: requests (urllib3) logs every URL at DEBUG, and the SMS endpoint's
URL holds the full phone number, which the log tests would then find in the records."""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
import urllib.request
from typing import Any


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback test server
        return json.loads(response.read())


def _post(url: str, body: dict[str, Any]) -> Any:
    request = urllib.request.Request(  # noqa: S310 - loopback test server
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return json.loads(response.read())


def sent_sms(central_url: str, phone: str) -> list[dict[str, Any]]:
    """The texts sent to ``phone``, newest first."""
    query = urllib.parse.urlencode({"phone": phone})
    return _get(f"{central_url}/dev/sms?{query}")


def latest_code(central_url: str, phone: str) -> str:
    [newest, *_] = sent_sms(central_url, phone)
    return str(newest["code"])


def set_server_clock(central_url: str, now: dt.datetime | None) -> None:
    _post(central_url + "/dev/clock", {"now": now.isoformat() if now else None})


def add_parcel(central_url: str, **fields: Any) -> dict[str, Any]:
    return _post(central_url + "/dev/parcels", fields)
