"""'Your data': backups, automatic backups, exports and journal imports."""

from .screen import DataScreen

__all__ = ["DataScreen"]
