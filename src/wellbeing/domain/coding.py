"""Coded labels: printing or showing contacts without their names.

One rule for every place that offers "coded labels only" (the readable unlock-screen
copy, the PDFs): each contact in steps 3–5 is shown by its own coded label, or
"Contact N" (numbered across those steps) when it has none, and wherever the contact's
words also turn up elsewhere in the plan they are replaced by that label too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .safety_plan import SafetyPlan, Step


def coded_labels(
    plan: SafetyPlan, contact_label: Callable[[int], str]
) -> dict[tuple[Step, int], str]:
    """The label of every contact, keyed by (step, position in the step)."""
    labels: dict[tuple[Step, int], str] = {}
    number = 0
    for step in Step:
        if not step.has_contacts:
            continue
        for index, item in enumerate(plan.section(step)):
            number += 1
            labels[(step, index)] = item.coded_label.strip() or contact_label(number)
    return labels


def plan_hider(plan: SafetyPlan, labels: dict[tuple[Step, int], str]) -> Callable[[str], str]:
    """A function that hides every contact's words behind its label, in any text."""
    return name_hider([(plan.section(step)[i].text, label) for (step, i), label in labels.items()])


#: Capitalised words that start sentences rather than name anyone; never replaced alone.
_COMMON = frozenset(
    (  # noqa: SIM905 (one line of words reads better than a column of quotes)
        "a an the my our your his her their its i me we you he she they it this that these "
        "those at in on of and or to for with by from if when then but not no call text ask "
        "go see"
    ).split()
)
_NAME_WORD = re.compile(r"[^\W\d_]\w*")
_JOIN = r"[\s'’.-]+"  # between the words of one name: "Robin Example", "Jean-Luc", "O'Neil"


def name_hider(labels: list[tuple[str, str]]) -> Callable[[str], str]:
    """Hide each contact's own words behind its label, wherever they appear.

    Two kinds of match, longest first: a contact's whole text in any case ("robin
    example"), and runs of the capitalised words of its text ("Robin", "Example", "Dr
    Alex"), so a first name in a "how to reach" line or another step is hidden too.
    Common sentence-starting words ("The", "My") are never taken for a name.
    """
    label_words = {word for _, label in labels for word in _NAME_WORD.findall(label)}
    whole: list[tuple[str, str]] = []
    words: dict[str, str] = {}
    for real, label in labels:
        real = real.strip()
        if not real or real.casefold() == label.casefold():
            continue
        whole.append((real, label))
        for word in _NAME_WORD.findall(real):
            if word[0].isupper() and word.casefold() not in _COMMON and word not in label_words:
                words.setdefault(word, label)
    if not whole:
        return lambda text: text
    whole.sort(key=lambda pair: len(pair[0]), reverse=True)
    parts = [f"(?P<w{i}>(?i:{re.escape(real)}))" for i, (real, _) in enumerate(whole)]
    if words:
        word = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
        parts.append(f"(?P<run>{word}(?:{_JOIN}{word})*)")
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
    first_word = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))

    def label_of(found: re.Match[str]) -> str:
        if found.lastgroup == "run":
            run = first_word.match(found.group(0))
            assert run is not None  # the run starts with one of the words, by construction
            return words[run.group(0)]
        assert found.lastgroup is not None  # every alternative is a named group
        return whole[int(found.lastgroup[1:])][1]

    return lambda text: pattern.sub(label_of, text)
