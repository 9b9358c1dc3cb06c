"""Process-level protections applied once at start-up, before any secret is in memory."""

from __future__ import annotations


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
