"""The community guard in the public groups: scam messages removed, impersonators flagged, /verify, /report.

Detection is ``core.guard``'s; this module only feeds it what Telegram says (texts, captions, names,
joins) and acts: delete, warn the group, and put a card with Ban / Mute / Ignore in the staff group.
Every check runs without a Bot API call; who is staff is asked only about a message or name already
flagged, so a busy group costs nothing but the judging.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from telegram import Bot, Chat, ChatPermissions, InlineKeyboardMarkup, Message, ReplyParameters, Update, User
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, ChatMemberHandler, CommandHandler, MessageHandler, filters

from bots.telegram import callbacks, render
from bots.telegram.context import Context, command_body, desk_errors, inbound, language, reply, services
from bots.telegram.identity import PLATFORM
from core.clock import Clock, utcnow
from core.errors import InvalidInput, NotAllowed
from core.guard.identity import OfficialIdentity
from core.guard.names import impersonates
from core.guard.notices import (
    ASKING,
    account_verdict,
    defang,
    imitation,
    is_official_bot,
    official_identity,
    reason_list,
    shown,
)
from core.guard.reminders import SafetyReminder, reminder_text
from core.i18n import t
from core.insights.audit import IMPERSONATOR, REPORTED, SCAM_KEPT, SCAM_REMOVED
from core.models import Actor
from core.settings import Settings
from core.tickets.priority import SECURITY
from core.understanding.text import choose_language

log = logging.getLogger(__name__)

SCAN_GROUP = -1  # before the command handlers: "/verify https://evil.example" is read like any other message
MUTE = timedelta(hours=24)
_OWN_COMMAND = re.compile(r"^/(?:verify|report)(?:@\w+)?(?:\s|$)", re.IGNORECASE)
_MEMBER = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.MEMBER)


class GuardState:
    """What the guard keeps between updates: admin lists and staff membership (cached), names seen, counts."""

    def __init__(self, ttl: float, reminder: SafetyReminder) -> None:
        self.ttl, self.reminder = ttl, reminder
        self.counts: Counter[str] = Counter()  # deleted, delete_refused, flagged, banned, muted, ignored, reported
        self._admins: dict[int, tuple[float, list[User]]] = {}
        self._members: dict[int, tuple[float, bool]] = {}
        self._names: dict[tuple[int, int], str] = {}

    async def admins(self, bot: Bot, chat_id: int) -> list[User]:
        """The chat's administrators; the last known list when Telegram cannot be asked."""
        at, users = self._admins.get(chat_id, (float("-inf"), []))
        if time.monotonic() - at < self.ttl:
            return users
        try:
            users = [m.user for m in await bot.get_chat_administrators(chat_id)]
        except TelegramError as exc:
            log.warning("cannot read the admins of %s: %s", chat_id, exc)
            return users
        self._admins[chat_id] = (time.monotonic(), users)
        return users

    async def in_staff_group(self, bot: Bot, staff_chats: list[int], user_id: int) -> bool:
        """Whether the user is a member of a staff group."""
        at, member = self._members.get(user_id, (float("-inf"), False))
        if time.monotonic() - at < self.ttl:
            return member
        member = False
        for chat in staff_chats:
            try:
                status = await bot.get_chat_member(chat, user_id)
            except TelegramError as exc:
                log.info("cannot read membership of %s in %s: %s", user_id, chat, exc)
                continue
            if status.status in _MEMBER or getattr(status, "is_member", False):
                member = True
                break
        self._members[user_id] = (time.monotonic(), member)
        return member

    def name_is_new(self, chat_id: int, user: User) -> bool:
        """Whether this name (and username) was not judged yet in this chat: joins and renames, judged once."""
        name = f"{user.full_name}|{user.username or ''}"
        if self._names.get((chat_id, user.id)) == name:
            return False
        self._names[(chat_id, user.id)] = name
        return True


def handlers(staff_chats: list[int]) -> dict[int, Sequence[BaseHandler[Update, Any, Any]]]:
    """The guard's handlers by PTB handler group; which chats are guarded is read from the settings."""
    groups = filters.ChatType.GROUPS & ~filters.Chat(chat_id=staff_chats)
    # An edit can add the link; a file is judged by its name too (an "update" posted as an APK).
    said = groups & (filters.TEXT | filters.CAPTION | filters.Document.ALL) & filters.UpdateType.MESSAGES
    new = filters.UpdateType.MESSAGE
    return {
        SCAN_GROUP: [MessageHandler(said, scan),
                     MessageHandler(groups & filters.StatusUpdate.NEW_CHAT_MEMBERS, new_members),
                     ChatMemberHandler(member_update, ChatMemberHandler.CHAT_MEMBER)],
        0: [CommandHandler("verify", verify, filters=(groups | filters.ChatType.PRIVATE) & new),
            CommandHandler("report", report, filters=groups & new),
            CallbackQueryHandler(decide, pattern=rf"^({'|'.join(callbacks.GUARD_ACTIONS)}):")],
    }


