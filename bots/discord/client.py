"""The discord.py client: intents, persistent buttons, slash commands synced to the guild, events."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import discord
import yarl
from discord import app_commands

from bots.bootstrap import DeskApp, build_desk
from bots.discord import commands, edits, guard_menus, messages, polls
from bots.discord.buttons import DYNAMIC_ITEMS
from bots.discord.guard import Guard
from bots.discord.guard_actions import GuardButton
from bots.discord.identity import PLATFORM
from bots.discord.inbox import Deletion, DiscordInbox, Routes
from bots.discord.interactions import Interactions
from bots.discord.notifier import DiscordNotifier
from bots.ordering import KeyedLocks
from core.clock import Clock, utcnow
from core.desk import SupportDesk
from core.i18n import t
from core.ports import Embedder
from core.settings import Settings
from core.tickets.polls import POLL_STYLE

log = logging.getLogger(__name__)
MAX_RATELIMIT_WAIT = 30.0  # seconds; discord.py's smallest allowed value


def intents(*, members: bool = False, poll_votes: bool = False) -> discord.Intents:
    """Guild and DM messages with their content; with the guard, members too (both privileged: enable them in
    the portal, or the gateway refuses the connection); poll votes only when the rating is a poll."""
    wanted = discord.Intents.default()
    wanted.message_content = True
    wanted.members = members  # joins, renames, and who holds a staff role
    wanted.polls = poll_votes  # MESSAGE_POLL_VOTE_ADD / _REMOVE in DMs and servers
    return wanted


class SupportClient(discord.Client):
    """One Discord connection around the desk; handlers stay in messages / interactions / commands."""

    def __init__(self, settings: Settings, *, embedder: Embedder | None = None, clock: Clock = utcnow,
                 vector_cache_url: str | None = None, **options: Any) -> None:
        # No mass mentions ever: @everyone or a role in user or FAQ text stays plain text.
        # A 429 longer than MAX_RATELIMIT_WAIT raises instead of sleeping in a handler (e.g. Discord's
        # two channel renames per ten minutes); cosmetic calls catch it and go on.
        options.setdefault("max_ratelimit_timeout", MAX_RATELIMIT_WAIT)
        super().__init__(intents=intents(members=bool(settings.discord.guarded_channels),
                                         poll_votes=settings.rating_style == POLL_STYLE),
                         allowed_mentions=discord.AllowedMentions.none(), **options)
        self.settings = settings
        self.tree: app_commands.CommandTree[SupportClient] = app_commands.CommandTree(self)
        self.interactions = Interactions(self)
        self.order = KeyedLocks()
        self.guard = Guard(self, settings, clock)
        self.desk_app: DeskApp | None = None
        self.inbox: DiscordInbox | None = None
        self._embedder, self._clock, self._vector_cache_url = embedder, clock, vector_cache_url

    @property
    def desk(self) -> SupportDesk:
        assert self.desk_app is not None, "setup_hook builds the desk before any event"
        return self.desk_app.desk

    async def setup_hook(self) -> None:
        self.desk_app = await build_desk(self.settings, embedder=self._embedder,
                                         notifiers={PLATFORM: DiscordNotifier(self, self.settings)},
                                         clock=self._clock, vector_cache_url=self._vector_cache_url)
        self.inbox = DiscordInbox(self.desk_app.inbox, self._clock)
        self.add_dynamic_items(*DYNAMIC_ITEMS, GuardButton)
        commands.register(self.tree, self)
        guard_menus.register(self.tree, self)
        await self.tree.set_translator(commands.CatalogueTranslator())
        guild_id = self.settings.discord.guild_id
        if guild_id is not None:
            guild = discord.Object(guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d slash commands to guild %s", len(synced), guild_id)
        self.desk_app.start_timers()
        await self.desk_app.serve_metrics()

    async def on_connect(self) -> None:
        if self.inbox is not None:
            self.inbox.connected()

    async def on_ready(self) -> None:
        log.info("discord bot %s ready in %d guild(s)", self.user, len(self.guilds))
        if self.inbox is not None:  # what arrived while no process listened (also after a new session)
            await self.inbox.catch_up(self, Routes(self._handle, self._edited, self._deleted),
                                      await self.desk.staff_threads(PLATFORM))

    async def on_message(self, message: discord.Message) -> None:
        if self.inbox is not None and messages.served(self, message):
            await self.inbox.handle(message, self._handle)
        else:
            await self._handle(message)

    async def _handle(self, message: discord.Message) -> None:
        # Arrival order per conversation: a ticket thread (its user and staff) or a DM as a whole, the
        # shared help channel per author, so one user flooding it never holds up another's question.
        shared = message.guild is not None and not isinstance(message.channel, discord.Thread)
        async with self.order.hold((message.channel.id, message.author.id) if shared else message.channel.id):
            if not await self.guard.scan(message):  # a scam removed from a guarded channel gets no answer
                await messages.route(self, message)

    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        if payload.message.edited_at is not None and await self.guard.scan(payload.message):
            return  # a harmless post edited into a scam once people have read it: removed like a new one
        if self.inbox is not None and messages.served(self, payload.message):
            await self.inbox.handle_edit(payload.message, self._edited)

    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        gone = Deletion(payload.channel_id, payload.message_id, payload.guild_id is not None,
                        isinstance(self.get_channel(payload.channel_id), discord.Thread))
        if self.inbox is not None and messages.served_channel(self, gone.channel_id, in_guild=gone.in_guild):
            await self.inbox.handle_delete(gone, self._deleted)

    async def _edited(self, message: discord.Message) -> None:
        await edits.edited(self, message, self.order)

    async def _deleted(self, gone: Deletion) -> None:
        await edits.deleted(self, gone)

    async def on_member_join(self, member: discord.Member) -> None:
        await self.guard.member_joined(member)

    async def on_member_update(self, before: discord.Member, after: discord.Member) -> None:
        await self.guard.member_updated(before, after)

    async def on_raw_poll_vote_add(self, payload: discord.RawPollVoteActionEvent) -> None:
        # Raw: the poll's message may not be cached (a restart since it was sent). A removed vote is not
        # read: a rating is changed by the next vote, never taken back.
        await polls.vote(self, self.desk, payload)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        # One bad event never stops the bot; the message path tells the user where it can.
        log.exception("discord event %s failed", event_method)
        message = args[0] if args and isinstance(args[0], discord.Message) else None
        if message is not None and not message.author.bot:
            with contextlib.suppress(discord.HTTPException):
                await message.channel.send(t(self.settings.default_language, "error.generic"))

    async def close(self) -> None:
        if self.desk_app is not None:  # the outbox's calls in flight still need the HTTP session
            await self.desk_app.stop_work()
        await super().close()
        if self.desk_app is not None:
            await self.desk_app.close()
            self.desk_app = None


class ConfigurationError(RuntimeError):
    """A setting the Discord adapter cannot run without is missing."""


async def run_discord(settings: Settings) -> None:
    """Log in and run until the process is stopped."""
    if settings.discord.token is None:
        raise ConfigurationError("set SUPPORTBOT_DISCORD_TOKEN (the bot token from the developer portal)")
    # Another Discord (a fake for tests, a proxy): class attributes discord.py reads at each request and connect.
    if settings.discord.api_base:
        discord.http.Route.BASE = settings.discord.api_base.rstrip("/")
    if settings.discord.gateway:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord.gateway)
    client = SupportClient(settings)
    async with client:
        await client.start(settings.discord.token.get_secret_value())
