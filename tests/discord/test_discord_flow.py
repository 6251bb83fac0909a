"""The Discord adapter end to end: discord.py parses the fake gateway's events and sends over REST."""

from __future__ import annotations

import pytest

from core.models import TicketState
from core.outbox.effects import EffectKind, OutboxState
from tests.discord.conftest import ADMIN, ALICE, BOB, MOD, OTHER_MOD
from tests.discord.fake_discord import Chaos, FakeDiscord

pytestmark = pytest.mark.model


async def test_answer_in_the_help_channel_with_buttons(fake: FakeDiscord, start_client):
    client = await start_client()
    commands = await fake.wait("PUT", f"/guilds/{fake.guild_id}/commands")
    assert {c["name"] for c in commands.body} == {"ask", "human", "ticket", "cancel", "faq", "stats", "snippet",
                                                 "block", "unblock", "blocks", "audit", "assign", "priority",
                                                 "tickets", "faq_candidates", "faq_accept", "faq_reject",
                                                 "faq_accept_all", "faq_link", "transcript", "mydata", "forgetme"}
    ask = next(c for c in commands.body if c["name"] == "ask")
    assert ask["name_localizations"]["zh-CN"] == "提问"
    assert ask["description_localizations"]["zh-CN"] == "向客服机器人提问"
    faq = next(c for c in commands.body if c["name"] == "faq")
    assert int(faq["default_member_permissions"]) == 1 << 5  # Manage Server
    assert {o["name_localizations"]["zh-CN"] for o in faq["options"]} >= {"新增", "修改", "删除"}
    mark = fake.mark()
    await fake.message(ALICE, "How do I back up my wallet?")
    answer = await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)
    assert "backup-mnemonic" in answer.embed_text
    assert answer.custom_ids == ["sb:solved", "sb:human"]
    pressed = await fake.press(ALICE, fake.messages[int(max(fake.messages))], "sb:solved")
    glad = await fake.answer(pressed)
    assert "Glad that helped" in glad.embed_text
    ticket = await client.desk.tickets.repo.latest_for_user("discord", str(ALICE.id))
    assert ticket.state == TicketState.CLOSED


SEED = "abandon ability able about above absent absorb abstract absurd abuse access accident"


async def escalate_from_help_channel(fake: FakeDiscord, user, text: str):
    """The user asks for a human in the help channel; return the thread id and the card call."""
    mark = fake.mark()
    await fake.message(user, text)
    thread_call = await fake.wait("POST", f"/channels/{fake.support_channel_id}/threads", mark)
    thread_id = max(fake.threads)
    card = await fake.wait("POST", f"/channels/{thread_id}/messages", mark)
    notice = await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)
    return thread_call, thread_id, card, notice


async def test_suggestions_are_buttons_and_a_press_answers_privately(fake: FakeDiscord, start_client):
    await start_client()
    mark = fake.mark()
    await fake.message(ALICE, "transfer problem")
    offer = await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)
    picks = [c for c in offer.custom_ids if c.startswith("sb:pick:")]
    assert 2 <= len(picks) <= 3 and offer.custom_ids[-1] == "sb:human"
    pressed = await fake.press(ALICE, fake.messages[max(fake.messages)], picks[0])
    answer = await fake.answer(pressed)
    assert picks[0].removeprefix("sb:pick:") in answer.embed_text
    assert answer.ephemeral  # ephemeral: only the asker sees it in the shared channel


async def test_two_needs_get_an_answer_and_a_button_for_the_other(fake: FakeDiscord, start_client):
    await start_client()
    mark = fake.mark()
    await fake.message(ALICE, "How do I back up my seed phrase? Also which chains do you support?")
    answer = await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)
    assert len(answer.custom_ids) == 3 and answer.custom_ids[0].startswith("sb:pick:")
    assert answer.custom_ids[1:] == ["sb:solved", "sb:human"]
    other = answer.custom_ids[0].removeprefix("sb:pick:")
    assert other in ("backup-mnemonic", "supported-chains") and other not in answer.embed_text
    pressed = await fake.press(ALICE, fake.messages[max(fake.messages)], answer.custom_ids[0])
    assert other in (await fake.answer(pressed)).embed_text


