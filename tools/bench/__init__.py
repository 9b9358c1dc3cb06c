"""The speed benchmark behind ``make bench`` (``python -m tools.bench``): numbers, never tests.

- ``corpus``: a deterministic, seeded corpus (a journal entry a day, routines with
  check-ins, goals, boundaries, a safety plan, revisions) and the vault built from it,
  cached by seed and size; or a JSON Lines file in the import format.
- ``headless``: measurements without Qt (search against an unencrypted copy, import).
- ``gui_probe``: a separate process that starts the real app offscreen and measures
  what a person waits for (unlock, journal, review, autosave, the GUI thread's stalls).
- ``runner`` and ``report``: runs each size, takes medians, prints a table and JSON.

Invented text only; a corpus given with ``--corpus`` is built in a private temporary
folder and removed afterwards, never cached.
"""
