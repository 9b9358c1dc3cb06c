"""Session mode: the plan worked through with a therapist, step by step."""

from .page import SessionPage
from .state import has_saved_session

__all__ = ["SessionPage", "has_saved_session"]
