"""The door for edits and deletions of messages the desk stored (see ``core.tickets.edits``)."""

from __future__ import annotations

from core.desk.base import DeskBase
from core.models import Actor, Author, TicketMessage
from core.tickets import edits
from core.understanding.redaction import redact


class EditDesk(DeskBase):
    """A user or moderator changed a message the desk relayed: the copy follows, the transcript keeps both."""

    async def message_edited(self, platform: str, ref: str, text: str, actor: Actor) -> TicketMessage | None:
        """``actor`` edited their message ``ref`` to ``text``; return the stored line as it is now, None if not ours."""
        async with self.tickets.units():
            message = await self.tickets.repo.message_by_ref(platform, ref)
            if message is None or not _wrote(message, actor):
                return None
            words = redact(text.strip()).text  # stored like any message: a pasted secret never reaches staff
            if not words and not message.attachment:
                return None  # an empty text is no message: keep the last words
            return await edits.revise(self.tickets, message, words, actor.key)

    async def message_deleted(self, platform: str, ref: str) -> TicketMessage | None:
        """The message ``ref`` was deleted on the platform: its copy is marked, never silently removed.

        The platform says only which message went (Discord's MESSAGE_DELETE names no one).
        """
        async with self.tickets.units():
            message = await self.tickets.repo.message_by_ref(platform, ref)
            if message is None:
                return None
            who = message.author_id if message.author == Author.MODERATOR else f"{platform}:{message.author_id}"
            return await edits.revise(self.tickets, message, None, who)


def _wrote(message: TicketMessage, actor: Actor) -> bool:
    """Only its author edits a line: a user's lines carry their id, staff lines the actor's key."""
    if message.author == Author.USER:
        return message.author_id == actor.user_id
    return message.author == Author.MODERATOR and message.author_id == actor.key
