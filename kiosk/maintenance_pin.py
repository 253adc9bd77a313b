"""``python -m kiosk.maintenance_pin [STAFF_ID]``: read a new staff PIN twice without echo and
print the configuration entry with its salted hash (for ``[maintenance] staff``)."""

from __future__ import annotations

import getpass
import sys

from kiosk.maintenance.pins import MAX_DIGITS, MIN_DIGITS, hash_pin, valid_pin


def main(argv: list[str] | None = None, read: object = getpass.getpass) -> int:
    args = sys.argv[1:] if argv is None else argv
    staff_id = args[0] if args else "STAFF-ID"
    ask = read if callable(read) else getpass.getpass
    pin = ask(f"New PIN for {staff_id} ({MIN_DIGITS}-{MAX_DIGITS} digits): ")
    if not valid_pin(pin):
        print(f"kiosk: a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits", file=sys.stderr)
        return 2
    if ask("Again: ") != pin:
        print("kiosk: the two PINs differ; nothing printed", file=sys.stderr)
        return 2
    print(f'{{ id = "{staff_id}", pin_hash = "{hash_pin(pin)}" }}')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
