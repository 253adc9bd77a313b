"""Checks the keyboard-wedge scanner on a real X server: the kiosk runs on Xvfb under the Russian
or Kazakh keyboard layout, xdotool types a tracking number the way a USB scanner does (key by key,
a few ms apart, Shift for capitals, Enter), and the QA port must show the parcel's result screen.
Then a person's slow typing must reach the tracking field as typed text (in Cyrillic).

    .venv/bin/python tools/wedge_x11_check.py [--layout ru|kz|us]

Needs Xvfb, xmodmap and xdotool (Debian: xvfb x11-xserver-utils xdotool).
A developer check, not part of `make test`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanners.keymap import KEY_ENTER, codes_for  # noqa: E402
from tools.screenshots import DEMO_PARCEL, Qa, start_kiosk, start_xvfb  # noqa: E402

X_OFFSET = 8
_RU_LETTERS = dict(
    zip(
        "qwertyuiop[]asdfghjkl;'zxcvbnm,.",
        [
            "shorti",
            "tse",
            "u",
            "ka",
            "ie",
            "en",
            "ghe",
            "sha",
            "shcha",
            "ze",
            "ha",
            "hardsign",
            "ef",
            "yeru",
            "ve",
            "a",
            "pe",
            "er",
            "o",
            "el",
            "de",
            "zhe",
            "e",
            "ya",
            "che",
            "es",
            "em",
            "i",
            "te",
            "softsign",
            "be",
            "yu",
        ],
        strict=True,
    )
)
_KZ_DIGITS = {
    "1": ("quotedbl", "exclam"),
    "2": ("Cyrillic_schwa", "Cyrillic_SCHWA"),
    "3": ("Ukrainian_i", "Ukrainian_I"),
    "4": ("Cyrillic_en_descender", "Cyrillic_EN_descender"),
    "5": ("Cyrillic_ghe_bar", "Cyrillic_GHE_bar"),
    "6": ("comma", "semicolon"),
    "7": ("period", "colon"),
    "8": ("Cyrillic_u_straight", "Cyrillic_U_straight"),
    "9": ("Cyrillic_u_straight_bar", "Cyrillic_U_straight_bar"),
    "0": ("Cyrillic_ka_descender", "Cyrillic_KA_descender"),
}


def layout_keymap(layout: str) -> list[str]:
    """xmodmap expressions giving the keys the Russian or Kazakh layout's characters (this Xvfb
    ignores setxkbmap, so the layout is put on the keys one by one)."""
    if layout == "us":
        return []
    expressions = []
    for char, name in _RU_LETTERS.items():
        [(code, _)] = codes_for(char)
        expressions.append(f"keycode {code + X_OFFSET} = Cyrillic_{name} Cyrillic_{name.upper()}")
    if layout == "kz":
        for char, (plain, shifted) in _KZ_DIGITS.items():
            [(code, _)] = codes_for(char)
            expressions.append(f"keycode {code + X_OFFSET} = {plain} {shifted}")
    return expressions


def keysyms_by_keycode(display: str) -> dict[int, list[str]]:
    """The active layout's keysyms for each X keycode (``xmodmap -pke``)."""
    table = subprocess.run(
        ["xmodmap", "-display", display, "-pke"], capture_output=True, text=True, check=True
    ).stdout
    keysyms = {}
    for line in table.splitlines():
        left, _, right = line.partition("=")
        if right.strip():
            keysyms[int(left.split()[1])] = right.split()
    return keysyms


def scanner_keys(text: str, keysyms: dict[int, list[str]]) -> list[str]:
    """xdotool key names that press the same physical keys a scanner presses for ``text``."""
    keys = []
    for code, shift in codes_for(text):
        name = keysyms[code + X_OFFSET][0]
        keys.append(f"shift+{name}" if shift else name)
    return [*keys, keysyms[KEY_ENTER + X_OFFSET][0]]


def xdotool(display: str, *args: str) -> None:
    subprocess.run(["xdotool", *args], env=os.environ | {"DISPLAY": display}, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layout", default="ru", choices=["ru", "kz", "us"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        xvfb, display = start_xvfb()
        try:
            expressions = layout_keymap(args.layout)
            if expressions:
                command = ["xmodmap", "-display", display]
                for expression in expressions:
                    command += ["-e", expression]
                subprocess.run(command, check=True)
            env = os.environ | {
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "HOME": home,
                "XDG_DATA_HOME": f"{home}/data",
            }
            env.pop("WAYLAND_DISPLAY", None)
            kiosk, qa_url = start_kiosk(env)
            try:
                return check(display, Qa(qa_url), args.layout)
            finally:
                kiosk.terminate()
                kiosk.wait(timeout=20)
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)


def check(display: str, qa: Qa, layout: str) -> int:
    keysyms = keysyms_by_keycode(display)
    [(c_key, _)] = codes_for("c")
    if layout != "us" and not keysyms[c_key + X_OFFSET][0].startswith("Cyrillic_"):
        print(f"WARNING: this X server refused the {layout} key map: the check runs under 'us'")
    qa.wait_for("home")
    qa.post("/qa/tap", id="receive")
    qa.wait_for("receive_tracking")
    window = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", "^Kiosk$"],
        env=os.environ | {"DISPLAY": display},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[0]
    xdotool(display, "windowfocus", "--sync", window)
    human = scanner_keys("CC01", keysyms)[:-1]
    xdotool(display, "key", "--delay", "150", *human)  # a person: 150 ms a key
    time.sleep(0.5)  # the wedge lets held keys through 40 ms after the last; a tool, not a test
    typed = qa.get("/qa/state")["inputs"].get("tracking_number", "")
    print(f"{layout}: a person typing the keys of 'CC01' put {typed!r} in the field")
    xdotool(display, "key", "--delay", "150", *["BackSpace"] * 8)
    keys = scanner_keys(DEMO_PARCEL, keysyms)
    print(f"{layout}: the scanner presses {' '.join(keys)}")
    xdotool(display, "key", "--delay", "4", *keys)  # a scanner: 4 ms a key
    try:
        qa.wait_for("receive_result")
    except Exception as exc:
        print(f"FAILED: no result screen after the scan: {exc}")
        return 1
    print(f"{layout}: scanned {DEMO_PARCEL} read right: result screen shown")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
