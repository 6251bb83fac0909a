"""Button presses and modals: thin calls into the desk, answered in the presser's language."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord

from bots.discord import buttons, render
from bots.discord.identity import PLATFORM, actor
from bots.discord.origin import coming_from, of_interaction
from bots.texts import error_text
from core.desk import Inbound, Outcome
from core.errors import AlreadyRated
from core.i18n import t
from core.understanding.text import choose_language

if TYPE_CHECKING:
    from bots.discord.bot import DiscordBot

log = logging.getLogger(__name__)
Interaction = discord.Interaction[Any]


def inbound(interaction: Interaction, text: str = "") -> Inbound:
    """The presser as the desk's ``Inbound``, with the client's locale."""
    user = interaction.user
    return Inbound(PLATFORM, str(user.id), text, user_name=user.display_name, locale=str(interaction.locale))


def view_for(outcome: Outcome) -> discord.ui.View | None:
    """Buttons for an outcome: feedback under an answer, the candidates under a suggestion."""
    return buttons.actions_view(outcome.actions())


def interaction_language(interaction: Interaction, default: str) -> str:
    """The language of a reply with no text to go by: the client's locale, else the default."""
    return choose_language("", str(interaction.locale), default)


async def defer(interaction: Interaction, *, ephemeral: bool = True) -> None:
    """Acknowledge at once: Discord drops an interaction not answered within 3 seconds, and the desk's
    database and REST work may take longer. The answer follows as a follow-up message."""
    if not interaction.response.is_done():
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)


def failure_text(exc: BaseException, lang: str, what: str) -> str:
    """The reply to a failed press, modal or slash command: the person's mistake, else (logged) an apology.

    Discord's one error mapping: ``Interactions.guarded`` and the command tree's ``on_error`` both use it.
    """
    text = error_text(exc, lang)
    if text is None:
        log.error("%s failed", what, exc_info=exc)
        return t(lang, "error.generic")
    return text


async def respond(interaction: Interaction, text: str = "", **kwargs: Any) -> None:
    """Answer an interaction, deferred or not (a follow-up once it was acknowledged)."""
    if text:
        kwargs["content"] = render.clip(text)
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs)
    else:
        await interaction.response.send_message(**kwargs)


class Interactions:
    """What each persistent button and modal does."""

    def __init__(self, client: DiscordBot) -> None:
        self.client = client

    def language(self, interaction: Interaction) -> str:
        return interaction_language(interaction, self.client.settings.default_language)

    async def guarded(self, interaction: Interaction, body: Callable[[], Awaitable[None]]) -> None:
        """Run ``body``; a person's mistake gets its message, anything else a generic apology and a log line."""
        try:
            await body()
        except Exception as exc:
            # A quiet refusal still answers the interaction (Discord requires it), with the same notice.
            text = failure_text(exc, self.language(interaction), f"interaction {interaction.id}")
            await self._quietly(self.reply(interaction, text))  # the failure may be Discord itself

    async def reply(self, interaction: Interaction, text: str) -> None:
        """A private (ephemeral) answer to whoever pressed."""
        await respond(interaction, text, ephemeral=True)

    async def show(self, interaction: Interaction, outcome: Outcome) -> None:
        """Answer with an outcome: ephemeral in a server channel, plain in a DM."""
        view = view_for(outcome)
        kwargs: dict[str, Any] = {"embed": render.outcome_embed(outcome), "ephemeral": interaction.guild is not None}
        if view is not None:
            kwargs["view"] = view
        await respond(interaction, **kwargs)

    async def feedback(self, interaction: Interaction, action: str) -> None:
        async def body() -> None:
            await defer(interaction, ephemeral=interaction.guild is not None)
            desk = self.client.desk
            with coming_from(of_interaction(interaction)):
                if action == "solved":
                    outcome = await desk.mark_solved(inbound(interaction))
                else:
                    outcome = await desk.request_human(inbound(interaction))
            await self.show(interaction, outcome)
        await self.guarded(interaction, body)

    async def pick(self, interaction: Interaction, entry_id: str) -> None:
        async def body() -> None:
            await defer(interaction, ephemeral=interaction.guild is not None)
            await self.show(interaction, await self.client.desk.choose(inbound(interaction), entry_id))
        await self.guarded(interaction, body)

    async def rate(self, interaction: Interaction, ticket_id: int, score: int) -> None:
        """A 1-5 press: the rating message shows the choice (changeable for a while), then the buttons go."""
        async def body() -> None:
            await interaction.response.defer()  # a button: acknowledged by updating its own message later
            try:
                outcome = await self.client.desk.rate(inbound(interaction), ticket_id, score)
            except AlreadyRated:
                await self._quietly(interaction.edit_original_response(view=buttons.rating_view(ticket_id,
                                                                                                final=True)))
                raise
            await self._quietly(interaction.edit_original_response(view=buttons.rating_view(ticket_id, score)))
            text = "\n\n".join([*outcome.texts(), t(outcome.lang, "rating.changed_hint"),
                                 t(outcome.lang, "rating.comment_hint_button")])
            await respond(interaction, text, view=buttons.comment_view(ticket_id, outcome.lang))
        await self.guarded(interaction, body)

    async def open_comment(self, interaction: Interaction, ticket_id: int) -> None:
        async def body() -> None:
            # A modal must be the first response; opening it touches neither the database nor REST.
            await interaction.response.send_modal(CommentModal(self, ticket_id, self.language(interaction)))
        await self.guarded(interaction, body)

    async def save_comment(self, interaction: Interaction, text: str) -> None:
        async def body() -> None:
            await defer(interaction)
            outcome = await self.client.desk.comment(inbound(interaction, text))
            await self.reply(interaction, "\n".join(outcome.texts()))
        await self.guarded(interaction, body)

    async def ticket_action(self, interaction: Interaction, action: str, ticket_id: int) -> None:
        async def body() -> None:
            await defer(interaction)
            # Rights from the member Discord sends and the channel the card is in, never from the custom_id.
            who = actor(interaction.user, self.client.settings, where=interaction.channel_id)
            desk = self.client.desk
            lang = self.client.settings.staff_language
            if action == "claim":
                ticket = await desk.claim(ticket_id, who)
                await self.reply(interaction, t(lang, "staff.claimed", moderator=ticket.moderator_name or "-"))
            else:
                await desk.resolve(ticket_id, who)
                await self.reply(interaction, t(lang, "staff.resolved", moderator=who.name or who.user_id))
        await self.guarded(interaction, body)

    @staticmethod
    async def _quietly(call: Awaitable[Any]) -> None:
        try:
            await call
        except discord.HTTPException as exc:
            log.info("discord refused a button update: %s", exc)


class CommentModal(discord.ui.Modal):
    """An optional comment on a rating."""

    def __init__(self, handler: Interactions, ticket_id: int, lang: str) -> None:
        super().__init__(title=t(lang, "button.comment")[:45], custom_id=f"sb:comment-modal:{ticket_id}")
        self.handler = handler
        self.comment: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label=t(lang, "rating.comment_label")[:45], style=discord.TextStyle.paragraph, max_length=1000)
        self.add_item(self.comment)

    async def on_submit(self, interaction: Interaction) -> None:
        await self.handler.save_comment(interaction, self.comment.value)


