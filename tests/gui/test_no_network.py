"""A whole session of the app opens no socket: not from Python, not from Qt's C++ side."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import FAST_KDF
from wellbeing.app import App
from wellbeing.domain.changes import Kind
from wellbeing.domain.journal import JournalEntry
from wellbeing.services.settings import Settings

pytestmark = pytest.mark.gui


def _socket_fds() -> set[str]:
    """Sockets this process holds right now, as the kernel sees them (Linux)."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            found.add(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs Linux /proc")
def test_full_session_opens_no_socket(qtbot, tmp_path: Path, monkeypatch) -> None:
    attempts: list[str] = []

    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            attempts.append(f"socket{args}")
            raise PermissionError("network use is not allowed in Wellbeing")

    def refuse(name: str):
        def blocked(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise PermissionError("network use is not allowed in Wellbeing")

        return blocked

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "socketpair", "fromfd", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refuse(name))
    before = _socket_fds()

    app = App(tmp_path / "vault", Settings(tmp_path / "settings.ini"), kdf=FAST_KDF)
    qtbot.addWidget(app.window)
    app.window.show()
    welcome = app.window.welcome
    welcome.begin_button.click()
    qtbot.keyClicks(welcome.passphrase.first, "one two three four")
    qtbot.keyClicks(welcome.passphrase.second, "one two three four")
    with qtbot.waitSignal(app.service.created, timeout=20_000):
        welcome.create_button.click()
    welcome.saved_box.click()
    welcome.continue_button.click()
    app.service.write(
        lambda v: v.journal.add(
            JournalEntry(None, "A line", "Written with the network blocked.", created_at=v.now())
        ),
        changes=Kind.JOURNAL,
    )
    for index in range(len(app.window.screens)):
        qtbot.keyClick(
            app.window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier
        )
    qtbot.keyClick(app.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not app.service.is_unlocked
    app.close()

    assert attempts == []
    assert _socket_fds() - before == set()
