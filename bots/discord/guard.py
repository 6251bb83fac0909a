"""The community guard in public Discord channels: scam messages removed, impersonators flagged.

Detection is ``core.guard``'s; this module feeds it what the gateway says (messages in the guarded
channels and their threads, members joining or changing their name) and acts: delete, warn the
channel, and put a card with Ban / Mute / Ignore in the support channel. Staff are the members the
desk calls moderators (roles, Manage Server, listed ids), read from the member cache like the live
staff names, so judging a message costs no REST call.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from typing import Any, cast

import discord

from bots.discord import render
from bots.discord.bot import DiscordBot
from bots.discord.guard_actions import card_view
from bots.discord.identity import PLATFORM, actor
from core.clock import Clock, utcnow
from core.guard.identity import OfficialIdentity
from core.guard.notices import defang, imitation, official_identity, reason_list, shown
from core.guard.reminders import SafetyReminder, reminder_text
from core.i18n import t
from core.insights.audit import IMPERSONATOR, SCAM_KEPT, SCAM_REMOVED
from core.models import Actor
from core.settings import Settings
from core.understanding.text import choose_language

log = logging.getLogger(__name__)
Person = discord.Member | discord.User
STAFF_NAMES_SECONDS = 60.0  # the live staff names are re-read this often (a walk over the member cache)


class Guard:
    """The guard of one client: the channels it watches, the names it judged; what it did goes to the audit log."""

    def __init__(self, client: discord.Client, settings: Settings, clock: Clock = utcnow) -> None:
        self.client, self.settings = client, settings
        self._names: dict[int, str] = {}  # member id -> the name last judged (a card each, not one a message)
        self._warned: set[tuple[int, str]] = set()  # (channel, name) readers were warned about
        self._identity: tuple[float, OfficialIdentity] | None = None
        self.reminder = SafetyReminder(timedelta(hours=settings.guard.reminder_hours),
                                       settings.guard.reminder_min_messages, clock)

    async def count(self, what: str, user_id: int, *, actor: Actor | None = None, detail: str = "") -> None:
        """Record a guard action in the audit log (/stats reads it); a failed write is only logged."""
        try:
            await cast(DiscordBot, self.client).desk.record_guard(what, f"{PLATFORM}:{user_id}", actor=actor,
                                                                  detail=detail)
        except Exception:  # the action itself is done; losing its count must not undo or hide it
            log.warning("guard: could not record %s for member %s", what, user_id, exc_info=True)

    @property
    def enabled(self) -> bool:
        return bool(self.settings.discord.guarded_channels)

    def watches(self, channel: Any) -> bool:
        """A guarded channel or a thread in one; a staff channel never is, whatever the settings say."""
        ds = self.settings.discord
        where = channel.parent_id if isinstance(channel, discord.Thread) else channel.id
        return where in ds.guarded_channels and where not in ds.staff_channels

    def is_staff(self, person: Person) -> bool:
        return actor(person, self.settings).is_moderator

    def identity(self) -> OfficialIdentity:
        """Who is official: the settings and the display names of the members with a staff role."""
        now = time.monotonic()
        if self._identity is None or now - self._identity[0] > STAFF_NAMES_SECONDS:
            self._identity = now, official_identity(self.settings.guard, self._staff_names())
        return self._identity[1]

    async def scan(self, message: discord.Message) -> bool:
        """A message in a guarded channel: a scam is deleted, the channel warned and staff told (True when it
        was one: nothing else answers it); a poster whose name imitates staff is flagged."""
        author = message.author
        if author.bot or message.guild is None or not self.watches(message.channel):
            return False
        identity = self.identity()
        desk = cast(DiscordBot, self.client).desk
        files = [a.filename for a in message.attachments]
        reasons = (await desk.judge_public(message.content, identity, author=author.display_name,
                                           files=files)).reasons
        imitated = imitation(identity, author.display_name, author.name)
        if (not reasons and imitated is None) or self.is_staff(author):
            if message.edited_at is None:  # a new message (an edit is not one more)
                await self._remind(message.channel)
            return False
        if reasons:
            await self._remove(message, reasons)
        elif imitated is not None:
            await self._posted_as(message, imitated)
        return bool(reasons)

    async def _remind(self, channel: discord.abc.Messageable) -> None:
        """Post the "staff never DM you first" reminder when this channel is due one."""
        if not self.reminder.seen(str(getattr(channel, "id", ""))):
            return
        text = reminder_text(PLATFORM, self.settings.default_language, self.settings.guard.official_bots)
        await _post(channel.send(text))

    async def member_joined(self, member: discord.Member) -> None:
        """Someone joined the server: a name imitating staff, the brand or the bot is flagged."""
        await self._check_name(member)

    async def member_updated(self, before: discord.Member, after: discord.Member) -> None:
        """A nickname or display name changed: the new one is judged (role changes are not renames)."""
        if (before.display_name, before.name) != (after.display_name, after.name):
            await self._check_name(after)

    async def _check_name(self, member: discord.Member) -> None:
        if not self.enabled or member.bot or member.guild.id != self.settings.discord.guild_id:
            return
        if not self._name_is_new(member) or self.is_staff(member):
            return
        imitated = imitation(self.identity(), member.display_name, member.name)
        if imitated is not None:
            await self._flag(member, imitated, render.user_text(member.guild.name))

    async def _remove(self, message: discord.Message, reasons: tuple[str, ...]) -> None:
        """Delete a scam, warn the channel in its language (never repeating the link), tell staff."""
        refused = None
        try:
            await message.delete()
        except discord.NotFound:
            return  # already removed (by staff, or by this check on an earlier copy of the message): said once
        except discord.HTTPException as exc:  # 403 50013 without Manage Messages
            refused = exc.text or str(exc.status)
        await self.count(SCAM_KEPT if refused else SCAM_REMOVED, message.author.id, detail=",".join(reasons))
        log.info("guard: message %s in %s (%s) %s", message.id, message.channel.id, ",".join(reasons),
                 "not deleted" if refused else "deleted")
        lang = choose_language(message.content, None, self.settings.default_language)
        if refused:  # still there: the warning answers it, so readers know which message is meant
            await _post(message.channel.send(t(lang, "guard.suspicious"),
                                             reference=message.to_reference(fail_if_not_exists=False)))
        else:
            await _post(message.channel.send(t(lang, "guard.warning")))
        staff = self.settings.staff_language
        card = t(staff, "guard.card.scam", chat=_where(message.channel), author=_who(message.author),
                 reasons=reason_list(staff, reasons), text=render.user_text(shown(message.content)))
        done = t(staff, "guard.discord.not_deleted", error=refused) if refused else t(staff, "guard.discord.deleted")
        await self._card(f"{card}\n{done}", message.author.id)

    async def _posted_as(self, message: discord.Message, imitated: str) -> None:
        """An impersonator wrote: staff get a card (once per name), the channel a warning (once per name there)."""
        author = message.author
        if self._name_is_new(author):
            await self._flag(author, imitated, _where(message.channel))
        if (message.channel.id, f"{author.id}|{author.display_name}") in self._warned:
            return
        self._warned.add((message.channel.id, f"{author.id}|{author.display_name}"))
        lang = choose_language(message.content, None, self.settings.default_language)
        await _post(message.reply(t(lang, "guard.verify.impostor", name=render.user_text(author.display_name),
                                    imitated=imitated)))

    async def _flag(self, person: Person, imitated: str, where: str) -> None:
        await self.count(IMPERSONATOR, person.id, detail=imitated)
        log.info("guard: member %s imitates %s", person.id, imitated)
        staff = self.settings.staff_language
        await self._card(t(staff, "guard.card.impersonator", chat=where, author=_who(person), imitated=imitated),
                         person.id)

    async def _card(self, text: str, user_id: int) -> None:
        """A card in the support channel (a post of its own in a forum) with one-tap Ban / Mute 24 h / Ignore."""
        ds = self.settings.discord
        channel = self.client.get_channel(ds.support_channel_id) if ds.support_channel_id is not None else None
        view, text = card_view(user_id, self.settings.staff_language), render.clip(text)
        if isinstance(channel, discord.ForumChannel):
            title = text.splitlines()[0][:render.THREAD_NAME_LIMIT]
            await _post(channel.create_thread(name=title, content=text, view=view))
        elif isinstance(channel, discord.TextChannel):
            await _post(channel.send(text, view=view))
        else:
            log.warning("guard: no support channel to tell about member %s", user_id)

    def _name_is_new(self, person: Person) -> bool:
        """Whether this name was not judged yet: a join and the first post are judged once, a rename again."""
        name = f"{person.display_name}|{person.name}"
        if self._names.get(person.id) == name:
            return False
        self._names[person.id] = name
        return True

    def _staff_names(self) -> list[str]:
        ds = self.settings.discord
        guild = self.client.get_guild(ds.guild_id) if ds.guild_id is not None else None
        if guild is None:
            return []
        return [m.display_name for m in guild.members if not m.bot and self.is_staff(m)]


async def _post(call: Any) -> None:
    try:
        await call
    except discord.HTTPException as exc:  # the deletion already happened; a lost notice must not undo it
        log.warning("guard: could not post: %s", exc)


def _where(channel: Any) -> str:
    return "#" + render.user_text(getattr(channel, "name", None) or str(channel.id))


def _who(person: Person) -> str:
    """A member as staff read them: the name defanged and escaped, the handle, a mention (it never pings)."""
    return f"{render.user_text(defang(person.display_name))} (@{render.user_text(person.name)}, <@{person.id}>)"
