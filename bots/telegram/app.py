"""The Telegram bot's lifetime: build the PTB Application around the desk, poll (or take webhooks), stop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bots.bootstrap import DeskApp, build_desk
from bots.telegram import admin, assign, edits, guard, learning, moderation, privacy, staff, user, votes
from bots.telegram.context import Context, Services, language, on_error, reply, tell
from bots.telegram.identity import PLATFORM, StaffDirectory
from bots.telegram.inbox import InboxApplicationBuilder, InboxQueue
from bots.telegram.notifier import TelegramNotifier
from bots.telegram.ordering import PerChatUpdateProcessor
from core.clock import Clock, utcnow
from core.i18n import t
from core.models import LANGUAGES
from core.ports import Embedder
from core.settings import Settings

log = logging.getLogger(__name__)

USER_COMMANDS = ("start", "help", "human", "ticket", "tickets", "cancel", "comment", "transcript", "mydata", "forgetme",
                 "verify")
GROUP_COMMANDS = (*USER_COMMANDS, "report")  # /report answers a message in a group
STAFF_COMMANDS = ("claim", "resolve", "reopen", "assign", "priority", "note", "snippet", "stats", "faq_list",
                  "faq_show", "faq_add", "faq_edit", "faq_remove", "faq_undo", "block", "unblock", "blocks", "audit",
                  "faq_link", "faq_candidates", "faq_accept", "faq_reject", "faq_accept_all", "help")
ADMIN_COMMANDS = {"faq_list": admin.faq_list, "faq_show": admin.faq_show, "faq_add": admin.faq_add,
                  "faq_edit": admin.faq_edit, "faq_remove": admin.faq_remove, "faq_undo": admin.faq_undo,
                  "stats": admin.stats, "audit": moderation.audit}


class ConfigurationError(RuntimeError):
    """A setting the Telegram adapter cannot run without is missing or wrong."""


class TelegramBot:
    """One running Telegram adapter: the PTB application, its notifier and the desk."""

    def __init__(self, settings: Settings, *, embedder: Embedder | None = None, clock: Clock = utcnow,
                 vector_cache_url: str | None = None) -> None:
        if settings.telegram.token is None:
            raise ConfigurationError("set SUPPORTBOT_TELEGRAM_TOKEN (the bot token from @BotFather)")
        if settings.telegram.mode == "webhook" and not settings.telegram.webhook_url:
            raise ConfigurationError("webhook mode needs SUPPORTBOT_TELEGRAM_WEBHOOK_URL")
        self.settings = settings
        self._embedder = embedder
        self._clock = clock
        self._vector_cache_url = vector_cache_url
        self.application: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.desk_app: DeskApp | None = None

    async def start(self) -> None:
        """Build everything, check the token (getMe), publish the command menus, start receiving updates."""
        tg = self.settings.telegram
        assert tg.token is not None
        processor, queue = PerChatUpdateProcessor(tg.max_concurrent_updates), InboxQueue()
        builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = (
            InboxApplicationBuilder(queue).token(tg.token.get_secret_value()).base_url(tg.base_url)
            .base_file_url(tg.base_file_url).concurrent_updates(processor)
            .get_updates_read_timeout(tg.poll_timeout + 10).read_timeout(tg.request_timeout)
            # Queues sends within Telegram's flood limits and retries after a RetryAfter.
            .rate_limiter(AIORateLimiter(overall_max_rate=tg.overall_max_rate, group_max_rate=tg.group_max_rate,
                                         max_retries=3)))
        application = self.application = builder.build()
        await application.initialize()  # getMe: a wrong token fails here, before the model is loaded
        notifier = TelegramNotifier(application.bot, tg.staff_chat_id, self.settings.staff_language, tg.routes,
                                    admin_ids=tg.admin_ids, rating_style=self.settings.rating_style)
        self.desk_app = await build_desk(self.settings, embedder=self._embedder, notifiers={PLATFORM: notifier},
                                         clock=self._clock, vector_cache_url=self._vector_cache_url)
        application.bot_data["services"] = Services(self.desk_app.desk, StaffDirectory(application.bot, self.settings),
                                                    self.settings)
        application.bot_data["guard"] = guard.guard_state(self.settings, self._clock)
        register_handlers(application, tg.staff_chats)
        await publish_commands(application, tg.staff_chats)
        # From here, updates are stored before Telegram is told they arrived; the ones a previous run
        # stored but did not handle go first.
        processor.inbox = queue.inbox = self.desk_app.inbox
        await queue.replay(application.bot)
        await application.start()
        self.desk_app.start_timers()
        await self.desk_app.serve_metrics()
        updater = application.updater
        assert updater is not None
        if tg.mode == "webhook":
            await updater.start_webhook(
                listen=tg.webhook_listen, port=tg.webhook_port, url_path="telegram", webhook_url=tg.webhook_url,
                secret_token=tg.webhook_secret.get_secret_value() if tg.webhook_secret else None,
                allowed_updates=Update.ALL_TYPES)
        else:
            await updater.start_polling(timeout=int(tg.poll_timeout), allowed_updates=Update.ALL_TYPES)
        me = application.bot.bot
        log.info("telegram bot @%s running (%s), staff group %s", me.username, tg.mode, tg.staff_chat_id)

    async def stop(self) -> None:
        """Stop receiving, finish the updates in progress, close the database."""
        application, self.application = self.application, None
        desk_app, self.desk_app = self.desk_app, None
        if application is not None:
            if application.updater is not None and application.updater.running:
                await application.updater.stop()
            if application.running:
                await application.stop()
        if desk_app is not None:  # before shutdown closes the bot's HTTP client under the outbox's calls
            await desk_app.stop_work()
        if application is not None:
            await application.shutdown()
        if desk_app is not None:
            await desk_app.close()


def register_handlers(application: Application[Any, Any, Any, Any, Any, Any], staff_chats: list[int]) -> None:
    """Route updates: private chats to the user handlers, the staff group to the moderator ones."""
    # New messages only: an edited message must not be answered, relayed or run as a command twice.
    new = filters.UpdateType.MESSAGE
    private = filters.ChatType.PRIVATE & new
    staff_chat = filters.Chat(chat_id=staff_chats) & new
    relayable = filters.TEXT | filters.PHOTO | filters.Document.ALL

    # The community guard first: its /verify must beat unknown_command, its buttons unknown_button.
    application.add_handlers(guard.handlers(staff_chats))
    application.add_handlers(edits.handlers(staff_chats))  # edited messages; below, new ones only
    for name, handler in ADMIN_COMMANDS.items():
        application.add_handler(CommandHandler(name, handler, filters=private | staff_chat))
    application.add_handlers(learning.handlers(private | staff_chat, staff_chat))
    application.add_handler(CommandHandler(["start", "help"], user.start, filters=private))
    application.add_handler(CommandHandler("human", user.human, filters=private))
    application.add_handler(CommandHandler("ticket", user.ticket, filters=private))
    application.add_handler(CommandHandler("tickets", user.tickets, filters=private))
    application.add_handler(CommandHandler("cancel", user.cancel, filters=private))
    application.add_handler(CommandHandler("comment", user.comment, filters=private))
    application.add_handler(CommandHandler("transcript", user.transcript, filters=private))
    application.add_handler(CommandHandler("mydata", privacy.mydata, filters=private))
    application.add_handler(CommandHandler("forgetme", privacy.forgetme, filters=private))
    application.add_handler(MessageHandler(private & filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(private & relayable & ~filters.COMMAND, user.message))
    application.add_handler(MessageHandler(private & ~relayable & ~filters.StatusUpdate.ALL, user.unsupported))
    application.add_handler(CallbackQueryHandler(user.button, pattern=r"^(solved|human|pick|rate)(:|$)"))
    application.add_handler(CallbackQueryHandler(privacy.confirm, pattern=r"^forget:"))
    application.add_handlers(votes.handlers())  # poll_answer: a vote in a rating poll

    application.add_handler(CommandHandler("help", staff_help, filters=staff_chat))
    application.add_handler(CommandHandler("claim", staff.claim, filters=staff_chat))
    application.add_handler(CommandHandler("resolve", staff.resolve, filters=staff_chat))
    application.add_handler(CommandHandler("reopen", staff.reopen, filters=staff_chat))
    application.add_handler(CommandHandler("note", staff.note, filters=staff_chat))
    application.add_handler(CommandHandler("snippet", staff.snippet, filters=staff_chat))
    application.add_handlers(moderation.handlers(staff_chat))
    application.add_handlers(assign.handlers(staff_chat))
    application.add_handler(MessageHandler(
        staff_chat & filters.IS_TOPIC_MESSAGE & relayable & ~filters.COMMAND & ~filters.VIA_BOT, staff.topic_message))
    application.add_handler(CallbackQueryHandler(staff.button, pattern=r"^(claim|resolve):"))
    application.add_handler(CallbackQueryHandler(unknown_button))
    application.add_error_handler(on_error)


async def unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not know, in a private chat."""
    message = update.effective_message
    command = (message.text or "").split()[0] if message and message.text else "/"
    await reply(update, t(language(update, context), "error.unknown_command", command=command))


