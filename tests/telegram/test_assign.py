"""/assign, /priority and /tickets on Telegram: PTB against the fake Bot API, with the real model."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from core.models import TicketState
from tests.telegram.conftest import ALICE, GROUP_ADMIN, MOD, OTHER_MOD
from tests.telegram.fake_bot_api import Call, GuardedGroupApi

pytestmark = pytest.mark.model
NAMES = {u.id: u.first_name for u in (ALICE, MOD, OTHER_MOD, GROUP_ADMIN)}


class StaffGroupApi(GuardedGroupApi):
    """The staff group knows its members by name (only Mia, Omar and the admin Gus are in it)."""

    def _api_getChatMember(self, call: Call) -> Any:
        member = super()._api_getChatMember(call)
        member["user"]["first_name"] = NAMES.get(member["user"]["id"], member["user"]["first_name"])
        return member


@pytest.fixture
async def api() -> AsyncIterator[StaffGroupApi]:
    server = StaffGroupApi(group_admins=[GROUP_ADMIN.id], staff_members={MOD.id, OTHER_MOD.id},
                           usernames={GROUP_ADMIN.id: "gus_admin"})
    await server.start()
    yield server
    await server.close()


async def in_topic(api: StaffGroupApi, who, thread: int, text: str, has: str, **extra: Any) -> Call:
    """A staff member writes in the ticket's topic; return the bot's line there that contains ``has``."""
    mark = api.mark()
    api.topic_message(who, thread, text, **extra)
    return await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, message_thread_id=thread, text_has=has)


async def test_a_security_ticket_is_high_handed_on_reprioritised_and_listed(api: StaffGroupApi, start_bot):
    bot = await start_bot()
    repo = bot.desk_app.desk.tickets.repo
    mark = api.mark()
    api.private_message(ALICE, "someone stole my funds, my wallet was drained")
    topic = await api.wait("createForumTopic", mark, chat_id=api.staff_chat_id)
    card = await api.wait("sendMessage", mark, chat_id=api.staff_chat_id)
    thread = int(card.params["message_thread_id"])
    ticket = await repo.latest_for_user("telegram", str(ALICE.id))
    assert (ticket.category, ticket.priority) == ("security", "high")
    assert topic.params["name"].startswith(f"🔴 #{ticket.id} · security") and "Priority: 🔴 high" in card.text

    # Mia hands the open ticket to Omar by id: his now, the title says so, and he is mentioned (notified).
    mark = api.mark()
    told = await in_topic(api, MOD, thread, f"/assign {OTHER_MOD.id}", "Assigned to Omar")
    assert [(e["type"], e["user"]["id"]) for e in told.get("entities")] == [("text_mention", OTHER_MOD.id)]
    await api.wait("editForumTopic", mark, message_thread_id=thread)
    assert api.topics[thread]["name"] == f"🔴 #{ticket.id} · security · en · ✋ Omar"
    ticket = await repo.get(ticket.id)
    assert (ticket.state, ticket.moderator_id) == (TicketState.CLAIMED, str(OTHER_MOD.id))

    # Refused: a user who is not in the staff group, a ticket that is no longer Mia's, nobody named.
    await in_topic(api, OTHER_MOD, thread, f"/assign {ALICE.id}", "Alice is not a moderator here")
    await in_topic(api, MOD, thread, f"/assign {MOD.id}", "only they or an admin can hand it on")
    await in_topic(api, OTHER_MOD, thread, "/assign", "Assign to whom?")
    await in_topic(api, OTHER_MOD, thread, "/assign @nobody_here", "I don't know @nobody_here")

    # Omar passes it to the group's admin by @username; Gus gives it to Mia by answering one of her messages.
    await in_topic(api, OTHER_MOD, thread, "/assign @gus_admin", "Assigned to Gus")
    hers = api.topic_message(MOD, thread, "!I know this user")
    await in_topic(api, GROUP_ADMIN, thread, "/assign", "Assigned to Mia", reply_to_message=hers)
    assert (await repo.get(ticket.id)).moderator_id == str(MOD.id)

    # /priority: the title and the queue follow; a word that is no priority is explained.
    mark = api.mark()
    await in_topic(api, MOD, thread, "/priority low", "Priority is now 🔵 low")
    await api.wait("editForumTopic", mark, message_thread_id=thread, name=f"🔵 #{ticket.id} · security · en · ✋ Mia")
    await in_topic(api, MOD, thread, "/priority whenever", "Unknown priority whenever")
    assert (await repo.get(ticket.id)).priority == "low"

    # The user lists her tickets; once resolved, the ticket cannot be handed on.
    history = await api.reply_to(ALICE, "/tickets")
    assert history.text.startswith("Your latest tickets (1):")
    assert f"#{ticket.id} · " in history.text and "· being handled · someone stole my funds" in history.text
    await in_topic(api, MOD, thread, "/resolve", "Resolved by Mia")
    await in_topic(api, MOD, thread, f"/assign {OTHER_MOD.id}", "the ticket is resolved")
    audit = [(e.action, e.target) for e in await bot.desk_app.desk.audit.entries()]
    assert ("assign", f"telegram:{OTHER_MOD.id}") in audit and ("priority", None) in audit


async def test_assign_outside_a_ticket_topic_and_the_menus(api: StaffGroupApi, start_bot):
    await start_bot()
    mark = api.mark()
    api.topic_message(MOD, 0, f"/assign {OTHER_MOD.id}", is_topic_message=False)
    await api.wait("sendMessage", mark, chat_id=api.staff_chat_id, text_has="not linked to a ticket")
    staff_menu = [c for c in api.sent("setMyCommands") if (c.get("scope") or {}).get("chat_id") == api.staff_chat_id]
    user_menu = [c for c in api.sent("setMyCommands") if (c.get("scope") or {}).get("type") == "all_private_chats"]
    assert {"assign", "priority"} <= {c["command"] for c in staff_menu[0].get("commands")}
    assert "tickets" in {c["command"] for c in user_menu[0].get("commands")}
