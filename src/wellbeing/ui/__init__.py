"""Qt widgets: the main window shell, screens and shared widgets."""
