"""``python -m kiosk``: start the kiosk. See ``--help``.

``python -m kiosk hash-pin [STAFF_ID]`` (or ``kiosk hash-pin`` from the bundle) prints the
configuration entry of a new staff PIN instead, without loading the GUI.
"""

from __future__ import annotations

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["hash-pin"]:
        from kiosk.maintenance.pins import main as hash_pin

        sys.exit(hash_pin(sys.argv[2:]))
    from kiosk.app import main

    sys.exit(main())
