"""The looks a person can choose: every pair of colours they read is legible, and high
contrast is white on black with yellow for what is chosen (WCAG AAA, 7:1 or more)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.helpers import show_active, tab_to
from wellbeing.app import App
from wellbeing.services.settings import Settings
from wellbeing.ui.theme import apply_look

pytestmark = pytest.mark.gui

R = QPalette.ColorRole
READ_PAIRS = (
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def look(qapp: QApplication):
    yield lambda theme: apply_look(qapp, theme, 100)
    apply_look(qapp, "system", 100)


def test_the_contrast_helper_tells_legible_from_not() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#888888")) < 1.5


@pytest.mark.parametrize(("theme", "least"), [("light", 4.5), ("dark", 4.5), ("contrast", 7.0)])
def test_every_pair_a_person_reads_is_legible(qapp, look, theme: str, least: float) -> None:
    look(theme)
    palette = qapp.palette()
    for text, background in READ_PAIRS:
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= least, (theme, text, background, round(ratio, 2))


def test_high_contrast_is_white_on_black_with_yellow_for_the_chosen(qapp, look) -> None:
    look("contrast")
    palette = qapp.palette()
    assert palette.color(R.Window) == QColor("#000000")
    assert palette.color(R.WindowText) == QColor("#ffffff")
    assert palette.color(R.Highlight) == QColor("#ffff00")
    disabled = palette.color(QPalette.ColorGroup.Disabled, R.WindowText)
    assert contrast(disabled, palette.color(R.Window)) >= 7.0  # greyed, still readable
    # Tick boxes and lists are outlined in white, not a shade that vanishes on black.
    assert qapp.palette("QCheckBox").color(R.Window) == QColor("#ffffff")


def test_high_contrast_is_chosen_in_settings_by_keyboard(
    qtbot, qapp, look, tmp_path: Path, vault_dir: Path
) -> None:
    settings = Settings(tmp_path / "config" / "settings.ini")
    app = App(vault_dir, settings, kdf=FAST_KDF)
    qtbot.addWidget(app.window)
    show_active(qtbot, app.window, size=(1100, 720))
    qtbot.keyClicks(app.window.unlock_page.field, PASSPHRASE)
    with qtbot.waitSignal(app.service.unlocked, timeout=20_000):
        qtbot.keyClick(app.window.unlock_page.field, Qt.Key.Key_Return)
    qtbot.keyClick(app.window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    screen = app.window.current_screen()
    assert screen.key == "settings"
    tab_to(qtbot, screen.theme)
    while screen.theme.currentData() != "contrast":
        qtbot.keyClick(screen.theme, Qt.Key.Key_Down)
    assert settings.theme == "contrast"
    assert qapp.palette().color(R.Window) == QColor("#000000")
    app.service.lock()
    app.close()
    assert Settings(tmp_path / "config" / "settings.ini").theme == "contrast"
