"""The C allocator's side of the kiosk's memory (glibc; elsewhere every call here does nothing).

Python frees a ticket's images, the result screen's glyphs and a response's buffers, but glibc keeps
freed memory for reuse: in one arena per thread that ever allocated (io lanes, printer, delivery)
and below the top of each heap. Over a day that is tens of megabytes resident and never used again.
Two remedies, both measured in docs/benchmarks.md:

- :func:`tune_allocator`, once at start, before the worker threads: at most two arenas, and a fixed
  threshold above which a block gets its own mapping (returned to the system when freed; glibc
  raises the threshold by itself after the first large free, then keeps such blocks instead);
- :func:`release_free_memory` after each print job (on the printer's thread): gives back the free
  pages of every arena (``malloc_trim``), a millisecond or two.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from functools import cache

from kiosk.log import LogArea

log = logging.getLogger(LogArea.APP.logger_name)

# mallopt parameters (malloc.h)
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8

ARENAS = 2
MMAP_THRESHOLD = 128 * 1024  # glibc's own starting value, kept from growing


@cache
def _libc() -> ctypes.CDLL | None:
    """The process's C library if it is glibc (the only one whose allocator these calls tune)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        libc.gnu_get_libc_version  # noqa: B018 - glibc only: musl has no such symbol
    except (OSError, AttributeError):
        return None
    return libc


def tune_allocator(arenas: int = ARENAS, mmap_threshold: int = MMAP_THRESHOLD) -> bool:
    """Fewer arenas and a fixed large-block threshold; True if the allocator took them. Call it
    before the threads start: arenas made earlier stay."""
    libc = _libc()
    if libc is None:
        return False
    took = bool(libc.mallopt(_M_ARENA_MAX, arenas)) & bool(
        libc.mallopt(_M_MMAP_THRESHOLD, mmap_threshold)
    )
    if not took:
        log.info("the C allocator refused its tuning; running with its defaults")
    return took


def release_free_memory() -> bool:
    """Give the free pages of every arena back to the system; True if some were."""
    libc = _libc()
    return bool(libc.malloc_trim(0)) if libc is not None else False
