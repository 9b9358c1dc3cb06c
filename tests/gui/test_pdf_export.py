"""Safety plan PDFs, checked the way a reader and a snoop would check them.

Complements test_pdf.py: real printed text sizes (the font size times the page's
scaling, not the raw operand), coded labels that also hide a name written elsewhere in
the plan, every byte of the file (compressed streams opened), and private, whole files.
"""

from __future__ import annotations

import math
import os
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import IndirectObject, StreamObject

from tests.gui.helpers import pdf_text
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.printing import pdf as pdf_module
from wellbeing.printing.pdf import (
    MIN_POINTS,
    ensure_gui_app,
    write_safety_plan_pdf,
    write_summary_pdf,
)

pytestmark = pytest.mark.gui

MM = 72 / 25.4
NAMES = ["Robin Example", "Sam Placeholder", "Jo"]
LABELS = ["Sunflower", "Contact 2", "Contact 3"]

#: A full plan as a person might write it: several items a step, notes, contacts.
PLAN = SafetyPlan(
    items={
        Step.WARNING_SIGNS: (
            SafetyItem("Not sleeping for two nights in a row"),
            SafetyItem("Pulling away from robin example and everyone else"),
            SafetyItem("<b>not bold</b> & co"),
            SafetyItem("Thinking nobody would notice\nif I went quiet"),
        ),
        Step.ON_MY_OWN: (
            SafetyItem("A hot shower, then tea", likelihood=4, obstacles="No hot water"),
            SafetyItem("Walk round the block with loud music", likelihood=3),
            SafetyItem("Draw anything at all for ten minutes"),
        ),
        Step.PEOPLE_AND_PLACES: (
            SafetyItem("Robin Example", reach="Text first: 555-0100", coded_label="Sunflower"),
            SafetyItem("Sam Placeholder", reach="The café on Elm Street, Saturdays"),
        ),
        Step.PEOPLE_TO_ASK: (
            SafetyItem("Jo", reach="555-0142", likelihood=5, obstacles="Jo works nights"),
        ),
        Step.PROFESSIONALS: (),
        Step.SAFER_SURROUNDINGS: (
            SafetyItem("Spare pills stay with a friend", likelihood=2),
            SafetyItem("Knives in the drawer <i>upstairs</i>"),
        ),
        Step.REASONS_FOR_LIVING: (SafetyItem("My cat, Biscuit"), SafetyItem("The sea in June")),
    },
    kept_where="In my wallet & on the fridge",
    shared_with="Sam Placeholder, and Jo (always)",
    last_reviewed=date(2026, 3, 1),
)


def printed_sizes(path: Path) -> list[float]:
    """The size every piece of text is printed at, in points on the page."""
    sizes: list[float] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            scale = math.sqrt(abs(cm[0] * cm[3] - cm[1] * cm[2]))
            scale *= math.sqrt(abs(tm[0] * tm[3] - tm[1] * tm[2]))
            sizes.append(size * scale)

    for page in pypdf.PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def every_byte(path: Path) -> bytes:
    """The file as stored plus every stream decompressed (content, fonts, metadata)."""
    reader = pypdf.PdfReader(path)
    parts = [path.read_bytes()]
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            found = reader.get_object(IndirectObject(number, 0, reader))
        except Exception:  # a free object number
            continue
        if isinstance(found, StreamObject):
            parts.append(found.get_data())
    return b"\n".join(parts)


def holds(data: bytes, word: str) -> bool:
    lowered = data.lower()
    forms = [word.encode(), word.encode("utf-16-be")]
    forms += [form.hex().encode() for form in forms[1:]]
    return any(form.lower() in lowered for form in forms)


