"""The interface's shared words: each phrase that more than one screen or printout says,
said once and translated in one fixed context, so lupdate and run time agree.

- :mod:`.plan`: safety plan step titles; goal, boundary and routine statuses; how a
  boundary went; check-ins; value piles.
- :mod:`.schedule`: how often a routine is meant to happen.
- :mod:`.dates`: days and weekdays through ``QLocale`` (never a hand-written list).
- :mod:`.history`: the plan's history (keys + parameters from the domain) in words.

Where a layer without widgets needs the same phrase (the domain's English tables for the
command line and Markdown; ``printing``, which may not import ``ui``), the English source
string lives once in the domain, marked with ``QT_TRANSLATE_NOOP``, and is translated here
(and by ``printing.pdf``) with the same context.
"""
