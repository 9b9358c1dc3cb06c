"""Render every screen of a demo vault to PNG: ``python -m tools.screenshots OUT``.

``make screenshots`` runs it offscreen. Files: ``OUT/<screen>-<light|dark>.png`` at
1280×800, plus ``<screen>-large.png`` at 200 % text size, the crisis view and each step
of a session in the same three looks, and the unlock and welcome pages. Everything
shown is the demo's invented data.

``--language es`` (or ``pseudo``, the accented and longer pseudo-locale that shows
clipped layouts) renders in that language; ``--looks large`` renders only some of the
looks (``light,dark,large``), e.g. ``--language pseudo --looks large OUT/pseudo``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

SIZE = (1280, 800)
LOOKS = {"light": ("light", 100), "dark": ("dark", 100), "large": ("light", 200)}


def _settle(app: QApplication, ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def render(out: Path, looks: tuple[str, ...] = tuple(LOOKS)) -> list[Path]:
    from wellbeing.app import App
    from wellbeing.demo import PASSPHRASE, build_demo
    from wellbeing.services.settings import Settings
    from wellbeing.vault.keyfile import MIN_MEMORY_KIB, KdfParams

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
        for variant in looks:
            theme, scale = LOOKS[variant]
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
    from wellbeing.ui.i18n import ENVIRONMENT, LANGUAGES, PSEUDO

    parser = argparse.ArgumentParser(prog="python -m tools.screenshots")
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--language", choices=[*LANGUAGES, PSEUDO])
    parser.add_argument("--looks", default=",".join(LOOKS), help="light,dark,large")
    args = parser.parse_args(argv)
    looks = tuple(look for look in args.looks.split(",") if look)
    if unknown := [look for look in looks if look not in LOOKS]:
        parser.error(f"unknown look: {', '.join(unknown)}")
    if args.language:
        os.environ[ENVIRONMENT] = args.language  # read by the app as it starts
    QApplication.instance() or QApplication(["wellbeing-screenshots"])
    for path in render(Path(args.out), looks):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