def test_a_full_plan_fits_one_page_with_everything_on_it(qapp, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    write_safety_plan_pdf(PLAN, out)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (210, 297)
    text = pdf_text(out)
    for items in PLAN.items.values():
        for item in items:
            assert " ".join(item.text.split()) in text
            assert item.reach in text
            if item.obstacles:
                assert item.obstacles in text
    assert "how likely: 4 of 5" in text and "how likely: 2 of 5" in text
    for words in ("My safety plan", "In my wallet & on the fridge", PLAN.shared_with):
        assert words in text
    assert "<b>not bold</b> & co" in text and "<i>upstairs</i>" in text
    assert min(printed_sizes(out)) >= 9  # a plan this size prints comfortably large


def test_a_long_plan_never_prints_below_seven_points(qapp, tmp_path: Path) -> None:
    wordy = "a long sentence in my own words about what helps " * 6
    long = SafetyPlan(
        items={
            step: tuple(
                SafetyItem(
                    f"{step.value} {i} {wordy}",
                    reach="555-0100",
                    likelihood=3,
                    obstacles="what might get in the way " * 4,
                )
                for i in range(7)
            )
            for step in Step
        },
        kept_where="In the drawer " * 20,
        last_reviewed=date(2026, 3, 1),
    )
    out = tmp_path / "long.pdf"
    write_safety_plan_pdf(long, out)
    sizes = printed_sizes(out)
    assert min(sizes) >= MIN_POINTS - 0.01  # the notes and the footer included
    pages = len(pypdf.PdfReader(out).pages)
    assert pages >= 2
    text = pdf_text(out)
    assert "reasons_for_living 6" in text and "In the drawer" in text

    card = tmp_path / "long-card.pdf"
    write_safety_plan_pdf(long, card, card=True)
    assert min(printed_sizes(card)) >= MIN_POINTS - 0.01


def test_the_wallet_card_is_card_sized_on_every_side(qapp, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    write_safety_plan_pdf(PLAN, out, card=True)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 2  # front and back
    for page in reader.pages:
        box = page.mediabox
        assert abs(float(box.width) - 85.6 * MM) < 1 and abs(float(box.height) - 54 * MM) < 1
    front, back = (" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Warning signs" in front and "Robin Example" in front and "555-0100" in front
    assert "555-0142" in back and "My cat, Biscuit" in back and "Warning signs" not in back
    assert min(printed_sizes(out)) >= MIN_POINTS - 0.01


@pytest.mark.parametrize("card", [False, True], ids=["page", "card"])
def test_coded_hides_every_name_even_where_it_is_written_elsewhere(
    qapp, tmp_path: Path, card: bool
) -> None:
    out = tmp_path / "coded.pdf"
    write_safety_plan_pdf(PLAN, out, card=card, coded=True)
    text = pdf_text(out)
    data = every_byte(out)
    for name in NAMES:
        assert not re.search(rf"\b{name}\b", text, re.IGNORECASE), name
        if len(name) > 4:  # a short name turns up by chance in compressed bytes
            assert not holds(data, name), name
    for label in LABELS:
        assert label in text
    assert "555-0100" in text and "555-0142" in text  # how to reach them stays
    if not card:
        # A name written in a warning sign, in what gets in the way and in "shared
        # with" prints as that contact's label; "always" is not mistaken for "Jo".
        assert "Pulling away from Sunflower and everyone else" in text
        assert "Contact 3 works nights" in text
        assert "Contact 2, and Contact 3 (always)" in text
    meta = pypdf.PdfReader(out).metadata
    assert (meta.title, meta.creator) == ("Safety plan", "Wellbeing")


def test_uncoded_prints_the_names(qapp, tmp_path: Path) -> None:
    """The control for the coded test: the same checks do see a name when it is there."""
    out = tmp_path / "plain.pdf"
    write_safety_plan_pdf(PLAN, out)
    assert all(name in pdf_text(out) for name in NAMES)
    assert not any(label in pdf_text(out) for label in LABELS)


def test_files_are_private_even_with_an_open_umask_and_over_an_old_file(
    qapp, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"an older export")
    out.chmod(0o644)
    old = os.umask(0)
    try:
        write_safety_plan_pdf(PLAN, out)
        summary = tmp_path / "summary.pdf"
        write_summary_pdf("What we made together", "", [("Values", ["Honesty"])], summary)
    finally:
        os.umask(old)
    assert out.read_bytes().startswith(b"%PDF")
    assert oct(out.stat().st_mode & 0o777) == oct(summary.stat().st_mode & 0o777) == "0o600"


def test_a_failed_export_leaves_the_old_file_and_no_part_file(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"an older export")

    def refuse(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_safety_plan_pdf(PLAN, out, card=True)
    assert out.read_bytes() == b"an older export"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_summary_escapes_every_field_and_keeps_line_breaks(qapp, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    write_summary_pdf(
        "<h1>What we made</h1>",
        "Intro & <script>x</script>",
        [("<u>Values</u>", ["First line\nsecond line", "A & B"]), ("Empty", [])],
        out,
    )
    text = pdf_text(out)
    for words in ("<h1>What we made</h1>", "Intro & <script>x</script>", "<u>Values</u>"):
        assert words in text
    assert "First line second line" in text and "A & B" in text and "Empty" in text
    assert pypdf.PdfReader(out).metadata.title == "Summary"  # never the person's words


def test_ensure_gui_app_reuses_the_running_application(qapp) -> None:
    made_before = pdf_module._app
    assert ensure_gui_app() is qapp
    assert pdf_module._app is made_before  # nothing new was made
