"""The process's own memory (Linux, glibc): its resident set, and freed heap handed back.

Used by gunicorn's workers after a request that grew them (gunicorn.conf.py) and by the note
tagger's process after it renews its pipeline (diary/tagger_service.py).
"""

from __future__ import annotations

import contextlib
import ctypes
import os


def resident_mib() -> float:
    """This process's resident set in MiB (OSError where there is no /proc)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def trim_heap() -> None:
    """Hand the pages the allocator keeps after Python freed their objects back to the system
    (glibc's malloc_trim; elsewhere nothing)."""
    with contextlib.suppress(AttributeError, OSError):
        ctypes.CDLL(None).malloc_trim(0)  # the process's own symbols, libc's among them
