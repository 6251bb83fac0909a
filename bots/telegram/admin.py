"""Admin commands, in the staff group or a private chat: /faq_* (versioned, immediate) and /stats."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bots.telegram.context import Context, command_body, desk_errors, language, reply, services
from core.i18n import render, t
from core.models import Actor, FaqVersion
from core.retrieval.faq_admin import require_faq_rights
from faq.commands import edit_from_text, entry_from_text
from faq.loader import dump_faq


@desk_errors
async def faq_list(update: Update, context: Context) -> None:
    """/faq_list: every entry's id, category and first question."""
    await _staff_actor(update, context, reader=True)
    lang = language(update, context)
    entries = await services(context).desk.faq_list()
    lines = [f"{e.id} · {e.category} · {e.question_in(lang)}" for e in entries]
    await reply(update, "\n".join([*lines, t(lang, "faq.list_footer", count=len(entries))]))


@desk_errors
async def faq_show(update: Update, context: Context) -> None:
    """/faq_show ID: the entry as YAML, ready to copy into /faq_edit."""
    await _staff_actor(update, context, reader=True)
    entry_id = await _entry_id(update, context, "/faq_show")
    if entry_id:
        await reply(update, dump_faq([await services(context).desk.faq_show(entry_id)]))


@desk_errors
async def faq_add(update: Update, context: Context) -> None:
    """/faq_add + YAML: a new entry, answering from the next message on."""
    actor = await _staff_actor(update, context)
    body = command_body(update)
    if not body:
        await reply(update, t(language(update, context), "faq.usage_add"))
        return
    await _done(update, context, await services(context).desk.faq_add(entry_from_text(body), actor))


@desk_errors
async def faq_edit(update: Update, context: Context) -> None:
    """/faq_edit ID + YAML of the fields to change."""
    actor = await _staff_actor(update, context)
    entry_id, _, changes = command_body(update).partition("\n")
    entry_id = entry_id.strip()
    if not entry_id or not changes.strip():
        await reply(update, t(language(update, context), "faq.usage_edit"))
        return
    desk = services(context).desk
    entry = edit_from_text(await desk.faq_show(entry_id), changes)
    await _done(update, context, await desk.faq_edit(entry, actor))


@desk_errors
async def faq_remove(update: Update, context: Context) -> None:
    """/faq_remove ID (undo brings it back)."""
    await _change_by_id(update, context, "/faq_remove", services(context).desk.faq_remove)


@desk_errors
async def faq_undo(update: Update, context: Context) -> None:
    """/faq_undo ID: revert the entry's latest change."""
    await _change_by_id(update, context, "/faq_undo", services(context).desk.faq_undo)


@desk_errors
async def stats(update: Update, context: Context) -> None:
    """/stats: volume, answered rate, open tickets, first response, satisfaction."""
    actor = await _staff_actor(update, context, reader=True)
    await reply(update, render(language(update, context), await services(context).desk.stats(actor)))


async def _staff_actor(update: Update, context: Context, *, reader: bool = False) -> Actor:
    """The caller with their rights: moderators may read the FAQ, only admins change it.

    The core checks again; refusing here first keeps a usage hint or an entry's existence from a non-admin.
    """
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    svc = services(context)
    actor = await svc.staff.actor(user, chat.id)
    return require_faq_rights(actor, reading=reader)


async def _entry_id(update: Update, context: Context, command: str) -> str | None:
    entry_id = command_body(update).split()
    if len(entry_id) != 1:
        await reply(update, t(language(update, context), "faq.usage_id", command=command))
        return None
    return entry_id[0]


async def _change_by_id(update: Update, context: Context, command: str,
                        change: Callable[[str, Actor], Awaitable[FaqVersion]]) -> None:
    actor = await _staff_actor(update, context)
    entry_id = await _entry_id(update, context, command)
    if entry_id:
        await _done(update, context, await change(entry_id, actor))


async def _done(update: Update, context: Context, version: FaqVersion) -> None:
    await reply(update, t(language(update, context), "staff.faq_changed", entry=version.entry_id,
                          action=version.action.value, version=version.version))
