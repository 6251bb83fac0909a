"""The Discord side of the core's outbound interface: a private thread per ticket, DMs to users.

The card reference stored with a ticket is ``<card message id>/<mode>``: ``thread`` when the user
was added to the thread and talks there, ``dm`` when their DM is relayed to and from the thread.
A card posted in the support channel itself, because Discord refused the thread, is
``<channel id>:<card message id>/dm``.
"""

from __future__ import annotations

import io
import logging
from typing import Any

import discord

from bots.discord import buttons, copies, polls, render
from bots.discord.origin import DM, THREAD, Origin, current
from bots.texts import event_notice, transcript_text
from core.i18n import render as render_reply
from core.i18n import t
from core.models import Ticket, TicketMessage
from core.outbox.answers import Answer
from core.settings import Settings
from core.tickets.assign import ASSIGNED, PRIORITY
from core.tickets.notify import STAFF, Reminder, StaffThread, StaffThreadGone, TicketCard
from core.tickets.polls import POLL_STYLE, PollRequest
from core.tickets.sla import PINGED_UNCLAIMED
from core.tickets.transcripts import TranscriptFile

log = logging.getLogger(__name__)

MODE_THREAD = "thread"
MODE_DM = "dm"
RENAMED_ON = ("claimed", "resolved", "reopened", ASSIGNED, PRIORITY)
CARD_EVENTS = ("claimed", "resolved", "closed", "reopened", ASSIGNED)
UNKNOWN_CHANNEL = 10003  # Discord's error code for a deleted channel or thread
# What a ticket thread needs in the support channel (``discord.Permissions`` names, ``setup.permission.*``).
THREAD_RIGHTS = ("view_channel", "send_messages", "embed_links", "create_private_threads",
                 "send_messages_in_threads", "manage_threads")


def card_parts(ticket: Ticket) -> tuple[int | None, str]:
    """Return (card message id, mode) of a ticket shown in Discord."""
    place, _, mode = (ticket.card_ref or "").partition("/")
    message_id = place.rpartition(":")[2]
    return (int(message_id) if message_id.isdigit() else None), (mode or MODE_DM)


def fallback_parts(ticket: Ticket) -> tuple[int, int] | None:
    """Return (channel id, message id) of a card posted in the support channel itself, or None."""
    channel, colon, message = (ticket.card_ref or "").partition("/")[0].partition(":")
    return (int(channel), int(message)) if colon and channel.isdigit() and message.isdigit() else None


def missing_rights(channel: discord.TextChannel | discord.ForumChannel) -> list[str]:
    """The permissions a ticket thread needs that the bot lacks in ``channel`` (Discord's names)."""
    me = channel.guild.me
    if me is None:
        return []
    have = channel.permissions_for(me)
    return [name for name in THREAD_RIGHTS if not getattr(have, name)]


