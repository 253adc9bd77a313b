"""``python -m kiosk --mock --qa-port 0`` in its own process, driven through the QA port alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from escpos_stream import code128_text, parse
from kiosk_proc import KioskProcess, clean_env, mock_config

DEMO_PARCEL = "CC016695190KZ"


@pytest.fixture
def kiosk_process(tmp_path: Path):
    command = [sys.executable, "-m", "kiosk", "--mock", "--windowed", "--qa-port", "0"]
    kiosk = KioskProcess([*command, "--config", str(mock_config(tmp_path))], clean_env(tmp_path))
    try:
        yield kiosk.wait_for_qa(timeout=30), kiosk.process, kiosk.lines
    finally:
        kiosk.stop()


def qa(url: str, method: str, path: str, **body):
    response = requests.request(method, url + path, json=body or None, timeout=10)
    response.raise_for_status()
    return response.json()


def wait_for(url: str, predicate, what: str, attempts: int = 200) -> dict:
    """Poll /qa/state until ``predicate`` holds (each poll is a real round trip, no sleeping)."""
    for _ in range(attempts):
        state = qa(url, "GET", "/qa/state")
        if predicate(state):
            return state
    raise AssertionError(f"never saw {what}; last state: {state}")


def test_receive_flow_through_the_qa_port_alone(kiosk_process):
    url, process, _ = kiosk_process
    state = qa(url, "GET", "/qa/state")
    assert state["screen"] == "home"
    assert {"receive", "send", "lang_kk", "lang_ru", "lang_en"} <= {
        b["id"] for b in state["buttons"]
    }

    qa(url, "POST", "/qa/tap", id="lang_ru")
    qa(url, "POST", "/qa/tap", id="receive")
    state = wait_for(url, lambda s: s["screen"] == "receive_tracking", "the entry screen")
    assert state["language"] == "ru"
    qa(url, "POST", "/qa/type", text=DEMO_PARCEL)
    assert qa(url, "GET", "/qa/state")["inputs"]["tracking_number"] == "CC 0166 9519 0 KZ"
    qa(url, "POST", "/qa/tap", id="submit")

    state = wait_for(url, lambda s: s["screen"] == "receive_result", "the result screen")
    assert "12" in state["texts"]
    [ticket] = qa(url, "GET", "/qa/tickets")
    commands = parse(Path(ticket["bin"]).read_bytes())
    codes = [code128_text(c.payload) for c in commands if c.name == "GS k"]
    assert codes[0] == DEMO_PARCEL  # then the ticket's reference, for the checkout
    assert len(codes) == 2
    assert Path(ticket["png"]).is_file()

    def recorded(report) -> bool:
        return [(r["tracking_numbers"], r["state"]) for r in report["ticket_records"]] == [
            ([DEMO_PARCEL], "delivered")
        ]

    deadline = time.monotonic() + 20  # the record goes out on the delivery worker
    while not recorded(report := qa(url, "GET", "/qa/outbox")) and time.monotonic() < deadline:
        pass  # each poll is a real round trip, no sleeping
    assert recorded(report), report
    assert process.poll() is None


def test_qa_port_rejects_what_it_cannot_do(kiosk_process):
    url, _, _ = kiosk_process
    missing = requests.post(url + "/qa/tap", json={"id": "no_such_button"}, timeout=10)
    assert missing.status_code == 404
    not_json = requests.post(url + "/qa/tap", data=b"\xff", timeout=10)
    assert not_json.status_code == 400
    bad_state = requests.post(url + "/qa/printer", json={"state": "on_fire"}, timeout=10)
    assert bad_state.status_code == 400
    not_image = requests.post(url + "/qa/scan-image", data=b"not an image", timeout=10)
    assert not_image.status_code == 400
    delete = requests.delete(url + "/qa/state", timeout=10)
    assert delete.status_code == 404
    assert "error" in delete.json()
    assert qa(url, "GET", "/qa/state")["screen"] == "home"

    qa(url, "POST", "/qa/tap", id="receive")
    wait_for(url, lambda s: s["screen"] == "receive_tracking", "the entry screen")
    no_key = requests.post(url + "/qa/type", json={"text": "CC01ÄÖ"}, timeout=10)
    assert no_key.status_code == 400  # the keyboard has no Ä: nothing is typed
    assert qa(url, "GET", "/qa/state")["inputs"]["tracking_number"] == ""
    typed = qa(url, "POST", "/qa/type", text=DEMO_PARCEL + "X")
    assert typed["value"] == "CC 0166 9519 0 KZ"  # like the keys: the 14th character is refused


def test_scan_and_printer_faults_through_the_qa_port(kiosk_process):
    url, _, _ = kiosk_process
    qa(url, "POST", "/qa/printer", state="paper_out")  # the printer is required by default
    wait_for(url, lambda s: s["screen"] == "out_of_service", "the out-of-service screen")
    qa(url, "POST", "/qa/scan", code=DEMO_PARCEL, source="qa")
    assert qa(url, "GET", "/qa/state")["screen"] == "out_of_service"

    qa(url, "POST", "/qa/printer", state="ok")
    wait_for(url, lambda s: s["screen"] == "home", "the home screen back")
    answer = qa(url, "POST", "/qa/printer", state="cover_open", midway=True)
    assert answer == {"printer": "cover_open", "midway": True}
    qa(url, "POST", "/qa/scan", code=DEMO_PARCEL, source="qa")
    state = wait_for(url, lambda s: s["screen"] == "receive_result", "the result screen")
    assert "12" in state["texts"]  # the location stays on the screen, without a ticket
    assert qa(url, "GET", "/qa/tickets") == []


def test_sigterm_shuts_down_in_order(kiosk_process):
    url, process, _seen = kiosk_process
    assert qa(url, "GET", "/qa/state")["screen"] == "home"
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=15) == 0


def test_qa_port_refuses_to_start_without_mock_hardware():
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--qa-port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2
    assert "--qa-port is available only with --mock" in result.stderr


def test_a_terminal_without_central_settings_says_what_is_missing(tmp_path):
    env = dict(os.environ)  # without KIOSK_* settings: the harness cleared them
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(tmp_path / "missing.toml")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env | {"QT_QPA_PLATFORM": "offscreen", "KIOSK_CONFIG": ""},
    )
    assert result.returncode == 2
    assert "missing.toml" in result.stderr  # an explicit file that is not there


def test_no_api_url_or_terminal_id_is_a_configuration_error(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text("[printer]\nbackend = 'mock'\n")
    env = dict(os.environ)  # without KIOSK_* settings: the harness cleared them
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2
    assert "api.url: required" in result.stderr
    assert "terminal.id: required" in result.stderr


def test_an_image_through_the_qa_port_is_decoded_and_scanned(kiosk_process):
    """POST /qa/scan-image: the camera decoder's path; the codes found are answered and delivered
    as a scan (here: the demo parcel's tracking number, so its ticket prints)."""
    import io

    import zxingcpp
    from barcode_frames import frame
    from PIL import Image

    url, _, _ = kiosk_process
    picture = frame((1280, 720), [(zxingcpp.BarcodeFormat.Code128, DEMO_PARCEL)])
    body = io.BytesIO()
    Image.fromarray(picture).save(body, format="PNG")
    response = requests.post(url + "/qa/scan-image", data=body.getvalue(), timeout=30)
    response.raise_for_status()
    assert response.json() == {"codes": [DEMO_PARCEL]}
    state = wait_for(url, lambda s: s["screen"] == "receive_result", "the result screen")
    assert "12" in state["texts"]

    garbage = requests.post(url + "/qa/scan", json={"code": "CC01\x07"}, timeout=10)
    assert garbage.status_code == 400
    assert "not a code" in garbage.json()["error"]


def test_speech_and_the_keypad_through_the_qa_port(kiosk_process):
    url, _, _ = kiosk_process
    assert qa(url, "GET", "/qa/speech") == []  # nothing is said before the customer asks
    assert qa(url, "POST", "/qa/key", key="help") == {"key": "help"}
    [home] = qa(url, "GET", "/qa/speech")
    assert (home["n"], home["language"]) == (1, "kk")
    assert home["text"].startswith("Сәлемдемелерді алу және жіберу.")
    assert Path(home["wav"]).name == "0001.wav"
    qa(url, "POST", "/qa/key", key="enter")  # the home screen's main button: Receive
    wait_for(url, lambda s: s["screen"] == "receive_tracking", "the entry screen")
    for digit in "0166":
        qa(url, "POST", "/qa/key", key=digit)
    assert qa(url, "GET", "/qa/state")["inputs"]["tracking_number"] == "01 66"
    said = qa(url, "GET", "/qa/speech")
    assert [r["text"] for r in said[-4:]] == ["нөл", "бір", "алты", "алты"]
    qa(url, "POST", "/qa/key", key="clear")
    assert qa(url, "GET", "/qa/state")["inputs"]["tracking_number"] == ""
    assert qa(url, "GET", "/qa/speech")[-1]["text"] == "Трек-нөмір, енгізу өрісі, бос."
    unknown = requests.post(url + "/qa/key", json={"key": "louder"}, timeout=10)
    assert unknown.status_code == 400
    qa(url, "POST", "/qa/key", key="back")
    wait_for(url, lambda s: s["screen"] == "home", "the home screen")