async def test_story_private_thread_claim_race_relay_resolve_rating(fake: FakeDiscord, start_client):
    client = await start_client()
    repo = client.desk.tickets.repo
    thread_call, thread_id, card, notice = await escalate_from_help_channel(fake, ALICE, "I want to talk to a human")
    ticket = await repo.latest_for_user("discord", str(ALICE.id))
    assert thread_call.body["type"] == 12 and thread_call.body["invitable"] is False
    assert thread_call.body["name"] == f"#{ticket.id} · {ticket.category or 'general'} · en"
    assert ALICE.id in fake.thread_members[thread_id]  # asked in the server: she talks in the thread
    assert card.content == f"<@&{fake.moderator_role_id}>"  # the role mention opens the thread to moderators
    assert [int(r) for r in card.body["allowed_mentions"]["roles"]] == [fake.moderator_role_id]
    assert card.custom_ids == [f"sb:claim:{ticket.id}", f"sb:resolve:{ticket.id}"]
    assert f"Ticket #{ticket.id} is open" in notice.embed_text

    # Two moderators press Claim at once: exactly one wins, the other is told who.
    card_message = fake.messages[max(m for m, v in fake.messages.items() if v["channel_id"] == str(thread_id))]
    mark = fake.mark()
    presses = [await fake.press(MOD, card_message, f"sb:claim:{ticket.id}"),
               await fake.press(OTHER_MOD, card_message, f"sb:claim:{ticket.id}")]
    first, second = [await fake.answer(p) for p in presses]
    texts = sorted([first.content, second.content])
    assert texts[0].startswith("Ticket #") and "already claimed by" in texts[0]
    assert texts[1].startswith("✋ Claimed by")
    winner = (await repo.get(ticket.id)).moderator_id
    assert winner in (str(MOD.id), str(OTHER_MOD.id))
    renamed = await fake.wait("PATCH", f"/channels/{thread_id}$", mark)
    assert renamed.body["name"].endswith("✋ Mia") or renamed.body["name"].endswith("✋ Omar")

    claimer = MOD if winner == str(MOD.id) else OTHER_MOD
    mark = fake.mark()
    await fake.message(claimer, "Hi Alice, which network did you use?", channel_id=thread_id)
    await fake.message(ALICE, "BSC, and the hash is 0xabc", channel_id=thread_id)
    await fake.message(claimer, "!she used BSC, checking the bridge", channel_id=thread_id)
    await fake.wait("DELETE", f"/channels/{thread_id}/messages/", mark)  # the note leaves the user's sight
    transcript = await repo.messages(ticket.id)
    assert [m.text for m in transcript if m.author == "moderator"][-2:] == [
        "Hi Alice, which network did you use?", "she used BSC, checking the bridge"]
    assert [m.internal for m in transcript if m.author == "moderator"][-2:] == [False, True]
    assert any(m.text == "BSC, and the hash is 0xabc" for m in transcript)
    # Both talk in the thread, so nothing is echoed into it or sent to a DM.
    assert not fake.sent("POST", "/users/@me/channels", mark)

    mark = fake.mark()
    await fake.press(claimer, card_message, f"sb:resolve:{ticket.id}")
    archived = await fake.wait("PATCH", f"/channels/{thread_id}$", mark, nth=1)
    dm = await fake.wait("POST", "/users/@me/channels", mark)
    assert int(dm.body["recipient_id"]) == ALICE.id
    rating = await fake.wait("POST", "/channels/600000000000001001/messages", mark)
    assert rating.custom_ids == [f"sb:rate:{ticket.id}:{n}" for n in range(1, 6)]
    metadata = fake.threads[thread_id]["thread_metadata"]
    assert metadata["archived"] and metadata["locked"] and archived.body

    mark = fake.mark()
    rating_message = fake.messages[max(m for m, v in fake.messages.items() if v["channel_id"] == "600000000000001001")]
    pressed = await fake.press(ALICE, rating_message, f"sb:rate:{ticket.id}:5", dm=True)
    thanks = await fake.answer(pressed)
    assert "5/5" in thanks.content and thanks.custom_ids == [f"sb:comment:{ticket.id}"]
    shown = await fake.wait("POST", f"/channels/{thread_id}/messages", mark)
    assert "rated this ticket 5/5" in shown.content
    await fake.wait("PATCH", f"/channels/{thread_id}$", mark)  # posting woke the thread: archive it again
    comment_message = fake.messages[max(m for m, v in fake.messages.items() if v["components"])]
    modal = await fake.answer(await fake.press(ALICE, comment_message, f"sb:comment:{ticket.id}", dm=True))
    assert modal.body["type"] == 9
    submitted = await fake.submit(ALICE, modal, {"Your comment": "fast and kind"}, channel_id=600_000_000_000_001_001)
    await fake.answer(submitted)
    ticket = await repo.get(ticket.id)
    assert (ticket.state, ticket.rating, ticket.rating_comment) == (TicketState.CLOSED, 5, "fast and kind")


