"""The PyInstaller bundle (kiosk.spec) runs a receive flow offscreen on mock hardware.

``make bundle-test`` builds dist/kiosk and runs this with ``KIOSK_BUNDLE`` naming the executable;
without it the test is skipped (``make test`` does not build the bundle: that takes minutes).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from escpos_stream import code128_text, parse
from kiosk_proc import KioskProcess, clean_env, mock_config

from kiosk.lifecycle import ExitCode

BUNDLE = os.environ.get("KIOSK_BUNDLE", "")
DEMO_PARCEL = "CC016695190KZ"
NO_SUCH_CAMERA = 57

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not BUNDLE, reason="set KIOSK_BUNDLE=dist/kiosk/kiosk (make bundle-test)"),
    pytest.mark.timeout(180),
]


@pytest.fixture
def frozen(tmp_path: Path):
    executable = Path(BUNDLE).resolve()
    assert executable.is_file(), f"no bundle at {executable}: run make bundle"
    config = mock_config(tmp_path, log_dir=tmp_path / "log")
    command = [str(executable), "--mock", "--windowed", "--qa-port", "0", "--config", str(config)]
    # A camera index with no device behind it: the camera scanner opens it through the bundled
    # OpenCV, finds nothing and says so (without OpenCV it would say it cannot load it).
    env = clean_env(tmp_path, KIOSK_SCANNERS_CAMERA_INDEX=str(NO_SUCH_CAMERA))
    env.pop("PYTHONPATH", None)
    kiosk = KioskProcess(command, env, cwd=tmp_path)  # not the source tree: only the bundle
    try:
        kiosk.wait_for_qa(timeout=120)
        yield kiosk, command, env
    finally:
        kiosk.stop()


def test_the_frozen_kiosk_completes_a_receive_flow(frozen, tmp_path: Path) -> None:
    kiosk, command, env = frozen
    state = kiosk.wait_state(lambda s: s["screen"] == "home", "the home screen")
    assert "Сәлемдемені алу" in [b["text"] for b in state["buttons"]]  # the Kazakh .qm loaded

    kiosk.qa("POST", "/qa/tap", id="lang_ru")
    kiosk.qa("POST", "/qa/tap", id="receive")
    state = kiosk.wait_state(lambda s: s["screen"] == "receive_tracking", "the entry screen")
    assert state["language"] == "ru"
    kiosk.qa("POST", "/qa/type", text=DEMO_PARCEL)
    kiosk.qa("POST", "/qa/tap", id="submit")
    state = kiosk.wait_state(lambda s: s["screen"] == "receive_result", "the result screen")
    assert "12" in state["texts"]

    [ticket] = kiosk.qa("GET", "/qa/tickets")
    commands = parse(Path(ticket["bin"]).read_bytes())
    # the parcel's barcode, then the ticket's reference (8 characters) for the checkout
    parcel, reference = [code128_text(c.payload) for c in commands if c.name == "GS k"]
    assert parcel == DEMO_PARCEL
    assert len(reference) == 8
    assert reference.isalnum()
    assert Path(ticket["png"]).stat().st_size > 1000  # rendered with the bundled font

    codes = kiosk.qa_post_image(Path(ticket["png"]).read_bytes())
    assert DEMO_PARCEL in codes  # zxing-cpp inside the bundle reads the printed barcode

    second = KioskProcess(command, env, cwd=tmp_path)
    try:
        assert second.wait(timeout=120) == ExitCode.ALREADY_RUNNING
    finally:
        second.stop()

    kiosk.process.terminate()
    assert kiosk.wait(timeout=60) == 0
    log = (tmp_path / "log" / "kiosk.log").read_text(encoding="utf-8")
    assert "signal SIGTERM: shutting down" in log
    assert f"camera not available (camera {NO_SUCH_CAMERA} cannot be opened)" in log
    assert "OpenCV cannot be loaded" not in log
    if (Path(BUNDLE).resolve().parent / "_internal" / "libzbar.so.0").exists():
        assert "zbar: the bundled library" in log  # pyzbar found the copy in the bundle


def test_the_bundle_makes_a_staff_pin_entry():
    from kiosk.maintenance.pins import verify_pin

    done = subprocess.run(
        [str(Path(BUNDLE).resolve()), "hash-pin", "S001"],
        input="2468\n2468\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    encoded = done.stdout.strip().splitlines()[-1].split('pin_hash = "')[1].rstrip('" }')
    assert verify_pin("2468", encoded)
