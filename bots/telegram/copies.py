"""Edit and delete sync on Telegram: the bot's copy of a relayed line follows its original.

A copy is ``chat:message`` (the shape of ``notifier.fallback_ref``). Telegram refuses an edit that changes
nothing ("message is not modified"); an edit row sent again after a crash, or two edits that both read the
latest words, hit that, and it means the copy already shows them.
"""

from __future__ import annotations

import logging

from telegram import Bot, Message, MessageEntity
from telegram.constants import MessageEntityType
from telegram.error import BadRequest

from core.i18n import t
from core.models import TicketMessage

log = logging.getLogger(__name__)

TEXT_LIMIT, CAPTION_LIMIT = 4096, 1024
NOT_MODIFIED = "message is not modified"


def message_ref(chat_id: int, message_id: int) -> str:
    """The platform reference of one message: where a line came from, or the copy a relay posted."""
    return f"{chat_id}:{message_id}"


def ref_of(message: Message | None) -> str | None:
    return message_ref(message.chat_id, message.message_id) if message is not None else None


def marked(lang: str, said: str, message: TicketMessage) -> tuple[str, list[MessageEntity]]:
    """The copy's new words: an edit carries the mark, a deletion keeps the words struck through under its mark."""
    if message.deleted_at is None:
        return f"{said}\n{t(lang, 'edit.mark')}", []
    head = f"{t(lang, 'edit.deleted')}\n"
    # Entity offsets count UTF-16 code units; the emoji in the mark counts two.
    start = len(head.encode("utf-16-le")) // 2
    return head + said, [MessageEntity(MessageEntityType.STRIKETHROUGH, start, len(said.encode("utf-16-le")) // 2)]


async def edit(bot: Bot, copy: tuple[int, int], text: str, entities: list[MessageEntity], *, caption: bool) -> bool:
    """Edit the copy in place; False when Telegram can no longer edit it (gone, too old), so the caller posts anew."""
    chat, message_id = copy
    limit = CAPTION_LIMIT if caption else TEXT_LIMIT
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    entities = [e for e in entities if e.offset + e.length <= len(text.encode("utf-16-le")) // 2]
    try:
        if caption:
            await bot.edit_message_caption(chat, message_id, caption=text, caption_entities=entities or None)
        else:
            await bot.edit_message_text(text, chat, message_id, entities=entities or None)
    except BadRequest as exc:
        if NOT_MODIFIED in exc.message.lower():
            return True
        if "message to edit not found" in exc.message.lower() or "can't be edited" in exc.message.lower():
            log.info("telegram: copy %s:%s can no longer be edited (%s)", chat, message_id, exc.message)
            return False
        raise
    return True
