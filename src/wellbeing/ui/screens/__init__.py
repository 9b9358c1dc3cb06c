"""One package per screen: the screen widget and its item models."""
