"""An error's message in the person's language, at the edge where it is shown.

Messages are raised in English, many filled in with f-strings ("There is no vault at
/home/…"). ``error_texts.MESSAGES`` lists each one, an f-string as a ``{name}``
template. :func:`localized` finds the message there (a template by pattern, its filled-in
parts taken back out), translates it with the translator the UI installed
(``text.set_translator``) and fills the parts in again; a part that is itself a message
("{reason}") is translated too. A message not in the list stays as written.
"""

from __future__ import annotations

import re
from functools import cache

from . import text

CONTEXT = "Errors"
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@cache
def _table() -> tuple[frozenset[str], tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]]:
    from .error_texts import MESSAGES

    exact = frozenset(MESSAGES)
    patterns = []
    for template in MESSAGES:
        names = tuple(_PLACEHOLDER.findall(template))
        if not names:
            continue
        pattern, seen, start = [], set(), 0
        for found in _PLACEHOLDER.finditer(template):
            pattern.append(re.escape(template[start : found.start()].replace("{{", "{")))
            name = found.group(1)
            pattern.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
            start = found.end()
        pattern.append(re.escape(template[start:].replace("}}", "}")))
        literal = len(_PLACEHOLDER.sub("", template))
        patterns.append((literal, re.compile("".join(pattern), re.DOTALL), template, names))
    patterns.sort(key=lambda item: -item[0])  # the most specific template first
    return exact, tuple((p, t, n) for _, p, t, n in patterns)


def localized(message: str, *, depth: int = 0) -> str:
    """``message`` translated when a translator is installed and the message is known."""
    translate = text.translator()
    if translate is None or not message:
        return message
    exact, patterns = _table()
    if message in exact:
        return translate(CONTEXT, message)
    if depth > 2:
        return message
    for pattern, template, names in patterns:
        found = pattern.fullmatch(message)
        if found is None:
            continue
        parts = {name: localized(found.group(name), depth=depth + 1) for name in set(names)}
        try:
            return translate(CONTEXT, template).format(**parts)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return template.format(**parts)
    return message
