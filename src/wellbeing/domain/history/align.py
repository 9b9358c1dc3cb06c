"""Lining up two lists by position, the way a person reads an edited list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeVar


@dataclass(frozen=True)
class Alignment:
    """How the items of an old list map onto a new one (indexes into each).

    ``same``: the same text, in place or moved; ``changed``: one item's text edited in
    place; ``removed`` and ``added``: the rest. ``reordered``: some items changed order.
    """

    same: list[tuple[int, int]]
    changed: list[tuple[int, int]]
    removed: list[int]
    added: list[int]
    reordered: bool


T = TypeVar("T")


def align(old: Sequence[T], new: Sequence[T]) -> Alignment:
    """Line up ``old`` and ``new`` by position, the way a person reads an edited list.

    Runs of equal items stay matched; an item that disappears in one place and appears
    in another was moved (a reorder, not a removal and an addition); what is left in a
    run that differs is paired up in order as edits, and the rest was removed or added.
    """
    matcher = SequenceMatcher(a=list(old), b=list(new), autojunk=False)
    same: list[tuple[int, int]] = []
    runs: list[tuple[list[int], list[int]]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            same += [(i1 + k, j1 + k) for k in range(i2 - i1)]
        else:
            runs.append((list(range(i1, i2)), list(range(j1, j2))))
    waiting: dict[T, list[int]] = {}
    for _, js in runs:
        for j in js:
            waiting.setdefault(new[j], []).append(j)
    moved: list[tuple[int, int]] = []
    for dels, _ in runs:
        for i in dels:
            if waiting.get(old[i]):
                moved.append((i, waiting[old[i]].pop(0)))
    moved_old = {i for i, _ in moved}
    moved_new = {j for _, j in moved}
    changed: list[tuple[int, int]] = []
    removed: list[int] = []
    added: list[int] = []
    for dels, ins in runs:
        left = [i for i in dels if i not in moved_old]
        right = [j for j in ins if j not in moved_new]
        paired = min(len(left), len(right))
        changed += zip(left[:paired], right[:paired], strict=True)
        removed += left[paired:]
        added += right[paired:]
    return Alignment(
        same=sorted(same + moved, key=lambda p: p[1]),
        changed=changed,
        removed=removed,
        added=added,
        reordered=bool(moved),
    )
