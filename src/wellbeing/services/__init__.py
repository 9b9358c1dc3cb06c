"""Qt facades over the domain and the vault (arrive with the desktop app)."""
