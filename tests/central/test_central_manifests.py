"""``python -m central admin``: manifests of expected parcels, and terminals with a role; a
production server then lets a staff station of that role shelve what the manifest lists."""

from __future__ import annotations

import contextlib
import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from central_testlib import assert_problem

from central.admin import main as admin_main
from central.manifests import demo_manifest, parse
from central.server import EmbeddedServer, start_embedded
from central.settings import Settings

MANIFEST = """tracking_number,kind,recipient_phone,recipient_name,cod_amount_kzt
CC400000015KZ,parcel,8 701 555 44 33,Сәуле Қасымова,7500
RR400000029KZ,small_package,,Иван Петров,0
CC400000019KZ,parcel,+77015554433,Bad Digit,0
CC400000032KZ,parcel,+79161234567,Russian Phone,0
CC400000046KZ,letter,+77015554433,Wrong Kind,0
CC400000050KZ,parcel,+77015554433,Negative,-5
CC400000015KZ,parcel,+77015554433,Twice In The File,0
"""


def admin(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = admin_main(["--db", str(db), *args])
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "central.sqlite3"


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    path = tmp_path / "manifest.csv"
    path.write_text(MANIFEST, encoding="utf-8")
    return path


@pytest.fixture
def server(db: Path) -> Iterator[EmbeddedServer]:
    admin(db, "terminals", "list")  # creates the database with today's schema
    with start_embedded(settings=Settings(db_url=f"sqlite:///{db}", dev=False)) as running:
        yield running


def test_a_manifest_is_imported_once_with_each_skipped_line_and_why(
    db: Path, manifest: Path
) -> None:
    first = admin(db, "manifests", "import", str(manifest))
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        "imported 2, skipped 5",
        "line 4: bad S10 tracking number",
        "line 5: CC400000032KZ: bad phone",
        "line 6: CC400000046KZ: bad kind (parcel or small_package)",
        "line 7: CC400000050KZ: bad COD amount (whole tenge)",
        "line 8: CC400000015KZ: already known",
    ]
    assert "5554433" not in first.stdout  # no phone numbers printed
    again = admin(db, "manifests", "import", str(manifest)).stdout.splitlines()
    assert again[0] == "imported 0, skipped 7"
    assert "line 2: CC400000015KZ: already known" in again


def test_a_file_that_is_not_a_manifest_is_refused(db: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("number,phone\nCC400000015KZ,+77015554433\n", encoding="utf-8")
    result = admin(db, "manifests", "import", str(wrong))
    assert result.returncode == 1
    assert "header tracking_number,kind," in result.stderr
    missing = admin(db, "manifests", "import", str(tmp_path / "none.csv"))
    assert (missing.returncode, missing.stderr.startswith("Cannot read")) == (1, True)


def test_the_demo_manifest_is_clean() -> None:
    rows, skipped = parse(demo_manifest())
    assert skipped == []
    assert 5 <= len(rows) <= 10


def test_a_staff_station_registered_with_its_role_shelves_the_manifest(
    db: Path, manifest: Path, server: EmbeddedServer
) -> None:
    admin(db, "manifests", "import", str(manifest))
    stocking = admin(
        db, "terminals", "add", "T-KRG-S", "--name", "Karaganda — stocking", "--role", "stocking"
    )
    token = stocking.stdout.splitlines()[-1]
    assert "(stocking)" in stocking.stdout
    customer_token = admin(db, "terminals", "add", "T-KRG-01", "--name", "Karaganda").stdout
    listing = admin(db, "terminals", "list").stdout.splitlines()
    assert listing[0].split()[:2] == ["id", "role"]
    assert [line.split()[1] for line in listing[1:]] == ["customer", "stocking"]
    body = {"tracking_number": "CC400000015KZ", "row": "1", "compartment": "1", "staff_id": "S-1"}
    url = f"{server.url}/api/v1/staff/shelvings"
    as_customer = {"Authorization": f"Bearer {customer_token.splitlines()[-1]}"}
    assert_problem(httpx.post(url, json=body, headers=as_customer), 403, "wrong_role")
    shelved = httpx.post(url, json=body, headers={"Authorization": f"Bearer {token}"})
    assert shelved.status_code == 201, shelved.text
    assert shelved.json()["pickup_code"] is None  # a production server never shows the code
    assert shelved.json()["sms_sent"] is True