async def scan(update: Update, context: Context) -> None:
    """A message in a guarded group: a scam is deleted, the group warned and staff told; a fake name flagged."""
    msg, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if msg is None or chat is None or user is None or not _guarded(context, chat.id) or _speaks_for_a_chat(msg):
        return
    identity = await _identity(context)
    text = msg.text or msg.caption or ""
    files = [msg.document.file_name or ""] if msg.document else []
    reasons = (await services(context).desk.judge_public(text, identity, author=user.full_name, files=files)).reasons
    if _OWN_COMMAND.match(text):
        reasons = tuple(r for r in reasons if r not in ASKING)
    imitated = _imitated(user, identity) if _state(context).name_is_new(chat.id, user) else None
    if (not reasons and imitated is None) or await _is_staff(context, chat.id, user.id):
        if update.message is not None:  # a new message (an edit is not one more)
            await _remind(context, chat)
        return
    if reasons:
        await _remove(context, msg, chat, user, reasons)
    elif imitated is not None:
        await _flag(context, chat, user, imitated)


async def new_members(update: Update, context: Context) -> None:
    """Someone joined (or was added to) a guarded group: a name imitating staff or the brand is flagged."""
    msg, chat = update.effective_message, update.effective_chat
    if msg is not None and chat is not None:
        await _check_names(context, chat, list(msg.new_chat_members))


async def member_update(update: Update, context: Context) -> None:
    """A ``chat_member`` update: a member who is in the group now is judged by name, once per name."""
    change = update.chat_member
    if change is not None and change.new_chat_member.status in (ChatMemberStatus.MEMBER,
                                                                 ChatMemberStatus.RESTRICTED):
        await _check_names(context, change.chat, [change.new_chat_member.user])


@desk_errors
async def decide(update: Update, context: Context) -> None:
    """Ban / Mute 24 h / Ignore on a guard card; only in a staff group, on a guarded group named in the button."""
    query, chat = update.callback_query, update.effective_chat
    assert query is not None
    svc = services(context)
    pressed = callbacks.parse(query.data)
    # The data is the client's to write: only where the press happened (a staff group) proves anything.
    if pressed is None or chat is None or not svc.staff.is_staff_chat(chat.id) or not isinstance(query.message,
                                                                                                 Message):
        raise NotAllowed(action="button")
    try:
        group, member = -pressed.number(0), pressed.number(1)
    except (ValueError, IndexError):
        raise InvalidInput() from None
    if len(pressed.args) != 2 or not _guarded(context, group):
        raise InvalidInput()
    lang, moderator = svc.settings.staff_language, query.from_user.full_name
    try:
        if pressed.action == callbacks.GUARD_BAN:
            await context.bot.ban_chat_member(group, member)
        elif pressed.action == callbacks.GUARD_MUTE:
            until = svc.desk.now() + MUTE
            await context.bot.restrict_chat_member(group, member, ChatPermissions.no_permissions(), until_date=until)
    except TelegramError as exc:  # the card and its buttons stay: the press can be repeated once rights are fixed
        await query.answer(t(lang, "guard.done.refused", error=exc.message)[:200], show_alert=True)
        return
    done = {callbacks.GUARD_BAN: "banned", callbacks.GUARD_MUTE: "muted"}.get(pressed.action, "ignored")
    staff = Actor(PLATFORM, str(query.from_user.id), query.from_user.full_name, is_moderator=True)
    await _count(context, done, member, actor=staff)
    log.info("guard: user %s in %s %s by %s", member, group, done, query.from_user.id)
    await query.answer()
    await query.edit_message_text(f"{query.message.text or ''}\n\n{t(lang, f'guard.done.{done}', moderator=moderator)}")


@desk_errors
async def verify(update: Update, context: Context) -> None:
    """/verify NAME, /verify @username, or /verify in reply to someone: whether that is real staff."""
    msg, chat = update.effective_message, update.effective_chat
    if msg is None or chat is None or (chat.type != ChatType.PRIVATE and not _guarded(context, chat.id)):
        return
    lang, target, name = language(update, context), _replied(msg), command_body(update)[:64]
    if target is not None and target.from_user is not None:
        key, params = await _judge_user(context, target.from_user)
    elif name:
        key, params = await _judge_name(context, name)
    else:
        key, params = "guard.verify.usage", {}
    await reply(update, t(lang, key, **{k: defang(v) for k, v in params.items()}))


