"""Light, dark, high-contrast or the system's look, and the text size, for the whole app."""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication
from shiboken6 import Shiboken

_base_point_size: float | None = None

_Role = QPalette.ColorRole
_DARK = {
    _Role.Window: "#202124",
    _Role.WindowText: "#e8eaed",
    _Role.Base: "#17181a",
    _Role.AlternateBase: "#26282b",
    _Role.Text: "#e8eaed",
    _Role.Button: "#2c2e31",
    _Role.ButtonText: "#e8eaed",
    _Role.BrightText: "#ffffff",
    _Role.Highlight: "#8ab4f8",
    _Role.HighlightedText: "#101113",
    _Role.ToolTipBase: "#2c2e31",
    _Role.ToolTipText: "#e8eaed",
    _Role.PlaceholderText: "#9aa0a6",
    _Role.Link: "#8ab4f8",
    _Role.Mid: "#3c4043",
    _Role.Dark: "#111214",
    _Role.Light: "#3c4043",
    _Role.Midlight: "#303235",
    _Role.Shadow: "#000000",
}


#: High contrast: white on black, yellow for what is chosen or focused (WCAG AAA, 7:1
#: and more for every pair a person reads; tests/gui/test_theme.py measures them).
_CONTRAST = {
    _Role.Window: "#000000",
    _Role.WindowText: "#ffffff",
    _Role.Base: "#000000",
    _Role.AlternateBase: "#1a1a1a",
    _Role.Text: "#ffffff",
    _Role.Button: "#000000",
    _Role.ButtonText: "#ffffff",
    _Role.BrightText: "#ffff00",
    _Role.Highlight: "#ffff00",
    _Role.HighlightedText: "#000000",
    _Role.ToolTipBase: "#000000",
    _Role.ToolTipText: "#ffffff",
    _Role.PlaceholderText: "#c8c8c8",
    _Role.Link: "#ffff00",
    _Role.Mid: "#ffffff",
    _Role.Dark: "#ffffff",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#ffffff",
    _Role.Shadow: "#ffffff",
}


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    muted = QColor(disabled)
    for role in (_Role.Text, _Role.WindowText, _Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return palette


def _dark_palette() -> QPalette:
    return _palette(_DARK, "#80868b")


def contrast_palette() -> QPalette:
    return _palette(_CONTRAST, "#b4b4b4")


def apply_look(app: QApplication, theme: str, text_scale: int) -> None:
    """Fusion style (the same on every platform, follows the colour scheme), then size.

    ``theme`` is "system", "light", "dark" or "contrast"; ``text_scale`` a percentage
    (100–200).
    """
    global _base_point_size
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    hints = QGuiApplication.styleHints()
    # The colour scheme hint reaches native dialogs and the title bar where the platform
    # supports it; the explicit palette makes light and dark hold everywhere else too.
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        palette = _dark_palette()
    elif theme == "contrast":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        palette = contrast_palette()
    elif theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        palette = app.style().standardPalette()
        # Fusion's blue under white text is 3.7:1, short of the 4.5:1 a selected line's
        # words need: a deeper blue of the same hue reads at 5.3:1.
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, _Role.Highlight, QColor("#2470a8"))
    else:
        hints.unsetColorScheme()
        palette = QPalette()
    app.setPalette(palette)
    # Fusion outlines check boxes, radio buttons and item views with a darker shade of
    # the window colour, which vanishes on a dark window: give those a lighter one.
    outlined = QPalette(palette)
    if theme == "contrast":
        outlined.setColor(_Role.Window, QColor("#ffffff"))
    elif palette.color(_Role.Window).lightness() < 128:
        outlined.setColor(_Role.Window, QColor("#9aa0a6"))
    for kind in ("QCheckBox", "QRadioButton", "QAbstractItemView"):
        app.setPalette(outlined, kind)
    if _base_point_size is None:
        _base_point_size = QFont(app.font()).pointSizeF() or 10.0
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size * text_scale / 100)
    if font != app.font():
        app.setFont(font)
        _relayout(app)


def _relayout(app: QApplication) -> None:
    """Make every layout measure its words again at the new text size.

    Qt sends each widget a font change, but size hints that layouts and item views cached
    (labels in forms, lists sized to their contents) are not all recomputed by it.
    """
    # A wrapper of a widget Qt has since deleted can linger in a reference cycle, and
    # allWidgets() may then hand it back for a new widget at the same address (a crash
    # seen once in a whole test run): collect such garbage before asking.
    gc.collect()
    for widget in app.allWidgets():
        if not Shiboken.isValid(widget):
            continue
        follow = getattr(widget, "follow_app_font", None)
        if callable(follow):
            follow()
        if isinstance(widget, QAbstractItemView):
            widget.doItemsLayout()
        if widget.layout() is not None:
            widget.layout().invalidate()
        widget.updateGeometry()
