"""The Boundaries screen: the person's boundaries, each with a log of how it went."""

from __future__ import annotations

from typing import Any

from ....domain.boundaries import Boundary
from ....domain.changes import Kind
from ...widgets.plan_screen import PlanScreen, PlanTexts
from .editor import BoundaryEditor
from .labels import boundary_line, sort_boundaries


class BoundariesScreen(PlanScreen):
    """Boundaries in the person's words, with a script, a plan for when one is crossed,
    linked values, and a log (held, crossed, renegotiated).

    Needs a ``VaultService``; ``load()`` is called once it is unlocked. Follows
    boundary, value and boundary-log changes (the service's ``changed``).
    """

    key = "boundaries"
    kind = Kind.BOUNDARY
    record_type = Boundary
    required = "statement"

    def make_editor(self) -> BoundaryEditor:
        return BoundaryEditor(self.service)

    def texts(self) -> PlanTexts:
        return PlanTexts(
            heading=self.tr("Boundaries"),
            intro=self.tr(
                "Your boundaries in your own words, what you can say, and how "
                "it went. Changes save themselves, encrypted, on this computer only."
            ),
            new=self.tr("New boundary"),
            list_name=self.tr("Your boundaries"),
            empty=self.tr("No boundaries written yet. “New boundary” starts one."),
            archived=self.tr("The boundary is in the archive now. Its log is kept."),
            choose=self.tr("Choose a boundary, or start a new one."),
            editor_name=self.tr("Boundary"),
            needs_words=self.tr("Write the boundary in a few words and it will save itself."),
            keeps_old=self.tr(
                "A boundary needs a few words. Until you write new ones, it keeps the old ones."
            ),
            untitled=self.tr("A boundary without words yet"),
        )

    def title(self) -> str:
        return self.tr("Boundaries")

    def sort(self, records: list[Any]) -> list[Any]:
        return sort_boundaries(records)

    def line(self, record: Any) -> str:
        return boundary_line(record)

    def record_shown(self, record: Any | None) -> None:
        self.editor.log.set_boundary(None if record is None else record.id)  # type: ignore[attr-defined]

    def new_boundary(self) -> None:
        self.new_record()