@desk_errors
async def report(update: Update, context: Context) -> None:
    """/report in reply to a message in a guarded group: a ticket for the reporter that carries that message."""
    msg, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if msg is None or chat is None or user is None or not _guarded(context, chat.id):
        return
    target = _replied(msg)
    if target is None:
        await reply(update, t(language(update, context), "guard.report.usage"))
        return
    author = _who(target.from_user) if target.from_user else "-"
    question = f"[report] {author}: {shown(target.text or target.caption or '-')}"
    outcome = await services(context).desk.request_human(inbound(update, question, answered_here=True), SECURITY)
    await _count(context, REPORTED, target.from_user.id if target.from_user else 0)
    try:  # privately when the reporter has a chat with the bot: the group only learns staff were told
        await context.bot.send_message(user.id, f"{t(outcome.lang, 'guard.report.thanks')}\n\n"
                                                f"{render.outcome_text(outcome)}")
    except TelegramError:
        await reply(update, t(language(update, context), "guard.report.done"))


async def _judge_user(context: Context, user: User) -> tuple[str, dict[str, str]]:
    staff = not user.is_bot and await services(context).staff.is_admin(user.id)
    return account_verdict(await _identity(context), user.full_name, user.username, staff=staff, bot=user.is_bot)


async def _judge_name(context: Context, name: str) -> tuple[str, dict[str, str]]:
    if name.startswith("@"):
        username = name[1:]
        if _official_bot(context, username):
            return "guard.verify.bot", {"name": username}
        if username.lower() in {u.username.lower() for u in await _staff_admins(context) if u.username}:
            return "guard.verify.staff", {"name": name}
    imitated = impersonates(name.removeprefix("@"), await _identity(context))
    if imitated is not None and name.strip().casefold() == imitated.casefold():
        return "guard.verify.name_only", {}  # the real name, written plainly: only the account can tell
    if imitated is not None:
        return "guard.verify.impostor", {"name": name, "imitated": imitated}
    return "guard.verify.unknown", {"name": name}


async def _remove(context: Context, msg: Message, chat: Chat, user: User, reasons: tuple[str, ...]) -> None:
    """Delete a scam, warn the group in the author's language (never repeating the link), tell staff."""
    svc = services(context)
    refused = None
    try:
        await msg.delete()
    except TelegramError as exc:
        refused = exc.message
    await _count(context, SCAM_KEPT if refused else SCAM_REMOVED, user.id, detail=",".join(reasons))
    log.info("guard: message %s in %s (%s) %s", msg.message_id, chat.id, ",".join(reasons),
             "not deleted" if refused else "deleted")
    warn_lang = choose_language("", user.language_code, svc.settings.default_language)
    thread = msg.message_thread_id if msg.is_topic_message else None
    if refused:  # still there: the warning answers it, so readers know which message is meant
        await _send(context.bot, chat.id, t(warn_lang, "guard.suspicious"), thread=thread, reply_to=msg.message_id)
    else:
        await _send(context.bot, chat.id, t(warn_lang, "guard.warning"), thread=thread)
    lang = svc.settings.staff_language
    card = t(lang, "guard.card.scam", chat=defang(chat.title or str(chat.id)), author=_who(user),
             reasons=reason_list(lang, reasons), text=shown(msg.text or msg.caption or ""))
    card += "\n" + (t(lang, "guard.card.not_deleted", error=refused) if refused else t(lang, "guard.card.deleted"))
    await _card(context, card, chat.id, user.id)


async def _count(context: Context, what: str, user_id: int, *, actor: Actor | None = None, detail: str = "") -> None:
    """Count a guard action in memory and in the audit log (/stats reads it); a failed write is only logged."""
    _state(context).counts[what] += 1
    try:
        await services(context).desk.record_guard(what, f"{PLATFORM}:{user_id}", actor=actor, detail=detail)
    except Exception:  # the action itself is done; losing its count must not undo or hide it
        log.warning("guard: could not record %s for user %s", what, user_id, exc_info=True)


async def _check_names(context: Context, chat: Chat, users: list[User]) -> None:
    if not _guarded(context, chat.id):
        return
    identity = await _identity(context)
    for user in users:
        if not _state(context).name_is_new(chat.id, user):
            continue  # the chat_member update and the service message both report one join
        imitated = _imitated(user, identity)
        if imitated is not None and not await _is_staff(context, chat.id, user.id):
            await _flag(context, chat, user, imitated)


async def _flag(context: Context, chat: Chat, user: User, imitated: str) -> None:
    await _count(context, IMPERSONATOR, user.id, detail=imitated)
    log.info("guard: user %s in %s imitates %s", user.id, chat.id, imitated)
    lang = services(context).settings.staff_language
    await _card(context, t(lang, "guard.card.impersonator", chat=defang(chat.title or str(chat.id)),
                           author=_who(user), imitated=imitated), chat.id, user.id)


