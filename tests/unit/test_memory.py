"""The C allocator's upkeep (kiosk/memory.py): freed memory really goes back to the system."""

from __future__ import annotations

import ctypes

import pytest

from kiosk import memory

glibc_only = pytest.mark.skipif(memory._libc() is None, reason="glibc's allocator only")


def resident_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


@glibc_only
def test_freed_memory_between_live_blocks_goes_back_to_the_system():
    # 40 MB of 4 KB blocks (past Python's small-object allocator: straight from malloc), every
    # 64th kept: the rest is free but trapped below the heap's top, which glibc keeps by itself.
    blocks = [ctypes.create_string_buffer(4096) for _ in range(10_000)]
    kept = blocks[::64]
    del blocks
    before = resident_kb()
    assert memory.release_free_memory()
    after = resident_kb()
    assert before - after > 20_000, (before, after)
    assert all(len(block) == 4096 for block in kept)


@glibc_only
def test_the_allocator_takes_its_tuning():
    assert memory.tune_allocator()


def test_without_glibc_both_do_nothing(monkeypatch):
    monkeypatch.setattr(memory, "_libc", lambda: None)
    assert memory.tune_allocator() is False
    assert memory.release_free_memory() is False
