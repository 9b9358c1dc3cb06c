"""PDFs of the safety plan (one page, or a wallet card) and of a session's summary.

Qt only (QTextDocument laid out on a QPdfWriter), no extra dependency. The person's words
are always escaped, never read as HTML. Files are written to a temporary name in the
same folder, made private (0600) and then moved into place, so a failed export never
leaves half a file. A PDF is not encrypted; the app says so wherever one is made.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ..domain.coding import coded_labels, plan_hider
from ..domain.safety_plan import STEP_CONTEXT, STEP_TITLES, SafetyItem, SafetyPlan, Step, numbered
from ..files import write_atomic

_app: QGuiApplication | None = None

#: Smallest text printed (notes and footer included); below this a plan flows onto
#: another page instead. The card keeps the same floor: it is read in a hard moment.
MIN_POINTS = 7.0
CARD_MIN_POINTS = MIN_POINTS
_CARD = QPageSize(
    QSizeF(85.6, 54.0),
    QPageSize.Unit.Millimeter,
    "Wallet card",
    QPageSize.SizeMatchPolicy.ExactMatch,
)


def _tr(text: str) -> str:
    # lupdate files a bare tr()/_tr() call under no context, wherever it is
    return QCoreApplication.translate("", text)


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen one for headless exports.

    A PDF needs fonts, not a screen: when the app creates Qt itself (the command line),
    it uses the offscreen platform, so an export never connects to a display server.
    """
    global _app
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] or "wellbeing"])
    return _app


#: The application property where ``ui.identity`` leaves the name the app shows.
SHOWN_NAME_PROPERTY = "wellbeing_shown_name"


def _creator() -> str:
    """The PDF's "creator": the name the app shows (the neutral one in discreet mode),
    "Wellbeing" when nothing set one (the command line)."""
    app = QGuiApplication.instance()
    name = app.property(SHOWN_NAME_PROPERTY) if app is not None else None
    return name if isinstance(name, str) and name else "Wellbeing"


def step_heading(step: Step) -> str:
    """The step's title, in the words of the safety plan screen (``ui.words.plan``): the
    domain's one table, translated in the same context (printing may not import ui)."""
    return QCoreApplication.translate(STEP_CONTEXT, STEP_TITLES[step])


# Building the documents -------------------------------------------------------------


def _contact_names(plan: SafetyPlan, coded: bool) -> dict[tuple[Step, int], str]:
    """What to print for each contact: the name, or its coded label ("Contact N")."""
    if coded:
        return coded_labels(plan, lambda n: _tr("Contact {n}").format(n=n))
    return {
        (step, index): item.text
        for step in Step
        if step.has_contacts
        for index, item in enumerate(plan.section(step))
    }


def _escape(text: str) -> str:
    """The person's words as text, never markup; their line breaks kept."""
    return "<br>".join(html.escape(line) for line in text.strip().splitlines())


def _item_html(item: SafetyItem, name: str, small: bool, hide: Callable[[str], str] = str) -> str:
    parts = [_escape(name)]
    if item.reach.strip():
        parts.append(f"<b>{_escape(hide(item.reach))}</b>")
    line = " — ".join(parts)
    notes = []
    if item.likelihood:
        notes.append(_tr("how likely: {n} of 5").format(n=item.likelihood))
    if item.obstacles.strip():
        notes.append(_tr("in the way: {text}").format(text=hide(item.obstacles)))
    if notes and not small:
        line += f' <span class="note">({_escape("; ".join(notes))})</span>'
    return f"<li>{line}</li>"


def _card_step_html(title: str, step: Step, printed: list[tuple[str, str]]) -> str:
    """One step on the wallet card, short: the title run into its items ("a · b · c");
    people and services one a line, with how to reach them in bold."""
    if step.has_contacts:
        lines = []
        for name, reach in printed:
            line = html.escape(" ".join(name.split()))
            if reach.strip():
                line += f" — <b>{html.escape(' '.join(reach.split()))}</b>"
            lines.append(line)
        return f'<p class="step"><b>{title}</b><br>{"<br>".join(lines)}</p>'
    texts = "\u00a0· ".join(  # the dot stays at the end of a line, not the start
        html.escape(" ".join(name.split())) for name, _ in printed
    )
    return f'<p class="step"><b>{title}:</b> {texts}</p>'


def _sections_html(plan: SafetyPlan, steps: Iterable[Step], coded: bool, small: bool) -> str:
    """The steps with items (empty ones left out); ``small``: the wallet card's short form."""
    names = _contact_names(plan, coded)
    hide = plan_hider(plan, names) if coded else str
    out = []
    for step in steps:
        items = plan.section(step)
        if not items:
            continue
        title = html.escape(numbered(step, step_heading(step)))
        if small:
            printed = [
                (names.get((step, i), hide(item.text)), hide(item.reach))
                for i, item in enumerate(items)
            ]
            out.append(_card_step_html(title, step, printed))
            continue
        rows = "".join(
            _item_html(item, names.get((step, i), hide(item.text)), small, hide)
            for i, item in enumerate(items)
        )
        out.append(f"<h3>{title}</h3><ul>{rows}</ul>")
    return "".join(out)


def _page(
    title: str, body: str, points: float, footer: str = "", title_size: str = "x-large"
) -> QTextDocument:
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setPointSizeF(points)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setIndentWidth(points * 1.5)  # in points here; list indents follow the text size
    small = max(MIN_POINTS, points * 0.85)  # notes and footer: smaller, never unreadable
    doc.setDefaultStyleSheet(
        f"h1 {{ font-size: {title_size}; margin: 0 0 4px 0; }}"
        "h3 { font-size: medium; font-weight: bold; margin: 8px 0 2px 0; }"
        "ul { margin: 0; } li { margin: 1px 0; } p.step { margin: 3px 0 0 0; }"
        f".note {{ font-size: {small:.2f}pt; }}"
        f"p.footer {{ font-size: {small:.2f}pt; margin-top: 8px; }}"
    )
    head = f"<h1>{html.escape(title)}</h1>" if title else ""
    doc.setHtml(head + body + (f'<p class="footer">{footer}</p>' if footer else ""))
    return doc


