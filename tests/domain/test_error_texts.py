"""Error messages and value cards are translated at the edge, without Qt in the domain:
an error carries its template and parameters, and the edge renders it."""

from __future__ import annotations

import ast
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellbeing.domain import text
from wellbeing.domain.errors import (
    ImportFormatError,
    Message,
    ValidationError,
    VaultNotFoundError,
    render,
)
from wellbeing.domain.values import Pile, Value
from wellbeing.domain.values_deck import DECK, sorting_queue, unsorted_cards

ROOT = Path(__file__).resolve().parents[2]
SPANISH = {
    ("Errors", "There is no vault at {folder}."): "No hay ninguna caja fuerte en {folder}.",
    ("Errors", "Line {line}: {reason} Nothing was imported."): (
        "Línea {line}: {reason} No se importó nada."
    ),
    ("Errors", "each line must be one JSON object."): "cada línea debe ser un objeto JSON.",
    ("Errors", "Give the value a name."): "Dale un nombre al valor.",
    ("ValuesDeck", "Acceptance"): "Aceptación",
    ("ValuesDeck", "to be accepted as I am"): "que me acepten tal como soy",
}


@pytest.fixture
def spanish() -> Iterator[None]:
    text.set_translator(lambda context, source: SPANISH.get((context, source), source))
    yield
    text.set_translator(None)


def test_the_list_of_error_messages_is_up_to_date() -> None:
    """Every template raised in the domain, formats, vault and services is listed for
    translation; `make translations` rewrites the list after a message changes."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "resources/translations/make_error_texts.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_a_raise_site_that_fills_in_its_message_is_refused() -> None:
    """An f-string (or .format) message is filled in before anyone could translate it:
    the list refuses it, so `make translations` and the test above fail on it."""
    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    try:
        import make_error_texts as make
    finally:
        sys.path.pop(0)
    for source in ('VaultError(f"There is no vault at {folder}.")', "VaultError(T.format(a=1))"):
        call = ast.parse(source, mode="eval").body
        assert isinstance(call, ast.Call)
        with pytest.raises(make.BuiltMessage):
            make._texts(call.args[0], {}, "here")


def test_without_a_translator_messages_stay_as_written() -> None:
    err = VaultNotFoundError("There is no vault at {folder}.", folder=Path("/tmp/x"))
    assert str(err) == "There is no vault at /tmp/x."
    assert (err.template, err.params) == (
        "There is no vault at {folder}.",
        {"folder": Path("/tmp/x")},
    )
    assert str(ImportFormatError(3, "each line must be one JSON object.")) == (
        "Line 3: each line must be one JSON object. Nothing was imported."
    )
    # A template without parameters is the message exactly, braces and all.
    assert str(ValidationError("Use {braces} as written.")) == "Use {braces} as written."


def _spanish(template: str) -> str:
    return SPANISH.get(("Errors", template), template)


def test_a_message_is_translated_by_its_template_and_its_parameters_filled_in() -> None:
    assert render(ValidationError("Give the value a name."), _spanish) == "Dale un nombre al valor."
    # The template is translated, the path filled in as it is.
    err = VaultNotFoundError("There is no vault at {folder}.", folder="/home/a b/c")
    assert render(err, _spanish) == "No hay ninguna caja fuerte en /home/a b/c."
    # A message made of messages: each part is translated.
    line = ImportFormatError(3, "each line must be one JSON object.")
    assert render(line, _spanish) == (
        "Línea 3: cada línea debe ser un objeto JSON. No se importó nada."
    )
    assert (line.line, line.reason) == (3, Message("each line must be one JSON object."))
    # A message nobody translated stays as it is.
    assert render(ValidationError("Something nobody listed."), _spanish) == (
        "Something nobody listed."
    )


def test_a_translation_that_lost_a_placeholder_falls_back_to_english() -> None:
    err = VaultNotFoundError("There is no vault at {folder}.", folder="/x")
    assert render(err, lambda template: "No hay caja fuerte en {carpeta}.") == (
        "There is no vault at /x."
    )


def test_an_error_survives_pickling_with_its_template_and_parameters() -> None:
    err = ImportFormatError(4, Message("the field {name} is missing.", name="'at'"), entry=True)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is ImportFormatError and str(again) == str(err)
    assert (again.line, again.reason, again.template) == (4, err.reason, err.template)


def test_value_cards_come_in_the_persons_language_and_count_in_either(spanish) -> None:
    first = sorting_queue([])[0]
    assert (first.name, first.description) == ("Aceptación", "que me acepten tal como soy")
    # Sorted in Spanish, or earlier in English: either way the card is handled.
    for held in ("Aceptación", "acceptance"):
        left = unsorted_cards([Value(1, held, pile=Pile.IMPORTANT)])
        assert "Aceptación" not in [card.name for card in left]
        assert len(left) == len(DECK) - 1
