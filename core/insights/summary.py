"""The figures as others read them: JSON for the CLI and report, the /stats message for staff."""

from __future__ import annotations

from core.i18n import Reply
from core.insights.stats import DeskStats, Satisfaction, Spread


def stats_as_dict(stats: DeskStats) -> dict[str, object]:
    """Every figure, rates included, as JSON-ready values (times ISO 8601, durations in minutes)."""
    def spread(s: Spread) -> dict[str, object]:
        return {"count": s.count, "median_min": _round(s.median), "p90_min": _round(s.p90)}

    def satisfaction(s: Satisfaction) -> dict[str, object]:
        distribution = {str(k): v for k, v in s.distribution.items()}
        return {"count": s.count, "mean": _round(s.mean), "distribution": distribution}

    return {
        "since": stats.since.isoformat(), "until": stats.until.isoformat(), "timezone": stats.timezone,
        "messages": stats.messages, "conversations": stats.conversations,
        "answered_by_bot": stats.answered_by_bot, "suggested": stats.suggested, "escalated": stats.escalated,
        "resolved": stats.resolved, "deflection_rate": _round(stats.deflection_rate),
        "automation_rate": _round(stats.automation_rate), "resolution_rate": _round(stats.resolution_rate),
        "first_response": spread(stats.first_response), "resolution": spread(stats.resolution),
        "satisfaction": satisfaction(stats.satisfaction),
        "by_moderator": [{"name": m.name, "claimed": m.claimed, "resolved": m.resolved,
                          "first_response": spread(m.first_response), "resolution": spread(m.resolution),
                          "satisfaction": satisfaction(m.satisfaction)} for m in stats.by_moderator],
        "satisfaction_by_category": {c: satisfaction(s) for c, s in stats.satisfaction_by_category.items()},
        "busiest_hours": stats.busiest_hours, "hours": stats.hours,
        "days": [{"day": d.day, "messages": d.messages, "conversations": d.conversations, "escalated": d.escalated,
                  "deflection_rate": _round(d.deflection_rate)} for d in stats.days],
        "top_categories": [{"category": c, "conversations": n} for c, n in stats.top_categories],
        "first_response_buckets": dict(stats.response_buckets),
        "entries": [{"entry": e.entry_id, "shown": e.shown, "not_helpful": e.not_helpful,
                     "not_helpful_rate": _round(e.not_helpful_rate)} for e in stats.entries],
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def summary_reply(stats: DeskStats, *, waiting: int, claimed: int, guard: Reply | str = "") -> Reply:
    """The staff's /stats message: the period's figures plus the queue right now."""
    weakest = next((e for e in stats.entries if e.not_helpful), None)
    return Reply("stats.summary", {
        "total": stats.conversations, "messages": stats.messages,
        "deflection": percent(stats.deflection_rate), "automation": percent(stats.automation_rate),
        "escalated": stats.escalated, "resolution": percent(stats.resolution_rate),
        "waiting": waiting, "claimed": claimed,
        "first_response": _whole(stats.first_response.median), "first_response_p90": _whole(stats.first_response.p90),
        "rating": f"{stats.satisfaction.mean:.2f}" if stats.satisfaction.mean is not None else "-",
        "ratings": stats.satisfaction.count,
        "hours": ", ".join(f"{h:02d}:00" for h in stats.busiest_hours) or "-",
        "weakest": f"{weakest.entry_id} ({weakest.not_helpful}/{weakest.shown})" if weakest else "-",
        "guard": guard,
    })


def percent(value: float | None) -> str:
    """A rate as a whole percentage, "-" when there is nothing to divide."""
    return "-" if value is None else f"{value:.0%}"


def _whole(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"