async def test_dm_ticket_is_relayed_both_ways_and_survives_a_restart(fake: FakeDiscord, start_client):
    first = await start_client()
    mark = fake.mark()
    await fake.message(BOB, "我要人工客服", dm=True)
    await fake.wait("POST", f"/channels/{fake.support_channel_id}/threads", mark)
    thread_id = max(fake.threads)
    card_call = await fake.wait("POST", f"/channels/{thread_id}/messages", mark)
    assert BOB.id not in fake.thread_members.get(thread_id, set())  # from a DM: relayed, not added
    ticket_id = (await first.desk.tickets.repo.latest_for_user("discord", str(BOB.id))).id
    card_message = fake.messages[max(m for m, v in fake.messages.items() if v["channel_id"] == str(thread_id))]
    assert card_call.custom_ids[0] == f"sb:claim:{ticket_id}"
    # Bob's "ticket opened" goes out in the same drain as the card; a close before it starts leaves it to
    # the next start, which would send it after the mark below.
    await fake.wait("POST", "/channels/600000000000001002/messages", mark)
    await first.close()

    second = await start_client()
    await fake.answer(await fake.press(MOD, card_message, f"sb:claim:{ticket_id}"))  # a card sent before the restart
    mark = fake.mark()
    await fake.message(MOD, "您好，请提供 UID @everyone", channel_id=thread_id)
    to_user = await fake.wait("POST", "/channels/600000000000001002/messages", mark)
    assert to_user.content == "💬 Mia：您好，请提供 UID @everyone"
    assert to_user.body["allowed_mentions"]["parse"] == []  # @everyone in relayed text never pings
    mark = fake.mark()
    await fake.message(BOB, "UID 778899", dm=True)
    relayed = await fake.wait("POST", f"/channels/{thread_id}/messages", mark)
    assert relayed.content == "👤 Bob: UID 778899"
    assert (await second.desk.tickets.repo.get(ticket_id)).state == TicketState.CLAIMED


async def test_a_stopping_bot_lets_the_card_in_flight_finish_before_it_closes_its_session(
        fake: FakeDiscord, start_client):
    client = await start_client()
    fake.chaos = Chaos(late=1.0, late_seconds=0.5)  # every send is carried out and answered half a second late
    mark = fake.mark()
    await fake.message(BOB, "我要人工客服", dm=True)
    await fake.wait("POST", f"/channels/{fake.support_channel_id}/threads", mark)  # the card's delivery is under way
    outbox = client.desk_app.delivery.outbox
    await client.close()
    # Cut by a closed session, the card would be pending with an error and posted again by the next start.
    cards = [r for r in await outbox.list(platform="discord") if r.effect.kind is EffectKind.CARD]
    assert [(r.state, r.last_error) for r in cards] == [(OutboxState.DONE, None)]


