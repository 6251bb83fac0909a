"""What the community guard does is audited and counted in /stats, on any platform (issue 19)."""

from __future__ import annotations

from core.i18n import render
from core.insights.audit import IMPERSONATOR, REPORTED, SCAM_KEPT, SCAM_REMOVED
from core.models import Actor

MOD = Actor("test", "m1", "Mia", is_moderator=True)
ADMIN = Actor("test", "a1", "Ada", is_admin=True)


async def test_guard_actions_are_audited_and_counted_in_stats(make_desk):
    app = await make_desk()
    desk = app.desk
    await desk.record_guard(SCAM_REMOVED, "telegram:5", detail="drainer_phrase,lookalike_domain")
    await desk.record_guard(SCAM_REMOVED, "discord:6")
    await desk.record_guard(SCAM_KEPT, "discord:8")
    await desk.record_guard(IMPERSONATOR, "discord:7", detail="Mia")
    await desk.record_guard(REPORTED, "telegram:9")
    await desk.record_guard("banned", "discord:7", actor=MOD)
    await desk.record_guard("ignored", "telegram:9", actor=MOD)

    text = render("en", await desk.stats(MOD))
    assert ("2 scam messages removed, 1 left (no right to delete), 1 impersonators flagged, 1 reported by users, "
            "1 banned or muted by staff") in text
    assert "删除诈骗消息 2 条" in render("zh", await desk.stats(MOD))
    guard = [e for e in await desk.audit_entries(ADMIN) if e.action == "guard"]
    assert len(guard) == 7
    assert {e.actor for e in guard if e.detail.startswith("banned")} == {MOD.key}
    assert {e.target for e in guard if e.detail.startswith(IMPERSONATOR)} == {"discord:7"}


async def test_a_quiet_week_shows_no_guard_line(make_desk):
    app = await make_desk()
    assert "guard" not in render("en", await app.desk.stats(MOD)).lower()
