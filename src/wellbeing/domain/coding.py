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


#: An e-mail address: a name inside it ("robin.example@…", "sam@…") hides the address.
_EMAIL = re.compile(r"[\w.+%'’-]+@[\w-]+(?:\.[\w-]+)+")
#: A phone number: three or more digits, perhaps with a leading + and separators.
_NUMBER = re.compile(r"(?<!\w)\+?\d(?:[ \t().\-/]*\d){2,}(?!\w)")


def number_hider(placeholder: str) -> Callable[[str], str]:
    """Replace every phone number (three or more digits, with any separators) by
    ``placeholder``; "Step 2" and "at 9" are left alone."""
    return lambda text: _NUMBER.sub(lambda _found: placeholder, text)


def name_hider(labels: list[tuple[str, str]]) -> Callable[[str], str]:
    """Hide each contact's own words behind its label, wherever they appear.

    Three kinds of match, longest first: an e-mail address that holds any word of a
    contact's name (the whole address becomes the label), a contact's whole text in any
    case ("robin example"), and runs of the capitalised words of its text, in any case
    ("Robin", "robin", "EXAMPLE", "Dr Alex"), so a first name in a "how to reach" line
    or another step is hidden too. Common sentence-starting words ("The", "My") are never
    taken for a name. Hiding leans towards too much: a contact called Will hides "will".
    """
    label_words = {word.casefold() for _, label in labels for word in _NAME_WORD.findall(label)}
    whole: list[tuple[str, str]] = []
    words: dict[str, str] = {}  # casefolded name word → label
    for real, label in labels:
        real = real.strip()
        if not real or real.casefold() == label.casefold():
            continue
        whole.append((real, label))
        for word in _NAME_WORD.findall(real):
            key = word.casefold()
            if word[0].isupper() and key not in _COMMON and key not in label_words:
                words.setdefault(key, label)
    if not whole:
        return lambda text: text
    whole.sort(key=lambda pair: len(pair[0]), reverse=True)
    parts = [f"(?P<w{i}>(?i:{re.escape(real)}))" for i, (real, _) in enumerate(whole)]
    if words:
        word = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
        parts.append(f"(?P<run>(?i:{word}(?:{_JOIN}{word})*))")
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
    first_word = re.compile(
        "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE
    )
    # In an address a name is glued to other letters ("robinexample@"): look for the
    # squeezed whole texts and the name words anywhere in it.
    in_address = sorted(
        [("".join(_NAME_WORD.findall(real)).casefold(), label) for real, label in whole]
        + [(key, label) for key, label in words.items()],
        key=lambda pair: len(pair[0]),
        reverse=True,
    )

    def label_of(found: re.Match[str]) -> str:
        if found.lastgroup == "run":
            run = first_word.match(found.group(0))
            assert run is not None  # the run starts with one of the words, by construction
            return words[run.group(0).casefold()]
        assert found.lastgroup is not None  # every alternative is a named group
        return whole[int(found.lastgroup[1:])][1]

    def address(found: re.Match[str]) -> str:
        whole_address = found.group(0).casefold()
        # The part before the @ names its owner first; the domain only when it does not.
        for part in (whole_address.partition("@")[0], whole_address):
            for name, label in in_address:
                if len(name) > 1 and name in part:
                    return label
        return found.group(0)

    return lambda text: pattern.sub(label_of, _EMAIL.sub(address, text))