async def _card(context: Context, text: str, chat_id: int, user_id: int) -> None:
    """A card in the main staff group's General topic, with one-tap Ban / Mute 24 h / Ignore."""
    settings = services(context).settings
    if settings.telegram.staff_chat_id is None:
        log.warning("guard: no staff group to tell about user %s in %s", user_id, chat_id)
        return
    lang, ids = settings.staff_language, (str(-chat_id), str(user_id))
    keyboard = InlineKeyboardMarkup([[
        render.button(t(lang, "guard.button.ban"), callbacks.Callback(callbacks.GUARD_BAN, ids)),
        render.button(t(lang, "guard.button.mute"), callbacks.Callback(callbacks.GUARD_MUTE, ids)),
        render.button(t(lang, "guard.button.ignore"), callbacks.Callback(callbacks.GUARD_IGNORE, ids))]])
    await _send(context.bot, settings.telegram.staff_chat_id, text, markup=keyboard)


async def _send(bot: Bot, chat_id: int, text: str, *, thread: int | None = None, reply_to: int | None = None,
                markup: InlineKeyboardMarkup | None = None) -> None:
    answering = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to is not None else None
    try:
        await bot.send_message(chat_id, text, message_thread_id=thread, reply_markup=markup,
                               reply_parameters=answering)
    except TelegramError as exc:  # the deletion already happened; a lost notice must not undo it
        log.warning("guard: could not post in %s: %s", chat_id, exc)


async def _is_staff(context: Context, chat_id: int, user_id: int) -> bool:
    """Staff: admins (settings, staff group), members of a staff group, and the guarded chat's own admins."""
    svc, state = services(context), _state(context)
    if await svc.staff.is_admin(user_id):
        return True
    if any(u.id == user_id for u in await state.admins(context.bot, chat_id)):
        return True
    return await state.in_staff_group(context.bot, svc.settings.telegram.staff_chats, user_id)


async def _identity(context: Context) -> OfficialIdentity:
    """Who is official: the settings, plus the names of the staff group's admins as Telegram shows them."""
    live = [u.full_name for u in await _staff_admins(context) if not u.is_bot]
    return official_identity(services(context).settings.guard, live)


async def _staff_admins(context: Context) -> list[User]:
    staff_chat = services(context).settings.telegram.staff_chat_id
    return [] if staff_chat is None else await _state(context).admins(context.bot, staff_chat)


def _imitated(user: User, identity: OfficialIdentity) -> str | None:
    return imitation(identity, user.full_name, user.username)


def _official_bot(context: Context, username: str) -> bool:
    return is_official_bot(official_identity(services(context).settings.guard, ()), username)


def _guarded(context: Context, chat_id: int) -> bool:
    """A chat the guard watches; a staff group never is, whatever the settings say."""
    svc = services(context)
    return chat_id in svc.settings.telegram.guarded_chats and not svc.staff.is_staff_chat(chat_id)


def _speaks_for_a_chat(msg: Message) -> bool:
    """Posted as the group itself (an anonymous admin) or forwarded from its linked channel."""
    return bool(msg.is_automatic_forward) or (msg.sender_chat is not None and msg.sender_chat.id == msg.chat_id)


def _replied(msg: Message) -> Message | None:
    """The message ``msg`` replies to; in a forum every topic message "replies" to the topic's first one."""
    target = msg.reply_to_message
    return None if target is None or target.forum_topic_created is not None else target


async def _remind(context: Context, chat: Chat) -> None:
    """Post the "staff never DM you first" reminder when this chat is due one."""
    if not _state(context).reminder.seen(str(chat.id)):
        return
    settings = services(context).settings
    try:
        await context.bot.send_message(chat.id, reminder_text(PLATFORM, settings.default_language,
                                                              settings.guard.official_bots))
    except TelegramError as exc:  # the next one is due after the next interval: nothing to retry
        log.warning("guard: reminder in %s not posted: %s", chat.id, exc)


def guard_state(settings: Settings, clock: Clock = utcnow) -> GuardState:
    """The guard's state for one bot, made at its start (the reminder counts from then)."""
    reminder = SafetyReminder(timedelta(hours=settings.guard.reminder_hours), settings.guard.reminder_min_messages,
                              clock)
    return GuardState(settings.telegram.admin_cache_seconds, reminder)


def _state(context: Context) -> GuardState:
    state = context.bot_data.get("guard")
    if not isinstance(state, GuardState):
        state = context.bot_data["guard"] = guard_state(services(context).settings)
    return state


def _who(user: User) -> str:
    handle = f"@{user.username}, " if user.username else ""
    return f"{defang(user.full_name)} ({handle}id {user.id})"
