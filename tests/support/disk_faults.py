"""Real faults on a real SQLite file, for the outbox's fault tests: garbage, a truncated file, a
damaged page of a chosen table (found through ``sqlite_master.rootpage`` and the page size, then
overwritten), and small filesystems mounted by the test (as root) to fill up or make read-only.

The file must be closed (its WAL checkpointed into it) before it is damaged.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

INTERIOR_TABLE_PAGE = 0x05
LEAF_TABLE_PAGE = 0x0D


def write_garbage(path: Path, size: int = 65536, seed: int = 14) -> None:
    """``head -c size /dev/urandom > path``, but the same bytes every run."""
    import random

    path.write_bytes(random.Random(seed).randbytes(size))


def truncate(path: Path, fraction: float = 0.5) -> int:
    """Cut the file to ``fraction`` of its pages; the size left."""
    page_size = _page_size(path)
    pages = path.stat().st_size // page_size
    keep = max(1, int(pages * fraction)) * page_size
    os.truncate(path, keep)
    return keep


def _page_size(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        return int(db.execute("PRAGMA page_size").fetchone()[0])


def _page(data: bytes, number: int, page_size: int) -> tuple[int, bytes]:
    """The page's offset in the file, and its b-tree header's bytes (page 1's after the file's
    own header)."""
    start = (number - 1) * page_size
    header = start + (100 if number == 1 else 0)
    return header, data[header : header + 12]


def table_pages(path: Path, table: str) -> tuple[int, list[int]]:
    """The table's root page and its leaf pages, walked from ``sqlite_master.rootpage``."""
    page_size = _page_size(path)
    with closing(sqlite3.connect(path)) as db:
        [(root,)] = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    data = path.read_bytes()
    leaves: list[int] = []
    todo = [int(root)]
    while todo:
        number = todo.pop()
        offset, header = _page(data, number, page_size)
        kind = header[0]
        if kind == LEAF_TABLE_PAGE:
            leaves.append(number)
            continue
        assert kind == INTERIOR_TABLE_PAGE, f"page {number} of {table} is of type {kind:#x}"
        cells = int.from_bytes(header[3:5], "big")
        todo.append(int.from_bytes(header[8:12], "big"))  # the right-most child
        pointers = data[offset + 12 : offset + 12 + 2 * cells]
        page_start = (number - 1) * page_size
        for n in range(cells):
            cell = page_start + int.from_bytes(pointers[2 * n : 2 * n + 2], "big")
            todo.append(int.from_bytes(data[cell : cell + 4], "big"))
    return int(root), sorted(leaves)


def rowids_on(path: Path, table: str, page: int) -> list[int]:
    """The ids a leaf page holds (read before it is damaged)."""
    page_size = _page_size(path)
    data = path.read_bytes()
    offset, header = _page(data, page, page_size)
    assert header[0] == LEAF_TABLE_PAGE
    cells = int.from_bytes(header[3:5], "big")
    pointers = data[offset + 8 : offset + 8 + 2 * cells]
    page_start = (page - 1) * page_size
    ids = []
    for n in range(cells):
        at = page_start + int.from_bytes(pointers[2 * n : 2 * n + 2], "big")
        _size, at = _varint(data, at)
        rowid, _ = _varint(data, at)
        ids.append(rowid)
    return ids


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for n in range(9):
        byte = data[at + n]
        if n == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + n + 1
    raise AssertionError("unreachable")


def damage_page(path: Path, page: int) -> None:
    """Overwrite the page's b-tree header with bytes no page has (its type, its cell count)."""
    page_size = _page_size(path)
    offset = (page - 1) * page_size + (100 if page == 1 else 0)
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xa7\xff\xff\xff\xff\xff\xff\xff")


def is_root() -> bool:
    return os.geteuid() == 0


@contextlib.contextmanager
def small_filesystem(mount_point: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` mounted at ``mount_point`` for the test (root only: skipped with the
    reason otherwise), unmounted after it."""
    if not is_root():
        pytest.skip("mounting a small filesystem needs root (CI runs as root)")
    mount_point.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount_point)],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False, capture_output=True)


def remount(mount_point: Path, *, read_only: bool) -> None:
    mode = "ro" if read_only else "rw"
    subprocess.run(["mount", "-o", f"remount,{mode}", str(mount_point)], check=True)


def fill(directory: Path, leave_bytes: int = 0) -> Path:
    """Fill the filesystem of ``directory`` until ``leave_bytes`` (or less) are free; the
    filler file (remove it to free the space)."""
    filler = directory / "filler.bin"
    with filler.open("ab") as fh:
        while True:
            free = os.statvfs(directory).f_bavail * os.statvfs(directory).f_frsize
            if free <= leave_bytes:
                break
            try:
                fh.write(b"\0" * min(65536, max(4096, free - leave_bytes)))
                fh.flush()
            except OSError:
                break
    return filler
