"""An error's message in the person's language, made where it is shown.

Errors carry an English template and its parameters (``domain/errors.py``); ``str(err)``
is English, for the command line and the logs of a test. The interface shows
:func:`error_text` instead: the template is looked up in the "Errors" context (where
``make translations`` files every template, see ``domain/error_texts.py``), then filled
with the parameters, each parameter that is a message translated the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.errors import Message, WellbeingError, render
from ..domain.text import QT_TRANSLATE_NOOP

CONTEXT = "Errors"

#: What a person reads about an error that is not one of ours (a bug): its kind only.
UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "Something went wrong and nothing was changed. ({kind})")


def translate(template: str) -> str:
    """``template`` in the person's language (as written when no translation is in)."""
    return QCoreApplication.translate(CONTEXT, template)


def message_text(message: Message | WellbeingError) -> str:
    """A message (or an error's) in the person's language, its parameters filled in."""
    return render(message, translate)


def error_text(err: BaseException) -> str:
    """What to show a person about ``err``: our errors in their words, anything else
    as "Something went wrong … (its kind)"."""
    if isinstance(err, WellbeingError):
        return render(err, translate)
    return translate(UNEXPECTED).format(kind=type(err).__name__)
