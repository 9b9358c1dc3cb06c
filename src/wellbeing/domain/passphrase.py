"""Passphrase strength, told in words. No arbitrary rules: any non-empty passphrase is
allowed; the feedback helps the person choose one that is hard to guess.

The estimate is deliberately simple and conservative: it guesses the size of the pool
each character could come from, discounts repeats and common patterns, and treats a
passphrase of several words as words (about 11 bits each, as from a large word list),
not as letters.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_COMMON = {
    "password",
    "passwort",
    "123456",
    "12345678",
    "qwerty",
    "letmein",
    "iloveyou",
    "welcome",
    "admin",
    "abc123",
    "monkey",
    "dragon",
    "sunshine",
    "princess",
    "football",
}


@dataclass(frozen=True)
class Strength:
    level: int  # 0 very weak … 4 strong
    bits: float
    words: str  # what to tell the person


def estimate_bits(passphrase: str) -> float:
    text = passphrase.strip()
    if not text:
        return 0.0
    if text.lower() in _COMMON or re.fullmatch(r"(.)\1*", text):
        return 4.0
    words = [w for w in re.split(r"[\s\-_.,;]+", text) if w]
    several_words = len(words) >= 3 and all(w.isalpha() for w in words)
    by_words = 11.0 * len(words) if several_words else 0.0
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^a-zA-Z0-9]", text):
        pool += 33
    distinct = len(set(text))
    effective_length = min(len(text), distinct * 2)
    by_chars = effective_length * math.log2(max(pool, 2)) * 0.6  # people are predictable
    return max(by_words, by_chars)


def assess(passphrase: str) -> Strength:
    bits = estimate_bits(passphrase)
    if not passphrase:
        return Strength(0, 0.0, "")
    if bits < 28:
        return Strength(
            0,
            bits,
            "Very easy to guess. A few ordinary words together are "
            "easier to remember and much harder to guess.",
        )
    if bits < 40:
        return Strength(1, bits, "Could be guessed. Adding another word or two would help.")
    if bits < 55:
        return Strength(2, bits, "Fair. One more word would make it strong.")
    if bits < 70:
        return Strength(3, bits, "Good. Hard to guess.")
    return Strength(4, bits, "Strong. Very hard to guess.")
