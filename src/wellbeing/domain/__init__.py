"""Plain-Python domain model of the plan and journal. No Qt, no storage."""
