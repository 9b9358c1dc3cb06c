"""The layering promises: no Qt below the UI, no networking anywhere."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import wellbeing

PACKAGE = Path(wellbeing.__file__).parent
NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "socketserver",
    "asyncio",
    "selectors",
    "requests",
    "httpx",
    "aiohttp",
    "websocket",
    "websockets",
    "email",
}
NETWORK_QT = {
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebChannel",
    "PySide6.QtHttpServer",
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_domain_and_vault_import_no_qt() -> None:
    for layer in ("domain", "vault"):
        for path in (PACKAGE / layer).rglob("*.py"):
            qt = {name for name in _imports(path) if name.split(".")[0] == "PySide6"}
            assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}"


def test_no_module_imports_networking() -> None:
    for path in PACKAGE.rglob("*.py"):
        names = _imports(path)
        roots = {name.split(".")[0] for name in names}
        bad = (roots & NETWORK_MODULES) | (names & NETWORK_QT)
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


def test_cli_and_vault_load_no_qt_and_no_networking_at_run_time() -> None:
    """What actually ends up in sys.modules, including what dependencies pull in."""
    # Modules that can open a connection (urllib.parse, which pathlib uses, cannot).
    watched = [
        "socket",
        "ssl",
        "http.client",
        "urllib.request",
        "ftplib",
        "smtplib",
        "xmlrpc.client",
        "requests",
        "httpx",
        "aiohttp",
        "websockets",
    ]
    script = (
        "import sys, wellbeing.cli, wellbeing.vault.vault\n"
        f"print(sorted(m for m in sys.modules if m in {watched!r} or "
        "m.startswith('PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]", out
