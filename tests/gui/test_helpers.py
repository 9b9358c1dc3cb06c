"""The shared GUI test helpers do what the screens' tests rely on them for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tests.gui.helpers import focused, held_texts, show_active, tab_to

pytestmark = pytest.mark.gui


def test_held_texts_finds_text_wherever_a_widget_keeps_it(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.setWindowTitle("t-window")
    layout = QVBoxLayout(root)
    label = QLabel("t-label")
    label.setToolTip("t-tooltip")
    label.setAccessibleDescription("t-description")
    line = QLineEdit("t-line")
    line.setPlaceholderText("t-placeholder")
    line.setCompleter(QCompleter(["t-suggestion"]))
    plain, rich = QPlainTextEdit("t-plain"), QTextEdit()
    rich.setMarkdown("*t-rich*")
    combo = QComboBox()
    combo.addItems(["t-first", "t-second"])
    button = QPushButton("t-button")
    button.setAccessibleName("t-name")
    button.setMenu(QMenu(button))
    button.menu().addAction("t-action")
    group = QGroupBox("t-group")
    hidden = QLabel("t-hidden")
    hidden.hide()
    listed = QListView()
    listed.setModel(QStringListModel(["t-row"]))
    tree, model = QTreeView(), QStandardItemModel()
    parent = QStandardItem("t-parent")
    child = QStandardItem("t-child")
    child.setData("t-item-tip", Qt.ItemDataRole.ToolTipRole)
    child.setData("t-custom", Qt.ItemDataRole.UserRole + 3)
    parent.appendRow([child, QStandardItem("t-second-column")])
    model.appendRow(parent)
    model.setHorizontalHeaderLabels(["t-header"])
    tree.setModel(model)
    for widget in (label, line, plain, rich, combo, button, group, hidden, listed, tree):
        layout.addWidget(widget)

    joined = "\n".join(held_texts(root))
    for expected in (
        "t-window",
        "t-label",
        "t-tooltip",
        "t-description",
        "t-line",
        "t-placeholder",
        "t-suggestion",
        "t-plain",
        "t-rich",
        "t-first",
        "t-second",
        "t-button",
        "t-name",
        "t-action",
        "t-group",
        "t-hidden",
        "t-row",
        "t-parent",
        "t-child",
        "t-item-tip",
        "t-custom",
        "t-second-column",
        "t-header",
    ):
        assert expected in joined
    assert "" not in held_texts(root)


def test_held_texts_sees_undo_history_and_leaves_the_widgets_as_they_were(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    line, plain, date = QLineEdit(), QPlainTextEdit(), QDateEdit()
    layout = QVBoxLayout(root)
    for widget in (line, plain, date):
        layout.addWidget(widget)
    heard: list[str] = []
    line.textChanged.connect(heard.append)
    plain.textChanged.connect(lambda: heard.append(plain.toPlainText()))
    qtbot.keyClicks(line, "t-typed")
    qtbot.keyClicks(plain, "t-written")
    line.clear()  # undoable: the text is still one Ctrl+Z away
    plain.setPlainText("kept")  # not undoable
    line.setCursorPosition(0)
    cursor = plain.textCursor()
    cursor.setPosition(2)
    plain.setTextCursor(cursor)
    heard.clear()

    texts = held_texts(root)
    assert "t-typed" in texts
    assert not any("t-written" in text for text in texts)
    assert heard == []  # the screen under test never hears the walk
    assert (line.text(), line.cursorPosition(), line.isUndoAvailable()) == ("", 0, True)
    assert (plain.toPlainText(), plain.textCursor().position()) == ("kept", 2)
    line.undo()
    assert line.text() == "t-typed"

    qtbot.keyClicks(plain, "t-more")
    plain.undo()  # now only in the redo history
    assert "kept" in held_texts(root)
    assert any("t-more" in text for text in held_texts(root))
    assert plain.toPlainText() == "kept"


def test_focus_helpers_and_show_active(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    first, second, third = QLineEdit(), QLineEdit(), QPushButton("Go")
    third.setAccessibleName("Go")
    for widget in (first, second, third):
        layout.addWidget(widget)
    assert show_active(qtbot, root, size=(400, 300)) is root
    assert root.isActiveWindow() and root.size().toTuple() == (400, 300)
    first.setFocus()
    assert focused() is first
    tab_to(qtbot, third)
    assert focused() is third
    unreachable = QPushButton("Never")
    unreachable.setAccessibleName("Never")
    unreachable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout.addWidget(unreachable)
    with pytest.raises(AssertionError, match="Tab never reached 'Never'"):
        tab_to(qtbot, unreachable, limit=5)
