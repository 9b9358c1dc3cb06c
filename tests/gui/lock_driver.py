"""Drives the real desktop app in a process of its own, for tests that look at that
process from outside (tests/gui/test_lock_ends_process.py).

    python tests/gui/lock_driver.py [--no-restart] --vault DIR --report-state

Starts the app as ``python -m wellbeing`` does (the same hardening, then
:func:`wellbeing.app.run_gui` with the same arguments), and takes commands on standard
input, one a line, answering on standard output:

- ``unlock PASSPHRASE``: typed into the unlock page and Enter pressed → ``unlocked``
- ``journal``: the journal screen, its first entry open in the editor → ``journal``
- ``lock``: the Lock button (what Ctrl+L does) → ``locked``
- ``quick``: Esc twice, a quick exit → ``locked``

With the app's policy the process then becomes a fresh ``python -m wellbeing`` (same
process id), which prints ``shown unlock`` (``--report-state``) once its window is up.
``--no-restart`` turns the policy off: the lock of the code before it.
"""

from __future__ import annotations

import sys
import threading

from wellbeing.hardening import harden


def main() -> int:
    harden()  # as wellbeing.__main__.main does, before any secret is in memory
    args = sys.argv[1:]
    restart = "--no-restart" not in args
    args = [a for a in args if a != "--no-restart"]

    from PySide6.QtCore import QObject, Qt, QTimer, Signal
    from PySide6.QtTest import QTest

    from wellbeing.app import App, run_gui

    class Control(QObject):
        command = Signal(str)

        def __init__(self, app: App) -> None:
            super().__init__(app.window)
            self.app = app
            self.command.connect(self.run)
            app.service.unlocked.connect(lambda: QTimer.singleShot(0, lambda: say("unlocked")))
            app.service.unlock_failed.connect(lambda m: say(f"unlock failed: {m}"))
            app.service.locked.connect(lambda: say("locked"))

        def run(self, line: str) -> None:
            window = self.app.window
            verb, _, rest = line.partition(" ")
            if verb == "unlock":
                field = window.unlock_page.field
                field.setFocus()
                QTest.keyClicks(field, rest)
                QTest.keyClick(field, Qt.Key.Key_Return)
            elif verb == "journal":
                index = next(i for i, s in enumerate(window.screens) if s.key == "journal")
                window.show_screen(index)
                QTimer.singleShot(0, lambda: say("journal"))
            elif verb == "lock":
                window.lock_button.click()
            elif verb == "quick":
                for _ in range(2):
                    from PySide6.QtWidgets import QApplication

                    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)

    def say(text: str) -> None:
        print(text, flush=True)

    def started(app: App) -> None:
        control = Control(app)

        def read() -> None:
            for line in sys.stdin:
                control.command.emit(line.rstrip("\n"))

        threading.Thread(target=read, daemon=True).start()

    return run_gui(args, restart_on_lock=restart, started=started)


if __name__ == "__main__":
    sys.exit(main())
