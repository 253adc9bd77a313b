"""Screenshots of the kiosk as a terminal shows it: full screen on a virtual X display (Xvfb).

Starts Xvfb, runs ``python -m kiosk --mock --qa-port 0`` on it full screen, drives it through the
QA control port, and saves the home, tracking-entry and result screens in every language as
``docs/screenshots/<screen>-<lang>.png``. Run it with ``make screenshots``
(``tools/system-deps.sh screenshots`` installs Xvfb).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
DEMO_PARCEL = "CC016695190KZ"  # awaiting pickup at row 3, compartment 12 in the demo data
LANGUAGES = ("kk", "ru", "en")
SEND_BOXES = {"kk": "CB200000010KZ", "ru": "CB200000023KZ", "en": "CB200000037KZ"}  # unused
SCREEN_SIZE = "1920x1080"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        xvfb, display = start_xvfb()
        try:
            env = os.environ | {
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "HOME": home,
                "XDG_DATA_HOME": f"{home}/data",
            }
            env.pop("WAYLAND_DISPLAY", None)
            os.environ.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
            kiosk, qa_url = start_kiosk(env)
            try:
                shoot_all(qa_url, args.out)
            finally:
                kiosk.terminate()
                kiosk.wait(timeout=20)
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)
    return 0


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    command = ["Xvfb", "-displayfd", str(write_fd), "-nolisten", "tcp"]
    xvfb = subprocess.Popen(
        [*command, "-screen", "0", f"{SCREEN_SIZE}x24"],
        pass_fds=(write_fd,),
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise SystemExit("Xvfb did not start (install it: tools/system-deps.sh screenshots)")
    return xvfb, f":{number}"


def start_kiosk(env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--mock", "--qa-port", "0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert kiosk.stdout is not None
    for line in kiosk.stdout:
        match = re.match(r"QA control: (\S+)", line)
        if match:
            return kiosk, match.group(1)
    raise SystemExit(f"the kiosk exited ({kiosk.wait()}) before its QA port was up")


def shoot_all(qa_url: str, out: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])
    qa = Qa(qa_url)
    for lang in LANGUAGES:
        qa.wait_for("home")
        qa.post("/qa/tap", id=f"lang_{lang}")
        save(app, out / f"home-{lang}.png")
        qa.post("/qa/tap", id="receive")
        qa.wait_for("receive_tracking")
        qa.post("/qa/type", text=DEMO_PARCEL[:9])
        save(app, out / f"tracking-{lang}.png")
        qa.post("/qa/type", text=DEMO_PARCEL[9:])
        qa.post("/qa/tap", id="submit")
        qa.wait_for("receive_result")
        save(app, out / f"result-{lang}.png")
        qa.post("/qa/tap", id="home")
        shoot_send(app, qa, lang, out)
    del app


def shoot_send(app: Any, qa: Qa, lang: str, out: Path) -> None:
    """The send flow: the scan screen, the confirmation, the done screen, and the receipt."""
    import shutil

    qa.wait_for("home")
    qa.post("/qa/tap", id=f"lang_{lang}")  # the receive flow's end went back to the default
    qa.post("/qa/tap", id="send")
    qa.wait_for("send_scan")
    save(app, out / f"send-scan-{lang}.png")
    qa.post("/qa/scan", code=SEND_BOXES[lang], source="screenshots")
    qa.wait_for("send_confirm")
    save(app, out / f"send-confirm-{lang}.png")
    qa.post("/qa/tap", id="confirm_send")
    qa.wait_for("send_done")
    save(app, out / f"send-done-{lang}.png")
    receipt = qa.get("/qa/tickets")[-1]["png"]
    shutil.copyfile(receipt, out / f"receipt-{lang}.png")
    qa.post("/qa/tap", id="home")


def save(app: Any, path: Path) -> None:
    """Grab the whole virtual screen once the picture has stopped changing (the last paint done)."""
    screen = app.primaryScreen()
    previous = None
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        app.processEvents()
        image = screen.grabWindow(0).toImage()
        if previous is not None and image == previous:
            break
        previous = image
        time.sleep(0.3)  # let the kiosk paint; a tool, not a test
    image.save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


class Qa:
    def __init__(self, url: str) -> None:
        self.url = url

    def get(self, path: str) -> Any:
        answer = requests.get(self.url + path, timeout=10)
        answer.raise_for_status()
        return answer.json()

    def post(self, path: str, **body: str) -> Any:
        answer = requests.post(self.url + path, json=body, timeout=10)
        answer.raise_for_status()
        return answer.json()

    def wait_for(self, screen: str) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            state = self.get("/qa/state")
            if state["screen"] == screen and not state["busy"]:
                return
            time.sleep(0.05)
        raise SystemExit(f"the kiosk did not reach {screen!r}: {state}")


if __name__ == "__main__":
    sys.exit(main())
