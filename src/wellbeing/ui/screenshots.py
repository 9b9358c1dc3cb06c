"""Render every screen of a demo vault to PNG: ``python -m wellbeing.ui.screenshots OUT``.

``make screenshots`` runs it offscreen. Files: ``OUT/<screen>-<light|dark>.png`` at
1280×800, plus ``<screen>-large.png`` at 200 % text size, the crisis view and each step
of a session in the same three looks, and the unlock and welcome pages. Everything
shown is the demo's invented data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

SIZE = (1280, 800)


def _settle(app: QApplication, ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def render(out: Path) -> list[Path]:
    from ..app import App
    from ..demo import PASSPHRASE, build_demo
    from ..services.settings import Settings
    from ..vault.keyfile import MIN_MEMORY_KIB, KdfParams

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    kdf = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1)
    with tempfile.TemporaryDirectory(prefix="wellbeing-shots-") as scratch:
        folder = Path(scratch) / "vault"
        build_demo(folder, kdf=kdf)
        settings = Settings(Path(scratch) / "settings.ini")
        app = App(folder, settings, kdf=kdf)
        window = app.window
        window.resize(*SIZE)
        window.show()

        def shoot(name: str) -> None:
            _settle(app.qt)
            path = out / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)

        for theme in ("light", "dark"):
            settings.theme = theme
            shoot(f"unlock-{theme}")
        settings.theme = "light"
        loop = QEventLoop()
        app.service.unlocked.connect(loop.quit)
        app.service.unlock(PASSPHRASE)
        loop.exec()
        for variant, theme, scale in (
            ("light", "light", 100),
            ("dark", "dark", 100),
            ("large", "light", 200),
        ):
            settings.theme = theme
            settings.text_scale = scale
            for index, screen in enumerate(window.screens):
                window.show_screen(index)
                shoot(f"{screen.key}-{variant}")
            window.open_crisis_view()
            shoot(f"crisis-{variant}")
            window.close_crisis_view()
            window.start_session()
            for step in range(6):
                window.session.go_to(step)
                shoot(f"session-{step + 1}-{variant}")
            window.session.end()
        settings.text_scale = 100
        settings.theme = "light"
        app.service.lock()
        app.service.set_folder(Path(scratch) / "a new vault")
        window.show_start_page()
        shoot("welcome-light")
        app.close()
    return written


def main(argv: list[str]) -> int:
    QApplication.instance() or QApplication(["wellbeing-screenshots"])
    out = Path(argv[0] if argv else "docs/screenshots")
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