async def test_seed_phrase_in_the_help_channel_is_deleted_redacted_and_answered_privately(fake, start_client):
    client = await start_client()
    mark = fake.mark()
    sent = await fake.message(ALICE, f"my wallet is empty, words: {SEED}")
    await fake.wait("DELETE", f"/channels/{fake.help_channel_id}/messages/{sent['id']}", mark)
    private = await fake.wait("POST", "/channels/600000000000001001/messages", mark)
    assert "seed phrase" in private.embed_text
    public = await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)
    assert "deleted your message" in public.content and "abandon" not in public.content
    ticket = await client.desk.tickets.repo.latest_for_user("discord", str(ALICE.id))
    stored = " ".join(m.text for m in await client.desk.tickets.repo.messages(ticket.id))
    assert "[REDACTED seed_phrase]" in stored and "abandon" not in stored and "accident" not in stored


async def test_admin_edits_through_a_modal_and_others_are_refused(fake: FakeDiscord, start_client):
    await start_client()
    refused = await fake.answer(await fake.slash(ALICE, "faq", [{"type": 1, "name": "remove", "options": [
        {"type": 3, "name": "entry_id", "value": "backup-mnemonic"}]}]))
    assert refused.content == "You are not allowed to do that." and refused.ephemeral

    modal = await fake.answer(await fake.slash(ADMIN, "faq", [{"type": 1, "name": "edit", "options": [
        {"type": 3, "name": "entry_id", "value": "backup-mnemonic"}]}], permissions=1 << 5))
    assert modal.body["type"] == 9
    new_answer = "Me > Manage wallets > Back up mnemonic: write the 12 words on paper, keep them offline."
    done = await fake.answer(await fake.submit(ADMIN, modal, {"answer (en)": new_answer}, permissions=1 << 5))
    assert "backup-mnemonic: edit, version 2" in done.content

    answer = await fake.answer(await fake.slash(BOB, "ask", [
        {"type": 3, "name": "question", "value": "How do I back up my wallet?"}]))
    assert "write the 12 words on paper" in answer.embed_text

    # His conversation is in English, so is the status.
    status = await fake.answer(await fake.slash(BOB, "ticket", [], locale="zh-CN"))
    assert "chatting with the bot (ticket #" in status.embed_text

    assert "Last 7 days:" in (await fake.answer(await fake.slash(ADMIN, "stats", [], permissions=1 << 5))).content


