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

from kiosk.maintenance.pins import hash_pin

ROOT = Path(__file__).resolve().parent.parent
DEMO_PARCEL = "CC016695190KZ"  # awaiting pickup at row 3, compartment 12 in the demo data
LANGUAGES = ("kk", "ru", "en")
STAFF_MESSAGES = {  # typed on the message panel's keyboard, in each language's letters
    "kk": "ҮЗІЛІС 15:00-ГЕ ДЕЙІН",
    "ru": "ПЕРЕРЫВ ДО 15:00",
    "en": "BACK AT 15:00",
}
DEMO_PHONE = "+77011234567"  # the demo phone with several items
CENTRAL_URL: list[str] = []  # the embedded central server's URL, read from the kiosk's output
SEND_BOXES = {"kk": "CB200000010KZ", "ru": "CB200000023KZ", "en": "CB200000037KZ"}  # unused
SCREEN_SIZE = "1920x1080"
STAFF_ID, STAFF_PIN = "S001", "2468"  # a demo staff entry, given to the kiosk via its environment


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
                "KIOSK_MAINTENANCE_STAFF": f"{STAFF_ID}:{hash_pin(STAFF_PIN)}",
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
        central = re.match(r"Central API \(embedded, demo data\): (\S+)", line)
        if central:
            CENTRAL_URL.append(central.group(1))
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
        shoot_phone(app, qa, lang, out)
        shoot_send(app, qa, lang, out)
        shoot_maintenance(app, qa, lang, out)
    for lang in ("kk", "ru"):
        shoot_out_of_service(app, qa, lang, out)
    del app


def shoot_out_of_service(app: Any, qa: Qa, lang: str, out: Path) -> None:
    """The printer (required by default) out of paper: the out-of-service screen."""
    qa.wait_for("home")
    qa.post("/qa/tap", id=f"lang_{lang}")
    qa.post("/qa/printer", state="paper_out")
    qa.wait_for("out_of_service")
    save(app, out / f"out-of-service-{lang}.png")
    qa.post("/qa/printer", state="ok")


def shoot_phone(app: Any, qa: Qa, lang: str, out: Path) -> None:
    """Receive by phone: the phone half typed, the code half typed, the demo phone's items."""
    qa.wait_for("home")
    qa.post("/qa/tap", id=f"lang_{lang}")  # the last customer's session reset the language
    qa.post("/qa/tap", id="receive")
    qa.wait_for("receive_tracking")
    qa.post("/qa/tap", id="use_phone")
    qa.wait_for("receive_phone")
    digits = DEMO_PHONE[2:]
    qa.post("/qa/type", text=digits[:6])
    save(app, out / f"phone-{lang}.png")
    qa.post("/qa/type", text=digits[6:])
    qa.post("/qa/tap", id="submit")
    qa.wait_for("receive_otp")
    sent = requests.get(CENTRAL_URL[0] + "/dev/sms", params={"phone": DEMO_PHONE}, timeout=10)
    sent.raise_for_status()
    code = sent.json()[0]["code"]
    qa.post("/qa/type", text=code[:3])
    save(app, out / f"otp-{lang}.png")
    qa.post("/qa/type", text=code[3:])
    qa.post("/qa/tap", id="submit")
    qa.wait_for("receive_items")
    save(app, out / f"items-{lang}.png")
    qa.post("/qa/tap", id="home")
    qa.wait_for("receive_done")


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


def shoot_maintenance(app: Any, qa: Qa, lang: str, out: Path) -> None:
    """Staff: the PIN pad (two digits typed), the dashboard, the out-of-service screen with a
    staff message; then back in service."""
    qa.wait_for("home")
    qa.post("/qa/tap", id=f"lang_{lang}")
    for _ in range(5):
        qa.post("/qa/tap", id="staff_corner")
    qa.wait_for("maintenance_pin")
    qa.post("/qa/type", text=STAFF_PIN[:2])
    save(app, out / f"maintenance_pin-{lang}.png")
    qa.post("/qa/type", text=STAFF_PIN[2:])
    qa.post("/qa/tap", id="submit")
    qa.wait_for("maintenance")
    qa.wait_until(lambda state: any(t.endswith(("ms", "мс")) for t in state["texts"]))
    save(app, out / f"maintenance-{lang}.png")
    qa.post("/qa/tap", id="service_toggle")
    for n, word in enumerate(STAFF_MESSAGES[lang].split()):
        if n:
            qa.post("/qa/tap", id="key_space")
        qa.post("/qa/type", text=word)
    save(app, out / f"maintenance_message-{lang}.png")
    qa.post("/qa/tap", id="take_out_of_service")
    qa.post("/qa/tap", id="close_maintenance")
    qa.wait_for("out_of_service")
    save(app, out / f"out-of-service-message-{lang}.png")
    for _ in range(5):
        qa.post("/qa/tap", id="staff_corner")
    qa.wait_for("maintenance_pin")
    qa.post("/qa/type", text=STAFF_PIN)
    qa.post("/qa/tap", id="submit")
    qa.wait_for("maintenance")
    qa.post("/qa/tap", id="service_toggle")
    qa.post("/qa/tap", id="close_maintenance")
    qa.wait_for("home")


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

    def wait_until(self, ok: Any) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            state = self.get("/qa/state")
            if ok(state):
                return
            time.sleep(0.05)
        raise SystemExit(f"the kiosk did not get there: {state}")

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
