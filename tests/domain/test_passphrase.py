"""Passphrase feedback: words, not rules; several ordinary words count as strong."""

from __future__ import annotations

import pytest

from wellbeing.domain.passphrase import assess


@pytest.mark.parametrize("weak", ["password", "aaaaaaaaaaaa", "abc", "123456"])
def test_common_and_repeated_passphrases_are_very_weak(weak: str) -> None:
    assert assess(weak).level == 0


def test_several_ordinary_words_are_good_or_strong() -> None:
    assert assess("river stone lantern").level >= 2
    assert assess("river stone lantern morning tea").level == 4


def test_more_words_never_weaker() -> None:
    words = ["quiet", "orange", "bicycle", "harbour", "window"]
    levels = [assess(" ".join(words[:n])).level for n in range(1, len(words) + 1)]
    assert levels == sorted(levels)


def test_empty_says_nothing() -> None:
    assert assess("").words == "" and assess("").level == 0
