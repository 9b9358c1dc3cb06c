"""Error messages and value cards are translated at the edge, without Qt in the domain."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellbeing.domain import text
from wellbeing.domain.errors import ImportFormatError, ValidationError, VaultNotFoundError
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
    """Every message raised in the domain, vault, services and export is listed for
    translation; `make translations` rewrites the list after a message changes."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "resources/translations/make_error_texts.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_without_a_translator_messages_stay_as_written() -> None:
    assert str(VaultNotFoundError("There is no vault at /tmp/x.")) == "There is no vault at /tmp/x."
    assert str(ImportFormatError(3, "each line must be one JSON object.")) == (
        "Line 3: each line must be one JSON object. Nothing was imported."
    )


def test_a_message_is_translated_whole_and_by_its_template(spanish) -> None:
    assert str(ValidationError("Give the value a name.")) == "Dale un nombre al valor."
    # An f-string's message: the template is translated, the filled-in path kept.
    assert str(VaultNotFoundError("There is no vault at /home/a b/c.")) == (
        "No hay ninguna caja fuerte en /home/a b/c."
    )
    # A message made of messages: each part is translated.
    assert str(ImportFormatError(3, "each line must be one JSON object.")) == (
        "Línea 3: cada línea debe ser un objeto JSON. No se importó nada."
    )
    # A message nobody listed stays as it is.
    assert str(ValidationError("Something nobody listed.")) == "Something nobody listed."


def test_value_cards_come_in_the_persons_language_and_count_in_either(spanish) -> None:
    first = sorting_queue([])[0]
    assert (first.name, first.description) == ("Aceptación", "que me acepten tal como soy")
    # Sorted in Spanish, or earlier in English: either way the card is handled.
    for held in ("Aceptación", "acceptance"):
        left = unsorted_cards([Value(1, held, pile=Pile.IMPORTANT)])
        assert "Aceptación" not in [card.name for card in left]
        assert len(left) == len(DECK) - 1
