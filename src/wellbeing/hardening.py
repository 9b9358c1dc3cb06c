"""Process-level protections applied once at start-up, before any secret is in memory."""

from __future__ import annotations

import os
import sys

#: For the memory tests only: leave the process readable by a test that has no
#: CAP_SYS_PTRACE (a test running as root reads it anyway). Never set it otherwise.
KEEP_DUMPABLE_ENV = "WELLBEING_TEST_KEEP_DUMPABLE"

_PR_SET_DUMPABLE = 4


def harden() -> None:
    """Everything below, in one call from the entry point."""
    disable_core_dumps()
    forbid_memory_reading()


def disable_core_dumps() -> bool:
    """No core file may hold the data key or decrypted pages if the app ever crashes.

    Sets the core size limit to zero (Linux and macOS). Returns whether it applied.
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: no core dumps of this kind
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):  # pragma: no cover - a sandbox may refuse; keep going
        return False
    return True


def forbid_memory_reading() -> bool:
    """Linux: mark the process not dumpable (``prctl(PR_SET_DUMPABLE, 0)``).

    Then no core dump is written whatever the limit, and other processes of the same
    user can neither attach a debugger (ptrace) nor read ``/proc/PID/mem``: only a
    process with CAP_SYS_PTRACE (root) still can. A program started by ``exec`` is
    dumpable again, so every start of the app calls this. Returns whether it applied.
    """
    if not sys.platform.startswith("linux") or os.environ.get(KEEP_DUMPABLE_ENV) == "1":
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
    except (OSError, AttributeError):  # pragma: no cover - no libc prctl: keep going
        return False