class DiscordNotifier:
    """Shows tickets as private threads in the support channel and relays between thread and DM."""

    def __init__(self, client: discord.Client, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self.lang = settings.staff_language
        # (channel, problem) admins were told about; forgotten once a thread opens there again.
        self._told: set[tuple[int, str]] = set()

    def retry_after(self, exc: Exception) -> float | None:
        # discord.py waits out short 429s itself; one longer than max_ratelimit_timeout comes here.
        return exc.retry_after if isinstance(exc, discord.RateLimited) else None

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
            try:
                post = await channel.create_thread(name=render.thread_name(card.ticket), content=mention,
                                                   embed=render.card_embed(card, self.lang), view=view,
                                                   applied_tags=state_tags(channel, card.ticket),
                                                   allowed_mentions=mentions, auto_archive_duration=10080)
            except discord.Forbidden as exc:  # a forum takes no plain message, so there is no fallback card
                log.error("cannot post ticket %s in forum %s (missing %s): %s", card.ticket.id, channel.id,
                          ", ".join(missing_rights(channel)) or "-", exc)
                return None
            return StaffThread(str(post.thread.id), f"{post.message.id}/{MODE_DM}")
        if not isinstance(channel, discord.TextChannel):
            log.error("support channel %s is neither a text nor a forum channel", ds.support_channel_id)
            return None
        try:
            return await self._open_thread(channel, card, mention, mentions, view)
        except discord.Forbidden as exc:
            return await self._fall_back(channel, card, exc, mention, mentions, view)

    async def _open_thread(self, channel: discord.TextChannel, card: TicketCard, mention: str, mentions: Any,
                           view: Any) -> StaffThread:
        """A private thread with the card; a thread left without its card (a right missing) is deleted."""
        thread = await self._earlier_thread(card)
        if thread is None:
            thread = await channel.create_thread(name=render.thread_name(card.ticket), invitable=False,
                                                 type=discord.ChannelType.private_thread, auto_archive_duration=10080)
            if card.made is not None:
                await card.made(str(thread.id))
        origin = current()
        mode = MODE_THREAD if origin is not None and origin.kind != DM else MODE_DM
        try:
            if mode == MODE_THREAD:
                await thread.add_user(discord.Object(int(card.ticket.user_id)))
            sent = await thread.send(mention, embed=render.card_embed(card, self.lang), view=view,
                                     allowed_mentions=mentions)
        except discord.Forbidden:
            await self._quietly(thread.delete())
            raise
        if card.again and card.transcript:  # staff in the new thread see what was said in the lost one
            for piece in _pieces(transcript_text(card, self.lang, render.user_text)):
                await self._quietly(thread.send(piece))
        self._told = {told for told in self._told if told[0] != channel.id}  # fixed: a new breakage is told again
        await self._retire_fallback(card.ticket, thread)
        return StaffThread(str(thread.id), f"{sent.id}/{mode}")

    async def _earlier_thread(self, card: TicketCard) -> discord.Thread | None:
        """The thread an earlier attempt at this card made (it died before posting the card), if it still exists."""
        if card.thread is None or not card.thread.isdigit():
            return None
        try:
            found = self.client.get_channel(int(card.thread)) or await self.client.fetch_channel(int(card.thread))
        except discord.HTTPException:
            return None
        return found if isinstance(found, discord.Thread) else None

    async def _fall_back(self, channel: discord.TextChannel, card: TicketCard, exc: discord.Forbidden,
                         mention: str, mentions: Any, view: Any) -> StaffThread | None:
        """No thread: post the card with its buttons in the channel (once per ticket), tell admins what to fix."""
        ticket = card.ticket
        missing = missing_rights(channel)
        log.error("cannot open a thread for ticket %s in %s (missing %s): %s", ticket.id, channel.id,
                  ", ".join(missing) or "-", exc)
        await self._tell_admins(channel, missing, ticket.id, exc)
        if fallback_parts(ticket) is not None:
            return None  # its card is there already; the sweep tries the thread again later
        try:
            sent = await channel.send(render.clip(f"{mention} {t(self.lang, 'setup.fallback_card')}".strip()),
                                      embed=render.card_embed(card, self.lang), view=view, allowed_mentions=mentions)
        except discord.HTTPException as second:
            log.error("cannot post the fallback card of ticket %s in %s: %s", ticket.id, channel.id, second)
            return None
        return StaffThread(None, f"{channel.id}:{sent.id}/{MODE_DM}")

    async def _tell_admins(self, channel: discord.TextChannel, missing: list[str], ticket_id: int,
                           exc: discord.Forbidden) -> None:
        """Tell admins once per (channel, problem), in that channel; log it when the bot cannot post there."""
        problem = ",".join(missing) or "refused"
        if (channel.id, problem) in self._told:
            return
        self._told.add((channel.id, problem))
        if missing:
            names = ", ".join(t(self.lang, f"setup.permission.{name}") for name in missing)
            cause = t(self.lang, "setup.discord_missing", permissions=names)
        else:
            cause = t(self.lang, "setup.discord_refused", error=exc.text or exc.status)
        role = self.settings.discord.admin_role_id
        mention, allowed = (f"<@&{role}> ", discord.AllowedMentions(roles=[discord.Object(role)])) if role \
            else ("", discord.AllowedMentions.none())
        try:
            await channel.send(render.clip(mention + t(self.lang, "setup.told", number=ticket_id, problem=cause)),
                               allowed_mentions=allowed)
        except discord.HTTPException as second:
            log.error("cannot tell admins in %s that the bot lacks %s: %s", channel.id, problem, second)

    async def _retire_fallback(self, ticket: Ticket, thread: discord.Thread) -> None:
        """A retry opened the thread: the fallback card in the channel loses its buttons and points there."""
        where = fallback_parts(ticket)
        channel = self.client.get_channel(where[0]) if where is not None else None
        if where is not None and isinstance(channel, discord.TextChannel):
            text = t(self.lang, "setup.moved", number=ticket.id, place=thread.mention)
            await self._quietly(channel.get_partial_message(where[1]).edit(content=text, view=None))

    async def to_staff(self, ticket: Ticket, message: TicketMessage) -> str | None:
        thread = await self._live_thread(ticket)
        origin = current()
        if thread is not None and origin is not None and origin.kind == THREAD and origin.channel_id == thread.id:
            return None  # written in the thread itself: staff already see it
        text = t(self.lang, "staff.user_says", user=render.user_text(ticket.user_name or ticket.user_id),
                 text=render.user_text(message.text))
        sent = await self._staff_post(ticket, thread, render.clip(_with_attachment(text, message.attachment)))
        return copies.ref_of(sent)

    async def to_user(self, ticket: Ticket, message: TicketMessage) -> str | None:
        if card_parts(ticket)[1] == MODE_THREAD:
            return None  # the user is in the thread and reads the moderator there
        text = t(ticket.language, "ticket.moderator_says", moderator=ticket.moderator_name or "-", text=message.text)
        sent = await self._dm(ticket, render.clip(_with_attachment(text, message.attachment)))
        if sent is None:
            await self._notice(ticket, t(self.lang, "staff.user_unreachable"))
        return copies.ref_of(sent)

    async def edit_staff_copy(self, ticket: Ticket, message: TicketMessage) -> str | None:
        thread = await self._live_thread(ticket)
        origin = current()
        if thread is not None and origin is not None and origin.kind == THREAD and origin.channel_id == thread.id:
            return None  # edited in the thread itself: staff see Discord's own edit
        said = t(self.lang, "staff.user_says", user=render.user_text(ticket.user_name or ticket.user_id),
                 text=render.user_text(message.text))
        text = copies.marked(self.lang, said, message)
        if await copies.edit(self.client, message.copy_ref, text):
            return None
        return copies.ref_of(await self._staff_post(ticket, thread, text))  # no copy to edit: the words anew

    async def edit_user_copy(self, ticket: Ticket, message: TicketMessage) -> str | None:
        if card_parts(ticket)[1] == MODE_THREAD:
            return None  # the user is in the thread and sees Discord's own edit
        said = t(ticket.language, "ticket.moderator_says", moderator=ticket.moderator_name or "-", text=message.text)
        text = copies.marked(ticket.language, said, message)
        if await copies.edit(self.client, message.copy_ref, text):
            return None
        return copies.ref_of(await self._dm(ticket, text))

    async def ticket_changed(self, ticket: Ticket, event: str) -> None:
        thread = await self._thread(ticket)
        if thread is None:
            if event in CARD_EVENTS:
                await self._update_fallback(ticket)
            if event == ASSIGNED:  # the new owner must hear of it, even under a fallback card
                text, mentions = _owner_mention(ticket, event_notice(ticket, event, self.lang) or "")
                await self._staff_post(ticket, None, text, allowed_mentions=mentions)
            return
        notice = event_notice(ticket, event, self.lang)
        if event == "reopened":
            await self._quietly(thread.edit(archived=False, locked=False))
        if notice and event == ASSIGNED:
            text, mentions = _owner_mention(ticket, notice)
            await thread.send(text, allowed_mentions=mentions)
        elif notice:
            await thread.send(notice)
        if event in CARD_EVENTS:
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

    async def request_rating(self, ticket: Ticket) -> str | None:
        poll = self.settings.rating_style == POLL_STYLE  # a poll asks in its own question: no text besides
        text = "" if poll else t(ticket.language, "rating.ask_buttons", number=ticket.id)
        ask: dict[str, Any] = {"poll": polls.rating_poll(ticket)} if poll else {"view": buttons.rating_view(ticket.id)}
        sent = await self._dm(ticket, text or None, **ask)
        if sent is None:
            thread = await self._thread(ticket)
            if thread is not None and card_parts(ticket)[1] == MODE_THREAD:
                sent = await thread.send(f"<@{ticket.user_id}> {text}".strip(), **ask,
                                         allowed_mentions=discord.AllowedMentions(users=True))
        if sent is None:
            return None
        return polls.request_of(sent) if poll else f"{sent.channel.id}:{sent.id}"

    async def rating_final(self, ticket: Ticket, request: str) -> None:
        poll = PollRequest.parse(request)
        if poll is not None:
            await self._quietly(polls.end(self.client, poll))
            return
        channel, _, message = request.partition(":")
        if channel.isdigit() and message.isdigit():
            partial = self.client.get_partial_messageable(int(channel)).get_partial_message(int(message))
            await self._quietly(partial.edit(view=buttons.rating_view(ticket.id, ticket.rating, final=True)))

    async def remind(self, ticket: Ticket, reminder: Reminder) -> None:
        if reminder.audience == STAFF:
            thread = await self._live_thread(ticket)
            # Ping again whoever must act: the moderator role for an unclaimed ticket, else the claimer.
            role = self.settings.discord.moderator_role_id
            if reminder.kind == PINGED_UNCLAIMED and role:
                mention, allowed = f"<@&{role}> ", discord.AllowedMentions(roles=[discord.Object(role)])
            elif ticket.moderator_id and ticket.moderator_id.isdigit():
                mention = f"<@{ticket.moderator_id}> "
                allowed = discord.AllowedMentions(users=[discord.Object(int(ticket.moderator_id))])
            else:
                mention, allowed = "", discord.AllowedMentions.none()
            text = render.clip(f"{mention}⏰ {render_reply(self.lang, reminder.reply)}")
            await self._staff_post(ticket, thread, text, allowed_mentions=allowed)
            return
        text = render_reply(ticket.language, reminder.reply)
        if card_parts(ticket)[1] == MODE_THREAD:
            thread = await self._thread(ticket)
            if thread is not None:
                await thread.send(render.clip(f"<@{ticket.user_id}> {text}"),
                                  allowed_mentions=discord.AllowedMentions(users=True))
                return
        if await self._dm(ticket, render.clip(text)) is None:
            await self._notice(ticket, t(self.lang, "staff.user_unreachable"))

    async def answer(self, ticket: Ticket, answer: Answer) -> None:
        origin = Origin.parse(answer.to)
        if origin is None:
            log.warning("ticket %s: an answer with no Discord address (%s) is dropped", ticket.id, answer.to)
            return
        channel = self.client.get_partial_messageable(origin.channel_id)
        view = buttons.actions_view(answer.actions)
        try:
            await channel.send(embed=render.text_embed(answer.text), view=view or discord.utils.MISSING)
        except discord.Forbidden:  # DMs closed or the bot removed from the channel since: nobody to answer
            log.info("ticket %s: the answer could not reach channel %s", ticket.id, answer.to)

    async def post_transcript(self, ticket: Ticket, transcript: TranscriptFile) -> str | None:
        caption = t(self.lang, "staff.transcript", number=ticket.id)
        elsewhere = t(self.lang, "staff.transcript_elsewhere", number=ticket.id)
        try:
            thread = await self._live_thread(ticket)
            if thread is not None:
                return await self._post_file(thread, transcript, caption)
        except StaffThreadGone:
            caption = elsewhere
        except discord.NotFound as exc:
            if exc.code != UNKNOWN_CHANNEL:
                raise
            caption = elsewhere
        # No thread (deleted, or never made): a transcript is no reason for a new one; it goes to the support
        # channel, under the fallback card if there is one.
        ds, fallback = self.settings.discord, fallback_parts(ticket)
        channel_id = fallback[0] if fallback else ds.routes.get(ticket.category or "", ds.support_channel_id or 0)
        channel = self.client.get_channel(channel_id)
        if not isinstance(channel, discord.TextChannel):  # a forum takes no plain message
            log.info("ticket %s: no thread and no text channel for its transcript", ticket.id)
            return None
        card = channel.get_partial_message(fallback[1]).to_reference(fail_if_not_exists=False) if fallback else None
        return await self._post_file(channel, transcript, caption, reference=card)

    async def _post_file(self, channel: discord.abc.Messageable, transcript: TranscriptFile, caption: str,
                         **kwargs: Any) -> str:
        """Send the transcript as an attachment (``ticket-<n>.html``); one over the upload limit becomes a line."""
        if len(transcript.data) > render.UPLOAD_LIMIT:
            size = f"{len(transcript.data) / 1024 / 1024:.0f}"
            sent = await channel.send(t(self.lang, "staff.transcript_too_large", number=transcript.ticket_id,
                                        size=size), **kwargs)
        else:
            upload = discord.File(io.BytesIO(transcript.data), filename=transcript.name)
            sent = await channel.send(caption, file=upload, **kwargs)
        return f"{sent.channel.id}:{sent.id}"

    async def _update_card(self, thread: discord.Thread, ticket: Ticket) -> None:
        card_id, _ = card_parts(ticket)
        if card_id is not None:
            view = buttons.card_view(ticket, self.lang)
            await self._quietly(thread.get_partial_message(card_id).edit(view=view))

    async def _update_fallback(self, ticket: Ticket) -> None:
        """Show the ticket's state in the buttons of its card in the support channel, if it has one there."""
        where = fallback_parts(ticket)
        channel = self.client.get_channel(where[0]) if where is not None else None
        if where is not None and isinstance(channel, discord.TextChannel):
            view = buttons.card_view(ticket, self.lang)
            await self._quietly(channel.get_partial_message(where[1]).edit(view=view))

    async def _notice(self, ticket: Ticket, text: str) -> None:
        try:
            await self._staff_post(ticket, await self._live_thread(ticket), text)
        except StaffThreadGone:
            log.info("ticket %s: its thread is gone, notice skipped", ticket.id)

    async def _staff_post(self, ticket: Ticket, thread: discord.Thread | None, text: str,
                          **kwargs: Any) -> discord.Message | None:
        """Post in the ticket's thread, or under its fallback card; raise ``StaffThreadGone`` for a deleted thread."""
        if thread is not None:
            try:
                return await thread.send(text, **kwargs)
            except discord.NotFound as exc:
                if exc.code == UNKNOWN_CHANNEL:
                    raise StaffThreadGone(ticket.id) from exc
                raise
        where = fallback_parts(ticket)
        channel = self.client.get_channel(where[0]) if where is not None else None
        if where is not None and isinstance(channel, discord.TextChannel):
            card = channel.get_partial_message(where[1]).to_reference(fail_if_not_exists=False)
            return await channel.send(text, reference=card, **kwargs)
        return None

    async def _dm(self, ticket: Ticket, text: str | None, **kwargs: Any) -> discord.Message | None:
        try:
            user = self.client.get_user(int(ticket.user_id)) or await self.client.fetch_user(int(ticket.user_id))
            return await user.send(text, **kwargs)
        except discord.Forbidden:
            return None  # DMs closed or the bot blocked: the text is stored, staff are told

    async def _thread(self, ticket: Ticket) -> discord.Thread | None:
        try:
            return await self._live_thread(ticket)
        except StaffThreadGone:
            return None  # only a user's message or a reminder is worth a new thread

    async def _live_thread(self, ticket: Ticket) -> discord.Thread | None:
        """The ticket's thread; raises ``StaffThreadGone`` when Discord says it no longer exists."""
        if not ticket.thread_ref or not ticket.thread_ref.isdigit():
            return None
        try:
            channel = await self._channel(int(ticket.thread_ref))
        except discord.NotFound as exc:
            raise StaffThreadGone(ticket.id) from exc
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


def _owner_mention(ticket: Ticket, notice: str) -> tuple[str, discord.AllowedMentions]:
    """An assignment notice that pings its new owner (the client pings nobody unless told)."""
    owner = ticket.moderator_id or ""
    if not owner.isdigit():
        return notice, discord.AllowedMentions.none()
    return f"<@{owner}> {notice}", discord.AllowedMentions(users=[discord.Object(int(owner))])


def _pieces(text: str) -> list[str]:
    """Split text at line breaks into messages Discord accepts (a longer line is clipped)."""
    pieces = [""]
    for line in map(render.clip, text.splitlines()):
        if len(pieces[-1]) + len(line) + 1 > render.CONTENT_LIMIT:
            pieces.append("")
        pieces[-1] = f"{pieces[-1]}\n{line}" if pieces[-1] else line
    return [piece for piece in pieces if piece]


def _with_attachment(text: str, attachment: str | None) -> str:
    return f"{text}\n📎 {attachment}" if attachment else text