async def unknown_button(update: Update, context: Context) -> None:
    """Callback data this bot never wrote (the client controls it): answered, so the spinner stops."""
    await tell(update, t(language(update, context), "error.input.invalid"))


async def staff_help(update: Update, context: Context) -> None:
    """/help in the staff group: how tickets work there."""
    await reply(update, t(language(update, context), "help.staff"))


async def publish_commands(application: Application[Any, Any, Any, Any, Any, Any], staff_chats: list[int]) -> None:
    """Set the command menus in zh and en: user commands in private chats, staff ones in the staff group."""
    bot = application.bot
    scopes: list[tuple[Any, tuple[str, ...]]] = [(BotCommandScopeAllPrivateChats(), USER_COMMANDS),
                                                 (BotCommandScopeDefault(), GROUP_COMMANDS)]
    scopes += [(BotCommandScopeChat(chat), STAFF_COMMANDS) for chat in staff_chats]
    for scope, names in scopes:
        for lang in (None, *LANGUAGES):
            commands = [BotCommand(name, t(lang or "en", f"commands.{name}")) for name in names]
            try:
                await bot.set_my_commands(commands, scope=scope, language_code=lang)
            except TelegramError as exc:  # menus are a convenience; the bot works without them
                log.warning("could not set %s commands for %s: %s", lang or "default", type(scope).__name__, exc)


async def run_telegram(settings: Settings) -> None:
    """Run until SIGINT/SIGTERM."""
    bot = TelegramBot(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not the main thread
            loop.add_signal_handler(sig, stop.set)
    try:
        await bot.start()
        await stop.wait()
    finally:
        await bot.stop()
