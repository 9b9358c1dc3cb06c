"""The interface's language: Qt translators for our words and Qt's own, and a pseudo-locale.

The language follows the system unless the person chose one in Settings; the environment
variable ``WELLBEING_LANGUAGE`` (``en``, ``es`` or ``pseudo``) overrides both, for tests,
screenshots and a translator checking their work. :func:`install` runs once at start,
before any widget is built: screens take their words when they are built, so a new choice
shows the next time Wellbeing starts.

Sources are ``resources/translations/wellbeing_<lang>.ts`` (Qt Linguist); ``make
translations`` (and the install step of every make target) compiles them to
``assets/translations/wellbeing_<lang>.qm``, which the package ships.

Every lookup happens in the context ``pyside6-lupdate`` files the string under, so a
plain ``QTranslator`` finds it: ``self.tr()`` is filed under the class whose code holds
the call (PySide asks under the object's class, then each base class in turn); a bare
``tr()``/``_tr()`` module helper's call under no context at all (``""``), wherever it
is, so such helpers translate under ``""``; words marked with ``QT_TRANSLATE_NOOP`` or
asked with ``QCoreApplication.translate("Context", ...)`` under that context.
``tests/gui/test_translation_contexts.py`` visits every screen and fails on a lookup made
in a context the catalogue does not file its string under.
The pseudo-locale (``[Ŝàvéð … ~~~]``) makes every string accented and about 40 %
longer, keeping placeholders, ``%n`` and ``&`` accelerators, to show clipped layouts and
strings that never pass through a translator.
"""

from __future__ import annotations

import math
import os
import re
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..domain import text as domain_text

ENVIRONMENT = "WELLBEING_LANGUAGE"
#: What Settings offers besides "the system's": each in its own words, never translated.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
PSEUDO = "pseudo"
#: Where the source language lives; nothing to load for it.
SOURCE_LANGUAGE = "en"


def translations_folder() -> Path:
    return Path(str(files("wellbeing") / "assets" / "translations"))


def catalogue_path(language: str) -> Path:
    return translations_folder() / f"wellbeing_{language}.qm"


def resolve(choice: str, *, system: QLocale | None = None) -> str:
    """The language to show: the environment's override, else the person's choice, else
    the first of the system's preferred languages that Wellbeing speaks, else English."""
    forced = os.environ.get(ENVIRONMENT, "").strip().lower()
    if forced in LANGUAGES or forced == PSEUDO:
        return forced
    if choice in LANGUAGES:
        return choice
    locale = system if system is not None else QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


# Installing


class _State:
    translators: list[QTranslator] = []  # noqa: RUF012 - one list for the process
    original_locale: QLocale | None = None
    language: str = SOURCE_LANGUAGE


def install(app: QCoreApplication, language: str) -> str:
    """Put ``language`` in place for every string translated from now on; returns the
    language that is in use (English when a catalogue is missing)."""
    uninstall(app)
    if _State.original_locale is None:
        _State.original_locale = QLocale()
    if language == PSEUDO:
        _add(app, PseudoTranslator(app))
    elif language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if not ours.load(str(catalogue_path(language))):
            return SOURCE_LANGUAGE
        qt_own = QTranslator(app)  # Qt's own words: dialog buttons, context menus
        if qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            _add(app, qt_own)
        _add(app, ours)  # asked first: installed last
    if language in LANGUAGES and not _speaks(_State.original_locale, language):
        QLocale.setDefault(QLocale(language))  # dates and numbers in the chosen language
    if _State.translators:
        domain_text.set_translator(_translate)
    _State.language = language
    return language


def _speaks(locale: QLocale, language: str) -> bool:
    """Whether the locale's dates and numbers already read in ``language`` (then its
    country's conventions are kept: es_MX stays es_MX; the C locale writes English)."""
    if locale.language() == QLocale(language).language():
        return True
    return language == SOURCE_LANGUAGE and locale.language() == QLocale.Language.C


def uninstall(app: QCoreApplication) -> None:
    """Back to English as written (tests put things back with this)."""
    for translator in _State.translators:
        app.removeTranslator(translator)
    _State.translators = []
    domain_text.set_translator(None)
    if _State.original_locale is not None:
        QLocale.setDefault(_State.original_locale)
    _State.language = SOURCE_LANGUAGE


def current_language() -> str:
    return _State.language


def _add(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _State.translators.append(translator)


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


# The pseudo-locale

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
#: Kept exactly: placeholders, %n and %1, tags and entities, accelerators, file patterns.
_KEEP = re.compile(
    r"\{[A-Za-z0-9_]*(?:[!:][^{}]*)?\}"  # {name}, {0}, {count:,}
    r"|%L?n|%L?\d+|%%|%[pvm]\b"  # %n, %1, a progress bar's %p %v %m
    r"|<[^<>]+>"  # rich text tags
    r"|&(?:[A-Za-z]+|#\d+);"  # entities
    r"|&&|&\S"  # a literal ampersand, an accelerator and its letter
    r"|\(\*[^)]*\)|\*\.\w+"  # file dialog patterns
)
#: A date or time format for QDateTimeEdit or QLocale ("d MMM yyyy, HH:mm"): not words.
_DATE_FORMAT = re.compile(r"[dMyHhmsaAptz ,.:/'\-]+")


def pseudo(text: str) -> str:
    """``text`` accented, in brackets and about 40 % longer, its placeholders intact."""
    if not text or not any(c.isalpha() for c in text) or _DATE_FORMAT.fullmatch(text):
        return text
    parts, at = [], 0
    for kept in _KEEP.finditer(text):
        parts.append(text[at : kept.start()].translate(_ACCENTED))
        parts.append(kept.group())
        at = kept.end()
    parts.append(text[at:].translate(_ACCENTED))
    # Padding in short words, so a label that word-wraps can still wrap it.
    extra = max(1, math.ceil(len(text) * 0.4) - 3)
    padding = " ".join("~" * min(4, extra - at) for at in range(0, extra, 5))
    return f"[{''.join(parts)} {padding}]"


class PseudoTranslator(QTranslator):
    """Every string, ours and Qt's, through :func:`pseudo`."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source_text or "")

    def isEmpty(self) -> bool:
        return False
