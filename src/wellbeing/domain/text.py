"""Small checks shared by the domain's records."""

from __future__ import annotations

from .errors import ValidationError

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
        raise ValidationError(f"This is longer than the {limit:,} characters it can hold.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            "This text holds a broken character (a lone surrogate) that cannot be stored."
        ) from None
