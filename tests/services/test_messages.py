"""An error is shown in the person's language: its template looked up in the "Errors"
context, its parameters (messages too) filled in; anything else by its kind only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from wellbeing.domain.errors import ImportFormatError, Message, VaultNotFoundError
from wellbeing.services.messages import error_text, message_text

SPANISH = {
    "There is no vault at {folder}.": "No hay ninguna caja fuerte en {folder}.",
    "Line {line}: {reason} Nothing was imported.": "Línea {line}: {reason} No se importó nada.",
    "the field {name} is missing.": "falta el campo {name}.",
    "Something went wrong and nothing was changed. ({kind})": "Algo no salió bien. ({kind})",
}


class _Spanish(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        return SPANISH.get(source_text) if context == "Errors" else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def spanish(qapp: QCoreApplication) -> Iterator[None]:
    translator = _Spanish(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_an_error_is_shown_in_the_persons_language(spanish) -> None:
    err = VaultNotFoundError("There is no vault at {folder}.", folder="/home/a b")
    assert error_text(err) == "No hay ninguna caja fuerte en /home/a b."
    assert str(err) == "There is no vault at /home/a b."  # English for the command line
    line = ImportFormatError(2, Message("the field {name} is missing.", name="'at'"))
    assert error_text(line) == "Línea 2: falta el campo 'at'. No se importó nada."
    assert message_text(line.reason) == "falta el campo 'at'."


def test_an_error_that_is_not_ours_is_named_by_its_kind(spanish) -> None:
    assert error_text(KeyError("secret text")) == "Algo no salió bien. (KeyError)"


def test_without_a_translation_the_english_is_shown(qapp) -> None:
    err = VaultNotFoundError("There is no vault at {folder}.", folder="/x")
    assert error_text(err) == "There is no vault at /x."
