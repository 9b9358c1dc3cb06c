"""Small checks shared by the domain's records, and the domain's side of translation.

The domain has no Qt, so it cannot translate its own words. It marks them instead with
:func:`QT_TRANSLATE_NOOP` (``pyside6-lupdate`` reads calls by that name), and the UI
installs a translating function here at start (``wellbeing.ui.i18n.install``). Without
one (the command line, the domain's tests) every word stays as written, in English.
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import ValidationError

#: ``translate(context, text)``: the UI's translator, or None (English as written).
Translator = Callable[[str, str], str]
_translator: Translator | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def set_translator(translate: Translator | None) -> None:
    """Called by the UI when a language is installed (None: back to English)."""
    global _translator
    _translator = translate


def translator() -> Translator | None:
    return _translator


def translated(context: str, text: str) -> str:
    """``text`` in the person's language when the UI installed a translator."""
    return _translator(context, text) if _translator is not None and text else text


#: Enough for years of writing in one entry; refuses only runaway pastes.
LONG_TEXT_LIMIT = 1_000_000


def require_text(value: str, message: str, *, limit: int = 1000) -> None:
    """Refuse an empty or whitespace-only required field, or one that is far too long."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(message)
    check_length(value, limit)


def check_length(value: str, limit: int = LONG_TEXT_LIMIT) -> None:
    if not isinstance(value, str):
        raise ValidationError("This field holds text.")
    if len(value) > limit:
        raise ValidationError(
            "This is longer than the {limit} characters it can hold.", limit=f"{limit:,}"
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            "This text holds a broken character (a lone surrogate) that cannot be stored."
        ) from None
