"""The blocklist and the audit log on Discord: /block in a ticket thread or by user, one notice, /unblock, /audit."""

from __future__ import annotations

import pytest

from core.models import TicketState
from tests.discord.conftest import ADMIN, ALICE, BOB, MOD
from tests.discord.fake_discord import FakeDiscord
from tests.discord.test_discord_flow import escalate_from_help_channel

pytestmark = pytest.mark.model


def option(name: str, value: object, kind: int = 3) -> dict[str, object]:
    return {"type": kind, "name": name, "value": value}


async def test_block_in_a_thread_one_notice_then_silence_then_unblock(fake: FakeDiscord, start_client):
    client = await start_client()
    repo = client.desk.tickets.repo
    _, thread_id, _, _ = await escalate_from_help_channel(fake, ALICE, "I want to talk to a human")
    ticket = await repo.latest_for_user("discord", str(ALICE.id))

    done = await fake.answer(await fake.slash(MOD, "block", [option("duration", "7d"), option("reason", "spam")],
                                              channel_id=thread_id))
    assert done.ephemeral and f"discord:{ALICE.id}" in done.content and "is blocked until" in done.content
    assert (await repo.get(ticket.id)).state == TicketState.CLOSED

    mark = fake.mark()
    await fake.message(ALICE, "hello? anyone?")
    notice = await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)
    assert "can't open support requests until" in notice.content
    await fake.message(ALICE, "I want a human now")  # silence: nothing answered, nothing opened
    # Blocked by user (resolved as Discord sends it), permanently, from the help channel.
    by_user = await fake.answer(await fake.slash(MOD, "block", [option("user", str(BOB.id), 6),
                                                                option("duration", "perm")], users=(BOB,)))
    assert f"discord:{BOB.id}" in by_user.content and "further notice" in by_user.content
    listed = await fake.answer(await fake.slash(MOD, "blocks", []))
    assert f"discord:{ALICE.id}" in listed.content and f"discord:{BOB.id}" in listed.content
    # A slash command must be answered: the blocked user is told privately, every time.
    refused = await fake.answer(await fake.slash(BOB, "human", []))
    assert refused.ephemeral and "any more" in refused.content

    lifted = await fake.answer(await fake.slash(ADMIN, "unblock", [option("user", str(ALICE.id), 6)], users=(ALICE,)))
    assert "is unblocked" in lifted.content
    await fake.message(ALICE, "How do I back up my wallet?")  # one author's messages are handled in order
    answer = await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark, nth=2)
    assert "backup-mnemonic" in answer.embed_text
    assert len(fake.sent("POST", f"/channels/{fake.help_channel_id}/messages", mark)) == 2
    assert len(await repo.list(platform="discord", user_id=str(ALICE.id))) == 2  # the old one and the new answer


async def test_audit_for_admins_and_refusals_for_others(fake: FakeDiscord, start_client):
    await start_client()
    refused = await fake.answer(await fake.slash(ALICE, "block", [option("user", str(BOB.id), 6)], users=(BOB,)))
    assert "not allowed" in refused.content
    await fake.answer(await fake.slash(MOD, "block", [option("user", str(BOB.id), 6), option("duration", "2w"),
                                                      option("reason", "scam links")], users=(BOB,)))
    bad = await fake.answer(await fake.slash(MOD, "block", [option("duration", "forever-ish")]))
    assert "Unknown duration" in bad.content
    assert "not allowed" in (await fake.answer(await fake.slash(MOD, "audit", []))).content
    shown = await fake.answer(await fake.slash(ADMIN, "audit", [option("count", 5, 4)], locale="zh-CN",
                                               permissions=1 << 5))
    assert "最近 1 条客服与管理员操作" in shown.content
    assert f"Mia (discord:{MOD.id}) · block · discord:{BOB.id} · 2w: scam links" in shown.content