def test_cli_run_discord_without_token_exits_with_a_message(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from bots.cli import app as cli_app

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SUPPORTBOT_DISCORD_TOKEN", raising=False)
    result = CliRunner().invoke(cli_app, ["run", "discord", "--database", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 1 and "SUPPORTBOT_DISCORD_TOKEN" in result.output


async def test_forum_channel_posts_carry_the_state_as_a_tag(fake: FakeDiscord, start_client):
    client = await start_client(support_channel_id=fake.forum_channel_id)
    mark = fake.mark()
    await fake.message(ALICE, "/human please check my withdrawal")
    post = await fake.wait("POST", f"/channels/{fake.forum_channel_id}/threads", mark)
    assert [int(t) for t in post.body["applied_tags"]] == [fake.tag_id("open")]
    assert post.body["message"]["components"][0]["components"][0]["custom_id"].startswith("sb:claim:")
    thread_id = max(fake.threads)
    await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)  # told the ticket is open
    ticket = await client.desk.tickets.repo.latest_for_user("discord", str(ALICE.id))
    assert ticket.thread_ref == str(thread_id)

    starter = fake.messages[max(m for m, v in fake.messages.items() if v["channel_id"] == str(thread_id))]
    mark = fake.mark()
    await fake.press(MOD, starter, f"sb:claim:{ticket.id}")
    renamed = await fake.wait("PATCH", f"/channels/{thread_id}$", mark)  # once, with the claimer's name
    claimed = await fake.wait("PATCH", f"/channels/{thread_id}$", mark, nth=2)
    assert renamed.body == {"name": f"#{ticket.id} · {ticket.category} · en · ✋ Mia"}
    assert [int(t) for t in claimed.body["applied_tags"]] == [fake.tag_id("claimed")]
    mark = fake.mark()
    await fake.message(MOD, "we are on it", channel_id=thread_id)
    # A forum is staff-only: the user hears from the moderator by DM.
    assert (await fake.wait("POST", "/channels/600000000000001001/messages", mark)).content == "💬 Mia: we are on it"
    mark = fake.mark()
    await fake.press(MOD, starter, f"sb:resolve:{ticket.id}")
    resolved = await fake.wait("PATCH", f"/channels/{thread_id}$", mark, nth=2)
    assert [int(t) for t in resolved.body["applied_tags"]] == [fake.tag_id("resolved")] and resolved.body["archived"]


async def test_a_routed_category_opens_in_its_channel_and_snippets_and_reminders_work(fake: FakeDiscord,
                                                                                      start_client):
    # Security tickets go to the (staff-only) forum channel; everything else to the usual support channel.
    client = await start_client(routes={"security": fake.forum_channel_id})
    mark = fake.mark()
    await fake.message(ALICE, "someone stole my funds, my wallet was drained")
    await fake.wait("POST", f"/channels/{fake.forum_channel_id}/threads", mark)
    await fake.wait("POST", f"/channels/{fake.help_channel_id}/messages", mark)
    thread_id = max(fake.threads)
    ticket = await client.desk.tickets.repo.latest_for_user("discord", str(ALICE.id))
    assert ticket.category == "security" and ticket.thread_ref == str(thread_id)

    # Unclaimed past the SLA: the moderator role is pinged again in the post.
    client.desk_app.housekeeper.settings = client.desk.settings.sla.model_copy(update={"unclaimed_minutes": 1e-6})
    mark = fake.mark()
    assert await client.desk_app.housekeeper.sweep() == [(ticket.id, "sla_unclaimed")]
    ping = await fake.wait("POST", f"/channels/{thread_id}/messages", mark)
    assert ping.content.startswith(f"<@&{fake.moderator_role_id}> ⏰")
    assert [int(r) for r in ping.body["allowed_mentions"]["roles"]] == [fake.moderator_role_id]

    starter = fake.messages[min(m for m, v in fake.messages.items() if v["channel_id"] == str(thread_id))]
    mark = fake.mark()
    claim = await fake.press(MOD, starter, f"sb:claim:{ticket.id}")
    await fake.wait("PATCH", f"/channels/{thread_id}$", mark)
    await fake.answer(claim)  # the claim is answered
    mark = fake.mark()
    snippet = await fake.slash(MOD, "snippet", [{"type": 3, "name": "name", "value": "to-security"}],
                               channel_id=thread_id)
    assert (await fake.answer(snippet)).ephemeral
    shown = await fake.answer(snippet, nth=2)
    assert "security team" in shown.content and not shown.ephemeral
    dm = await fake.wait("POST", "/channels/600000000000001001/messages", mark)  # a forum user hears by DM
    assert dm.content.startswith("💬 Mia:") and "security team" in dm.content
    refused = await fake.answer(await fake.slash(MOD, "snippet", [{"type": 3, "name": "name", "value": "nope"}],
                                                 channel_id=thread_id))
    assert "no snippet nope" in refused.content and refused.ephemeral


async def test_a_user_in_their_ticket_thread_cannot_act_as_staff(fake: FakeDiscord, start_client):
    client = await start_client()
    _, thread_id, _, _ = await escalate_from_help_channel(fake, ALICE, "/human my withdrawal is stuck")
    ticket = await client.desk.tickets.repo.latest_for_user("discord", str(ALICE.id))
    card_message = fake.messages[min(m for m, v in fake.messages.items() if v["channel_id"] == str(thread_id))]
    refused = await fake.answer(await fake.press(ALICE, card_message, f"sb:claim:{ticket.id}"))  # she sees the card
    assert "not allowed" in refused.content and refused.ephemeral
    refused = await fake.answer(await fake.slash(ALICE, "snippet", [{"type": 3, "name": "name", "value": "checking"}],
                                                 channel_id=thread_id))
    assert "not allowed" in refused.content
    assert (await client.desk.tickets.get(ticket.id)).state == TicketState.OPEN
