"""deploy/udev/60-kiosk-printer.rules read as udev reads its match keys: a rule that matches the
driver a device is bound to must match the "bind" event, since on "add" no driver is bound yet."""

from __future__ import annotations

import re
from pathlib import Path

RULES = Path(__file__).resolve().parents[2] / "deploy" / "udev" / "60-kiosk-printer.rules"
_PAIR = re.compile(r'([A-Z]+(?:\{[^}]*\})?)\s*(==|!=|\+=|=|:=)\s*"([^"]*)"')


def rules() -> list[dict[str, tuple[str, str]]]:
    parsed = []
    for line in RULES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            parsed.append({key: (op, value) for key, op, value in _PAIR.findall(line)})
    return parsed


def test_usblp_is_unbound_on_the_bind_event() -> None:
    unbind = [rule for rule in rules() if "usblp/unbind" in rule.get("RUN", ("", ""))[1]]

    assert len(unbind) == 1
    assert unbind[0]["ACTION"] == ("==", "bind")
    assert unbind[0]["DRIVER"] == ("==", "usblp")
    assert unbind[0]["ENV{DEVTYPE}"] == ("==", "usb_interface")


def test_no_rule_matches_a_driver_on_add() -> None:
    for rule in rules():
        if "DRIVER" in rule:
            assert rule.get("ACTION") == ("==", "bind"), rule


def test_every_printer_given_to_the_kiosk_group_is_kept_from_usblp() -> None:
    access = [rule for rule in rules() if rule.get("GROUP") == ("=", "kiosk")]
    devices = [rule for rule in access if rule.get("ENV{DEVTYPE}") == ("==", "usb_device")]
    (unbind,) = [rule for rule in rules() if "RUN" in rule]
    unbound_vendors = set(unbind["ATTRS{idVendor}"][1].split("|"))

    assert devices
    assert all("ACTION" not in rule for rule in devices)  # on plugging in and on udevadm trigger
    assert {rule["ATTR{idVendor}"][1] for rule in devices} <= unbound_vendors