def _footer(plan: SafetyPlan, coded: bool) -> str:
    hide = plan_hider(plan, _contact_names(plan, True)) if coded else str
    lines = []
    if plan.kept_where.strip():
        lines.append(_tr("Kept: {text}").format(text=_escape(hide(plan.kept_where))))
    if plan.shared_with.strip():
        lines.append(_tr("Shared with: {text}").format(text=_escape(hide(plan.shared_with))))
    if plan.last_reviewed:
        lines.append(_tr("Last reviewed: {day}").format(day=plan.last_reviewed.isoformat()))
    return "<br>".join(lines)


# Laying out and writing -------------------------------------------------------------


def _layout_dpi() -> float:
    """The dots per inch Qt's text layout counts an indent in: it scales the document's
    indent width by the paint device's resolution over the screen's (qt_defaultDpi)."""
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 100.0


def _draw(
    writer: QPdfWriter,
    painter: QPainter,
    build: Callable[[float], QTextDocument],
    largest: float,
    smallest: float,
    first_page: bool,
) -> None:
    """Draw the largest text size that fits one page. When even ``smallest`` needs more
    pages, the text flows onto as few pages as that needs, at the largest size they hold."""
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    size = QSizeF(rect.width(), rect.height())

    def lay_out(points: float) -> QTextDocument:
        doc = build(points)
        doc.documentLayout().setPaintDevice(writer)
        doc.setIndentWidth(doc.indentWidth() * _layout_dpi() / 72)
        doc.setPageSize(size)
        return doc

    points = largest
    doc = lay_out(points)
    while doc.pageCount() > 1 and points > smallest:
        points = max(smallest, points - 0.5)
        doc = lay_out(points)
    if doc.pageCount() > 1:
        pages = doc.pageCount()
        for larger in (largest - 0.5 * step for step in range(int((largest - points) * 2))):
            candidate = lay_out(larger)
            if candidate.pageCount() <= pages:
                doc = candidate
                break
    for page in range(doc.pageCount()):
        if page or not first_page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * size.height())
        doc.drawContents(painter, QRectF(0, page * size.height(), size.width(), size.height()))
        painter.restore()


def _write(
    out: Path,
    layout: QPageLayout,
    pages: list[tuple[Callable[[float], QTextDocument], float, float]],
    title: str,
) -> None:
    ensure_gui_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)  # neutral: the file's metadata never holds the person's words
    writer.setCreator(_creator())
    writer.setResolution(1200)  # fine steps: 7 pt stays 7 pt, not 6.96
    writer.setPageLayout(layout)
    painter = QPainter(writer)
    try:
        for number, (build, largest, smallest) in enumerate(pages):
            _draw(writer, painter, build, largest, smallest, first_page=number == 0)
    finally:
        painter.end()
        buffer.close()
    write_atomic(Path(out), bytes(buffer.data()))  # private (0600), whole or not at all


def write_safety_plan_pdf(
    plan: SafetyPlan, out: Path, *, card: bool = False, coded: bool = False
) -> None:
    """The plan on one A4 page (or, with ``card``, a two-sided wallet card)."""
    if card:
        front = [Step.WARNING_SIGNS, Step.ON_MY_OWN, Step.PEOPLE_AND_PLACES]
        back = [
            Step.PEOPLE_TO_ASK,
            Step.PROFESSIONALS,
            Step.SAFER_SURROUNDINGS,
            Step.REASONS_FOR_LIVING,
        ]
        # The size is already wider than tall: "portrait" keeps it as given.
        layout = QPageLayout(
            _CARD,
            QPageLayout.Orientation.Portrait,
            QMarginsF(3, 3, 3, 3),
            QPageLayout.Unit.Millimeter,
        )

        def side(steps: list[Step], title: str) -> Callable[[float], QTextDocument]:
            body = _sections_html(plan, steps, coded, True)
            return lambda points: _page(title, body, points, title_size="large")

        _write(
            out,
            layout,
            [
                (side(front, _tr("My safety plan")), 8.0, CARD_MIN_POINTS),
                (side(back, ""), 8.0, CARD_MIN_POINTS),
            ],
            _tr("Safety plan"),
        )
        return
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(16, 16, 16, 16),
        QPageLayout.Unit.Millimeter,
    )
    body = _sections_html(plan, list(Step), coded, False)
    if not body:
        body = f"<p>{html.escape(_tr('This plan is empty for now.'))}</p>"
    footer = _footer(plan, coded)
    _write(
        out,
        layout,
        [(lambda points: _page(_tr("My safety plan"), body, points, footer), 12.0, MIN_POINTS)],
        _tr("Safety plan"),
    )


def write_summary_pdf(
    title: str, intro: str, sections: list[tuple[str, list[str]]], out: Path
) -> None:
    """A plain document of headed lists (what was made together in a session)."""
    body = f"<p>{_escape(intro)}</p>" if intro.strip() else ""
    for heading, lines in sections:
        rows = "".join(f"<li>{_escape(line)}</li>" for line in lines)
        body += f"<h3>{_escape(heading)}</h3><ul>{rows}</ul>"
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(18, 18, 18, 18),
        QPageLayout.Unit.Millimeter,
    )
    _write(out, layout, [(lambda points: _page(title, body, points), 11.0, 11.0)], _tr("Summary"))
