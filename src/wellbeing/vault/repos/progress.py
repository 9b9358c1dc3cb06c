"""What the review shows for a period, computed where the data is.

Counts and averages are SQL aggregates (``GROUP BY``, ``SUM(CASE …)``, ``AVG``) over
indexed range scans; only their results come back to Python. Habit strength is the one
exception by nature: each day's score depends on the day before, back to the routine's
start, so the check-ins since then are read (a primary-key range scan per routine, coming
back as one row: its days of each status joined into a text) and walked once by
:func:`wellbeing.domain.scoring.strength_series`, up to today; the daily series is kept
until the next write, so other periods are slices of it. Only the sampled points are
returned.

Which records appear: those in the plan now (not archived), and archived ones that have
something in the period (check-ins, steps done, events), so a past period still shows
what happened in it. Strength uses each routine's current schedule, as the routine card
does.

Local dates. Journal entries store their creation time in UTC (and their id is that time
in microseconds); the review puts each entry on the calendar day it was written
*locally*, in this computer's time zone with its summer-time rules at that date, the
same zone as ``Vault.today()``. Python turns each bucket's local midnights into UTC ids
(a handful of conversions, not one per entry), so every bucket is one primary-key range
of entries and SQL averages it. Daily mood check-ins already carry their local day.
"""

from __future__ import annotations

import json
from array import array
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ...domain.journal import FIRST_YEAR, shown_time
from ...domain.review import (
    BoundaryCounts,
    CheckInCounts,
    GoalProgress,
    MoodPoint,
    Period,
    ReviewData,
    Sample,
    StrengthPoint,
    Who5Point,
    bucket_start,
    goal_percent,
    sample_points,
    who5_score,
)
from ...domain.routines import CheckInStatus, Pause, Schedule, ScheduleKind
from ...domain.scoring import strength_series

if TYPE_CHECKING:
    from ..db import Database
    from ..vault import Vault

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_STATUSES = (CheckInStatus.DONE, CheckInStatus.SKIPPED, CheckInStatus.NOT_NEEDED)


def _midnight_key(day: date) -> int:
    """The journal id (µs since the epoch, UTC) at the local midnight that starts
    ``day``, in this computer's zone (summer time included)."""
    try:
        moment = datetime.combine(day, time()).astimezone()  # naive = local
    except (OverflowError, ValueError):  # the edges of the calendar
        return -(2**63) if day.year == 1 else 2**63 - 1
    return (moment - _EPOCH) // timedelta(microseconds=1)


def _following(day: date, bucket: Sample) -> date | None:
    """The first day of the next bucket after the one starting on ``day``."""
    try:
        if bucket is Sample.DAY:
            return day + timedelta(days=1)
        if bucket is Sample.WEEK:
            return day + timedelta(days=7)
        return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)
    except (OverflowError, ValueError):
        return None


def _mood_buckets(start: date, end: date, bucket: Sample) -> list[tuple[str, str, str, int, int]]:
    """(bucket start, first day, last day, lowest id, id past the end) for each bucket
    from ``start`` to ``end``; first and last are clipped to the period."""
    buckets = []
    first, lo = start, _midnight_key(start)
    while first <= end:
        opening = bucket_start(first, bucket)
        after = _following(opening, bucket)
        if after is None or after > end:
            last, hi = end, _midnight_key(end + timedelta(days=1)) if end < date.max else 2**63 - 1
        else:
            last, hi = after - timedelta(days=1), _midnight_key(after)
        buckets.append((opening.isoformat(), first.isoformat(), last.isoformat(), lo, hi))
        if after is None:
            break
        first, lo = last + timedelta(days=1), hi
    return buckets


class ProgressRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        # routine id -> (its row, the last day worked out, daily strengths): see _series.
        self._cache: dict[int, tuple[tuple[Any, ...], date, array[float]]] = {}
        self._stamp: tuple[int, ...] = ()

    @property
    def _db(self) -> Database:
        return self._vault.db

    # Everything at once

    def overview(self, period: Period, sample: Sample | str | None = None) -> ReviewData:
        """All the review shows for ``period``; ``sample`` defaults to ``period.sample``."""
        grain = Sample(sample) if sample is not None else period.sample
        start, end = period.start, period.end
        return ReviewData(
            period=period,
            sample=grain,
            routine_counts=self.routine_counts(start, end),
            routine_strengths=self.routine_strengths(start, end, grain),
            goals=self.goal_progress(start, end),
            boundary_counts=self.boundary_counts(start, end),
            mood=self.mood_trend(start, end, grain),
            who5=self.who5_trend(start, end),
        )

    def first_day(self) -> date | None:
        """The earliest day anything was recorded (for an "all time" period), or None."""
        row = self._db.one(
            """
            SELECT min(d), (
                SELECT created_at FROM journal_entries
                WHERE +archived_at IS NULL ORDER BY id LIMIT 1
            ) FROM (
                SELECT min(started_on) AS d FROM routines
                UNION ALL SELECT min(on_date) FROM check_ins
                UNION ALL SELECT min(on_date) FROM boundary_events
                UNION ALL SELECT min(on_date) FROM mood_checkins
                UNION ALL SELECT min(on_date) FROM who5
                UNION ALL SELECT min(done_on) FROM goal_steps
            )
            """
        )
        found = [date.fromisoformat(row[0])] if row[0] else []
        if row[1]:  # the local day (an entry a vault holds may be dated year 1: kept as is)
            found.append(shown_time(datetime.fromisoformat(row[1])).date())
        first = min(found, default=None)
        # The review's periods start no earlier than the first year an entry may have.
        return None if first is None else max(first, date(FIRST_YEAR, 1, 1))

    # Routines

    def routine_counts(self, start: date, end: date) -> dict[int, CheckInCounts]:
        """Done / skipped / not needed per routine, ``start`` to ``end`` inclusive."""
        rows = self._db.all(
            """
            SELECT r.id,
                   SUM(CASE WHEN c.status = 'done' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN c.status = 'skipped' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN c.status = 'not_needed' THEN 1 ELSE 0 END),
                   count(c.routine_id) AS n
            FROM routines AS r
            LEFT JOIN check_ins AS c
                   ON c.routine_id = r.id AND c.on_date BETWEEN :start AND :end
            GROUP BY r.id
            HAVING r.archived_at IS NULL OR n > 0
            ORDER BY r.id
            """,
            {"start": start.isoformat(), "end": end.isoformat()},
        )
        return {row[0]: CheckInCounts(row[1], row[2], row[3]) for row in rows}

    def routine_strengths(
        self, start: date, end: date, sample: Sample | str = Sample.WEEK
    ) -> dict[int, list[StrengthPoint]]:
        """Habit strength per routine at the sample points of ``start``–``end`` (see
        :func:`~wellbeing.domain.review.sample_points`: weekly gives at most 53 points a
        year). A routine that started during the period has points from its start only;
        one that starts after ``end`` is left out."""
        points = sample_points(start, end, sample)
        if not points:
            return {}
        params = {"start": start.isoformat(), "end": end.isoformat()}
        routines = self._db.all(
            """
            SELECT r.id, r.schedule_kind, r.weekdays, r.times_per_week, r.started_on
            FROM routines AS r
            WHERE r.started_on <= :end AND (r.archived_at IS NULL OR EXISTS (
                SELECT 1 FROM check_ins AS c
                WHERE c.routine_id = r.id AND c.on_date BETWEEN :start AND :end))
            ORDER BY r.id
            """,
            params,
        )
        if not routines:
            return {}
        upto = max(end, self._vault.today())
        series = self._series(routines, upto)
        result: dict[int, list[StrengthPoint]] = {}
        for routine_id, *_rest, started_text in routines:
            started = date.fromisoformat(started_text)
            scores = series[routine_id]
            result[routine_id] = [
                StrengthPoint(p, scores[(p - started).days]) for p in points if p >= started
            ]
        return result

    def _series(self, routines: list[Any], upto: date) -> dict[int, array[float]]:
        """Each routine's daily strength from its start to ``upto``, from the cache when
        nothing has been written since it was worked out.

        A day's score depends only on the check-ins and pauses up to that day, so the
        series up to ``upto`` holds, exactly, the series up to any earlier end: flipping
        through periods (a month, the one before, a year, all time) walks each routine's
        history once, not once per period. Any write on this connection (SQLite's
        ``total_changes()``) or by another connection (``data_version``) empties it.
        """
        stamp = tuple(
            self._db.one("SELECT total_changes(), (SELECT data_version FROM pragma_data_version)")
        )
        if stamp != self._stamp:
            self._stamp, self._cache = stamp, {}
        wanted = {}
        for row in routines:
            key = tuple(row)
            cached = self._cache.get(row[0])
            if cached is None or cached[0] != key or cached[1] < upto:
                wanted[row[0]] = key
        if wanted:
            self._walk(list(wanted.values()), upto)
        return {row[0]: self._cache[row[0]][2] for row in routines}

    def _walk(self, routines: list[tuple[Any, ...]], upto: date) -> None:
        ids = [row[0] for row in routines]
        marks = ", ".join("?" for _ in ids)
        pauses: dict[int, list[Pause]] = defaultdict(list)
        for routine_id, first, last in self._db.all(
            f"SELECT routine_id, start, end FROM routine_pauses"
            f" WHERE routine_id IN ({marks}) AND start <= ?",
            [*ids, upto.isoformat()],
        ):
            pauses[routine_id].append(
                Pause(date.fromisoformat(first), None if last is None else date.fromisoformat(last))
            )
        for key in routines:
            routine_id, kind, weekdays, times, started_text = key
            # A routine at a time (a primary-key range scan from its start), its days of
            # each status joined into one text: a few rows, not one per day, and only one
            # routine's days in memory at once.
            days = self._db.one(
                """
                SELECT group_concat(on_date, ',') FILTER (WHERE status = 'done'),
                       group_concat(on_date, ',') FILTER (WHERE status = 'skipped'),
                       group_concat(on_date, ',') FILTER (WHERE status = 'not_needed')
                FROM check_ins WHERE routine_id = ? AND on_date BETWEEN ? AND ?
                """,
                (routine_id, started_text, upto.isoformat()),
            )
            found: dict[date, CheckInStatus] = {}
            for text, status in zip(days, _STATUSES, strict=True):
                if text:
                    found.update(dict.fromkeys(map(date.fromisoformat, text.split(",")), status))
            schedule = Schedule(ScheduleKind(kind), Schedule.from_bits(weekdays), times)
            series = strength_series(
                schedule, found, date.fromisoformat(started_text), upto, pauses.get(routine_id, ())
            )
            self._cache[routine_id] = (key, upto, array("d", series))
            del found, series

    # Goals and boundaries

    def goal_progress(self, start: date, end: date) -> list[GoalProgress]:
        """Each goal's progress now, and how many of its steps were done in the period."""
        rows = self._db.all(
            """
            SELECT g.id, g.title, g.status, g.progress,
                   count(s.goal_id) AS total,
                   SUM(CASE WHEN s.done THEN 1 ELSE 0 END) AS done,
                   SUM(CASE WHEN s.done AND s.done_on BETWEEN :start AND :end
                            THEN 1 ELSE 0 END) AS done_in
            FROM goals AS g LEFT JOIN goal_steps AS s ON s.goal_id = g.id
            GROUP BY g.id
            HAVING g.archived_at IS NULL OR done_in > 0
            ORDER BY g.id
            """,
            {"start": start.isoformat(), "end": end.isoformat()},
        )
        return [
            GoalProgress(
                goal_id=gid,
                title=title,
                status=status,
                percent=goal_percent(progress, status == "achieved", done, total),
                steps_done=done,
                steps_total=total,
                steps_done_in_period=done_in,
            )
            for gid, title, status, progress, total, done, done_in in rows
        ]

    def boundary_counts(self, start: date, end: date) -> dict[int, BoundaryCounts]:
        """Held / crossed / renegotiated per boundary, ``start`` to ``end`` inclusive."""
        rows = self._db.all(
            """
            WITH ev AS (
                SELECT boundary_id,
                       SUM(CASE WHEN outcome = 'held' THEN 1 ELSE 0 END) AS held,
                       SUM(CASE WHEN outcome = 'crossed' THEN 1 ELSE 0 END) AS crossed,
                       SUM(CASE WHEN outcome = 'renegotiated' THEN 1 ELSE 0 END) AS reneg
                FROM boundary_events WHERE on_date BETWEEN :start AND :end
                GROUP BY boundary_id
            )
            SELECT b.id, coalesce(ev.held, 0), coalesce(ev.crossed, 0), coalesce(ev.reneg, 0)
            FROM boundaries AS b LEFT JOIN ev ON ev.boundary_id = b.id
            WHERE b.archived_at IS NULL OR ev.boundary_id IS NOT NULL
            ORDER BY b.id
            """,
            {"start": start.isoformat(), "end": end.isoformat()},
        )
        return {row[0]: BoundaryCounts(row[1], row[2], row[3]) for row in rows}

    # Mood and WHO-5

    def mood_trend(
        self, start: date, end: date, bucket: Sample | str = Sample.DAY
    ) -> list[MoodPoint]:
        """Average mood (1–5) and how many moods, per day, week (from Monday) or month,
        oldest first; buckets with no mood are left out. Each journal entry with a mood
        and each daily mood check-in counts once. Week and month buckets are calendar
        ones: the first may start before ``start`` (it holds only days in the period)."""
        # Each bucket is one range of journal ids (its local midnights in UTC
        # microseconds) and one range of check-in days; SQL does the rest. The entries'
        # moods come from the (archived_at, mood) index alone, five id ranges a bucket
        # (one per mood), so not a page of the entries' text is read: on a journal of
        # 274 years, all time took a third of a second through the table, 0.09 s here.
        rows = self._db.all(
            """
            WITH b (start, first, last, lo, hi) AS (
                SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4
                FROM json_each(:buckets)
            ), moods (start, mood) AS (
                SELECT b.start, e.mood FROM b CROSS JOIN journal_entries AS e
                WHERE e.archived_at IS NULL AND e.mood IN (1, 2, 3, 4, 5)
                  AND e.id >= b.lo AND e.id < b.hi
                UNION ALL
                SELECT b.start, m.mood FROM b CROSS JOIN mood_checkins AS m
                WHERE m.on_date BETWEEN b.first AND b.last
            )
            SELECT start, AVG(mood), count(*) FROM moods GROUP BY start ORDER BY start
            """,
            {"buckets": json.dumps(_mood_buckets(start, end, Sample(bucket)))},
        )
        return [MoodPoint(date.fromisoformat(b), float(avg), n) for b, avg, n in rows]

    def who5_trend(self, start: date, end: date) -> list[Who5Point]:
        """Each WHO-5 check-in's score (0–100) in the period, oldest first."""
        rows = self._db.all(
            "SELECT on_date, answers FROM who5 WHERE on_date BETWEEN ? AND ? ORDER BY on_date",
            (start.isoformat(), end.isoformat()),
        )
        return [
            Who5Point(date.fromisoformat(on), who5_score(tuple(map(int, answers))))
            for on, answers in rows
        ]
