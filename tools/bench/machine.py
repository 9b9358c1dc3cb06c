"""What the benchmark ran on, so that two runs can be compared fairly."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return None


def _qt_versions() -> dict[str, str]:
    """Asked of a child process, so this one never loads Qt."""
    script = "import PySide6, PySide6.QtCore as c; print(PySide6.__version__, c.qVersion())"
    try:
        found = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        found = []
    return {"pyside6": found[0], "qt": found[1]} if len(found) == 2 else {}


def _sqlcipher_versions() -> dict[str, str]:
    from wellbeing.vault.db import sqlcipher  # the one module that imports it

    conn = sqlcipher.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return {"sqlcipher": cipher[0] if cipher else "", "sqlite": sqlite}


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def describe() -> dict[str, Any]:
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": _ram_gib(),
        "os": platform.platform(),
        "python": platform.python_version(),
        **_qt_versions(),
        **_sqlcipher_versions(),
        "load_average_at_start": load_average(),
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
    }
