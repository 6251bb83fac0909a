"""`supportbot report`: one self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from core.insights.gaps import Gap
from core.insights.stats import DeskStats, Satisfaction, Spread
from core.insights.summary import percent

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC",sans-serif;margin:24px auto;max-width:1100px;
color:#1d2733;background:#f5f7fa}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:0 0 10px}.muted{color:#66707d}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin:18px 0}
.tile{background:#fff;border-radius:8px;padding:12px 14px;box-shadow:0 1px 2px #0001}
.tile b{display:block;font-size:24px}.grid{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.card{background:#fff;border-radius:8px;padding:14px;box-shadow:0 1px 2px #0001;margin-bottom:14px}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:4px 6px;border-bottom:1px solid #e6e9ee}
th{font-weight:600;color:#48515c}svg text{font-size:10px;fill:#48515c}
"""
BLUE, GREEN, ORANGE = "#3b82f6", "#16a34a", "#f59e0b"


def render_report(stats: DeskStats, gaps: Sequence[Gap], title: str = "Support desk report") -> str:
    """Return the whole page."""
    tiles = [
        ("messages", str(stats.messages)), ("conversations", str(stats.conversations)),
        ("deflection rate", percent(stats.deflection_rate)), ("automation rate", percent(stats.automation_rate)),
        ("escalated", str(stats.escalated)), ("resolution rate", percent(stats.resolution_rate)),
        ("median first response", _minutes(stats.first_response)),
        ("satisfaction", f"{stats.satisfaction.mean:.2f}/5" if stats.satisfaction.mean is not None else "-"),
    ]
    days = stats.days
    parts = [
        f"<h1>{escape(title)}</h1>",
        f'<div class="muted">{stats.since:%Y-%m-%d %H:%M} to {stats.until:%Y-%m-%d %H:%M} '
        f"({escape(stats.timezone)})</div>",
        '<div class="tiles">' + "".join(f'<div class="tile"><span class="muted">{escape(k)}</span><b>{escape(v)}</b>'
                                        f"</div>" for k, v in tiles) + "</div>",
        '<div class="grid">',
        _card("Messages per day", bar_chart([(d.day[5:], d.messages) for d in days], BLUE)),
        _card("Messages per hour of day", bar_chart([(f"{h:02d}", n) for h, n in enumerate(stats.hours)], BLUE)),
        _card("Deflection rate per day (answered without a human)",
              line_chart([(d.day[5:], d.deflection_rate) for d in days], GREEN)),
        _card("First response time (escalated tickets)", bar_chart(stats.response_buckets, ORANGE)),
        _card("Satisfaction (1-5)", bar_chart([(f"{k}★", v) for k, v in stats.satisfaction.distribution.items()],
                                              GREEN)),
        _card("Top categories", bar_chart(stats.top_categories[:8], BLUE)),
        "</div>",
        _card("Per moderator", _table(["moderator", "claimed", "resolved", "first response", "resolution", "rating"],
                                      [[m.name, m.claimed, m.resolved, _minutes(m.first_response),
                                        _minutes(m.resolution), _rating(m.satisfaction)]
                                       for m in stats.by_moderator])),
        _card("Top gaps: questions the FAQ did not settle",
              _table(["#", "questions", "examples", "nearest entry"],
                     [[g.number, g.size, " · ".join(g.examples[:3]),
                       f"{g.nearest_entry or '-'} ({g.nearest_score:.2f})"] for g in gaps[:10]])),
        _card('"This did not help" per FAQ entry',
              _table(["entry", "shown", "did not help", "rate"],
                     [[e.entry_id, e.shown, e.not_helpful, percent(e.not_helpful_rate)]
                      for e in stats.entries if e.not_helpful][:10])),
    ]
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>{''.join(parts)}</body></html>\n")


def bar_chart(points: Sequence[tuple[str, int]], color: str, width: int = 500, height: int = 180) -> str:
    """Vertical bars with labels and values; an empty series says so instead of drawing nothing."""
    if not points or not any(v for _, v in points):
        return '<p class="muted">no data yet</p>'
    top = max(v for _, v in points)
    slot = (width - 20) / len(points)
    bars = []
    for i, (label, value) in enumerate(points):
        h = (height - 40) * value / top
        x = 10 + i * slot
        bars.append(f'<rect x="{x + slot * 0.15:.1f}" y="{height - 20 - h:.1f}" width="{slot * 0.7:.1f}" '
                    f'height="{h:.1f}" fill="{color}" rx="2"><title>{escape(label)}: {value}</title></rect>')
        bars.append(f'<text x="{x + slot / 2:.1f}" y="{height - 6}" text-anchor="middle">{escape(label)}</text>')
        if value:
            bars.append(f'<text x="{x + slot / 2:.1f}" y="{height - 24 - h:.1f}" text-anchor="middle">{value}</text>')
    return _svg(width, height, "".join(bars))


def line_chart(points: Sequence[tuple[str, float | None]], color: str, width: int = 500, height: int = 180) -> str:
    """A 0-100% line over labelled points; days without conversations leave a gap."""
    known = [(i, v) for i, (_, v) in enumerate(points) if v is not None]
    if not known:
        return '<p class="muted">no data yet</p>'
    slot = (width - 60) / max(len(points) - 1, 1)
    def xy(i: int, v: float) -> tuple[float, float]:
        return 30 + i * slot, 10 + (height - 40) * (1 - v)
    parts = [f'<line x1="30" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e6e9ee"/>'
             f'<text x="2" y="{y + 3:.1f}">{label}</text>'
             for label, y in (("100%", xy(0, 1)[1]), ("50%", xy(0, 0.5)[1]), ("0%", xy(0, 0)[1]))]
    path = " ".join(f"{'M' if n == 0 else 'L'}{xy(i, v)[0]:.1f},{xy(i, v)[1]:.1f}" for n, (i, v) in enumerate(known))
    parts.append(f'<path d="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
    for i, v in known:
        x, y = xy(i, v)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{color}"><title>{v:.0%}</title></circle>')
    for i, (label, _) in enumerate(points):
        parts.append(f'<text x="{xy(i, 0)[0]:.1f}" y="{height - 6}" text-anchor="middle">{escape(label)}</text>')
    return _svg(width, height, "".join(parts))


def _svg(width: int, height: int, body: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
            f'role="img">{body}</svg>')


def _card(title: str, body: str) -> str:
    return f'<div class="card"><h2>{escape(title)}</h2>{body}</div>'


def _table(head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    if not rows:
        return '<p class="muted">nothing yet</p>'
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{header}</tr>{body}</table>"


def _minutes(spread: Spread) -> str:
    if spread.median is None:
        return "-"
    return f"{spread.median:.0f} min" if spread.median < 120 else f"{spread.median / 60:.1f} h"


def _rating(s: Satisfaction) -> str:
    return "-" if s.mean is None else f"{s.mean:.2f} ({s.count})"
