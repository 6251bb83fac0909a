"""The Discord side of the core's outbound interface: a private thread per ticket, DMs to users.

The card reference stored with a ticket is ``<card message id>/<mode>``: ``thread`` when the user
was added to the thread and talks there, ``dm`` when their DM is relayed to and from the thread.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord

from bots.discord import buttons, render
from bots.discord.origin import ORIGIN, THREAD
from bots.texts import event_notice
from core.i18n import render as render_reply
from core.i18n import t
from core.models import Ticket, TicketMessage
from core.notify import StaffThread, TicketCard
from core.settings import Settings
from core.sla import PINGED_UNCLAIMED, STAFF, Reminder

if TYPE_CHECKING:
    from bots.discord.client import SupportClient

log = logging.getLogger(__name__)

MODE_THREAD = "thread"
MODE_DM = "dm"
RENAMED_ON = ("claimed", "resolved", "reopened")


def card_parts(ticket: Ticket) -> tuple[int | None, str]:
    """Return (card message id, mode) of a ticket shown in Discord."""
    message_id, _, mode = (ticket.card_ref or "").partition("/")
    return (int(message_id) if message_id.isdigit() else None), (mode or MODE_DM)


class DiscordNotifier:
    """Shows tickets as private threads in the support channel and relays between thread and DM."""

    def __init__(self, client: SupportClient, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self.lang = settings.staff_language

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        ds = self.settings.discord
        if ds.support_channel_id is None:
            log.warning("ticket %s escalated but no support channel is configured", card.ticket.id)
            return None
        # A routed category (e.g. security) opens in its own team's channel.
        channel = await self._channel(ds.routes.get(card.ticket.category or "", ds.support_channel_id))
        role = ds.moderator_role_id
        # Mentioning the role is how a private thread is opened to a whole role (and it pings them in a forum).
        mention = f"<@&{role}>" if role else ""
        mentions = discord.AllowedMentions(roles=[discord.Object(role)]) if role else discord.utils.MISSING
        view = buttons.card_view(card.ticket, self.lang) or discord.utils.MISSING
        if isinstance(channel, discord.ForumChannel):
            # A staff-only forum: one post per ticket, its tag tracks the state; users are relayed by DM.
            post = await channel.create_thread(name=render.thread_name(card.ticket), content=mention,
                                               embed=render.card_embed(card, self.lang), view=view,
                                               applied_tags=state_tags(channel, card.ticket),
                                               allowed_mentions=mentions, auto_archive_duration=10080)
            return StaffThread(str(post.thread.id), f"{post.message.id}/{MODE_DM}")
        if not isinstance(channel, discord.TextChannel):
            log.error("support channel %s is neither a text nor a forum channel", ds.support_channel_id)
            return None
        thread = await channel.create_thread(name=render.thread_name(card.ticket), invitable=False,
                                             type=discord.ChannelType.private_thread, auto_archive_duration=10080)
        origin = ORIGIN.get()
        mode = MODE_THREAD if origin is not None and origin.kind != "dm" else MODE_DM
        if mode == MODE_THREAD:
            await thread.add_user(discord.Object(int(card.ticket.user_id)))
        sent = await thread.send(mention, embed=render.card_embed(card, self.lang), view=view,
                                 allowed_mentions=mentions)
        return StaffThread(str(thread.id), f"{sent.id}/{mode}")

    async def to_staff(self, ticket: Ticket, message: TicketMessage) -> None:
        thread = await self._thread(ticket)
        origin = ORIGIN.get()
        if thread is None or (origin is not None and origin.kind == THREAD and origin.channel_id == thread.id):
            return  # written in the thread itself: staff already see it
        text = t(self.lang, "staff.user_says", user=render.user_text(ticket.user_name or ticket.user_id),
                 text=render.user_text(message.text))
        await thread.send(render.clip(_with_attachment(text, message.attachment)))

    async def to_user(self, ticket: Ticket, message: TicketMessage) -> None:
        if card_parts(ticket)[1] == MODE_THREAD:
            return  # the user is in the thread and reads the moderator there
        text = t(ticket.language, "ticket.moderator_says", moderator=ticket.moderator_name or "-", text=message.text)
        if not await self._dm(ticket, render.clip(_with_attachment(text, message.attachment))):
            await self._notice(ticket, t(self.lang, "staff.user_unreachable"))

    async def ticket_changed(self, ticket: Ticket, event: str) -> None:
        thread = await self._thread(ticket)
        if thread is None:
            return
        notice = event_notice(ticket, event, self.lang)
        if event == "reopened":
            await self._quietly(thread.edit(archived=False, locked=False))
        if notice:
            await thread.send(notice)
        if event in ("claimed", "resolved", "closed", "reopened"):
            await self._update_card(thread, ticket)
        name = render.thread_name(ticket)
        if event in RENAMED_ON and thread.name != name:
            # Discord allows two renames per channel per ten minutes, so the name changes only when the
            # owner or the outcome does; the card's buttons and the forum tags show every other state.
            await self._quietly(thread.edit(name=name))
        changes: dict[str, Any] = {}
        if isinstance(thread.parent, discord.ForumChannel):
            changes["applied_tags"] = state_tags(thread.parent, ticket)
        if event in ("resolved", "closed", "rated", "rerated"):
            # Archived and locked: the user can read it, only staff could write again (/reopen).
            changes.update(archived=True, locked=True)
        if changes:
            await self._quietly(thread.edit(**changes))

    async def request_rating(self, ticket: Ticket) -> None:
        text = t(ticket.language, "rating.ask_buttons", number=ticket.id)
        if not await self._dm(ticket, text, view=buttons.rating_view(ticket.id)):
            thread = await self._thread(ticket)
            if thread is not None and card_parts(ticket)[1] == MODE_THREAD:
                await thread.send(f"<@{ticket.user_id}> {text}", view=buttons.rating_view(ticket.id),
                                  allowed_mentions=discord.AllowedMentions(users=True))

    async def remind(self, ticket: Ticket, reminder: Reminder) -> None:
        if reminder.audience == STAFF:
            thread = await self._thread(ticket)
            if thread is None:
                return
            # Ping again whoever must act: the moderator role for an unclaimed ticket, else the claimer.
            role = self.settings.discord.moderator_role_id
            if reminder.kind == PINGED_UNCLAIMED and role:
                mention, allowed = f"<@&{role}> ", discord.AllowedMentions(roles=[discord.Object(role)])
            elif ticket.moderator_id and ticket.moderator_id.isdigit():
                mention = f"<@{ticket.moderator_id}> "
                allowed = discord.AllowedMentions(users=[discord.Object(int(ticket.moderator_id))])
            else:
                mention, allowed = "", discord.AllowedMentions.none()
            await thread.send(render.clip(f"{mention}⏰ {render_reply(self.lang, reminder.reply)}"),
                              allowed_mentions=allowed)
            return
        text = render_reply(ticket.language, reminder.reply)
        if card_parts(ticket)[1] == MODE_THREAD:
            thread = await self._thread(ticket)
            if thread is not None:
                await thread.send(render.clip(f"<@{ticket.user_id}> {text}"),
                                  allowed_mentions=discord.AllowedMentions(users=True))
                return
        if not await self._dm(ticket, render.clip(text)):
            await self._notice(ticket, t(self.lang, "staff.user_unreachable"))

    async def _update_card(self, thread: discord.Thread, ticket: Ticket) -> None:
        card_id, _ = card_parts(ticket)
        if card_id is not None:
            view = buttons.card_view(ticket, self.lang)
            await self._quietly(thread.get_partial_message(card_id).edit(view=view))

    async def _notice(self, ticket: Ticket, text: str) -> None:
        thread = await self._thread(ticket)
        if thread is not None:
            await thread.send(text)

    async def _dm(self, ticket: Ticket, text: str, **kwargs: Any) -> bool:
        try:
            user = self.client.get_user(int(ticket.user_id)) or await self.client.fetch_user(int(ticket.user_id))
            await user.send(text, **kwargs)
        except discord.Forbidden:
            return False  # DMs closed or the bot blocked: the text is stored, staff are told
        return True

    async def _thread(self, ticket: Ticket) -> discord.Thread | None:
        if not ticket.thread_ref or not ticket.thread_ref.isdigit():
            return None
        channel = await self._channel(int(ticket.thread_ref))
        return channel if isinstance(channel, discord.Thread) else None

    async def _channel(self, channel_id: int) -> Any:
        return self.client.get_channel(channel_id) or await self.client.fetch_channel(channel_id)

    @staticmethod
    async def _quietly(call: Any) -> None:
        """Cosmetic updates (names, buttons, archiving) must not fail a state change already stored.

        A rate-limited one (429 with a long ``retry_after``, raised once it exceeds the client's
        ``max_ratelimit_timeout``) is skipped, not retried: the next state change shows the state anyway.
        """
        try:
            await call
        except (discord.HTTPException, discord.RateLimited) as exc:
            log.info("discord refused a cosmetic update: %s", exc)


def state_tags(forum: discord.ForumChannel, ticket: Ticket) -> list[discord.ForumTag]:
    """The forum tag named after the ticket's state (open / claimed / resolved), if the forum has one."""
    wanted = {"pending": "open", "open": "open", "claimed": "claimed"}.get(ticket.state.value, "resolved")
    return [tag for tag in forum.available_tags if tag.name.lower() == wanted][:1]


def _with_attachment(text: str, attachment: str | None) -> str:
    return f"{text}\n📎 {attachment}" if attachment else text
