"""Privacy requests: /mydata answers privately with files, /forgetme with a button only its user can press."""

from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bots.discord import render
from bots.discord.interactions import defer, failure_text, inbound, interaction_language, respond
from bots.discord.names import described, named
from core.errors import NotAllowed
from core.i18n import t
from core.tickets.privacy import DataExport

if TYPE_CHECKING:
    from bots.discord.bot import DiscordBot

log = logging.getLogger(__name__)
Interaction = discord.Interaction[Any]
Command = app_commands.Command[Any, Any, None]

FILES_PER_MESSAGE = 10  # Discord's limit of attachments on one message
CONFIRM_SECONDS = 300.0  # the erase button works this long; then /forgetme again




def commands(client: DiscordBot) -> list[Command]:
    """/mydata and /forgetme, for every user."""
    return [Command(name=named("mydata"), description=described("mydata"), callback=_mydata(client)),
            Command(name=named("forgetme"), description=described("forgetme"), callback=_forgetme(client))]


def _mydata(client: DiscordBot) -> Any:
    async def mydata(interaction: Interaction) -> None:
        await defer(interaction)
        await send_export(interaction, await client.desk.my_data(inbound(interaction)))
    return mydata


def _forgetme(client: DiscordBot) -> Any:
    async def forgetme(interaction: Interaction) -> None:
        await defer(interaction)
        outcome = await client.desk.forget_warning(inbound(interaction))
        await respond(interaction, embed=render.outcome_embed(outcome), ephemeral=True,
                      view=ForgetConfirm(client, interaction.user.id, outcome.lang))
    return forgetme


class ForgetConfirm(discord.ui.View):
    """The erase button under the /forgetme warning: it acts for the user it was shown to, and once."""

    def __init__(self, client: DiscordBot, user_id: int, lang: str) -> None:
        super().__init__(timeout=CONFIRM_SECONDS)
        self.client, self.user_id = client, user_id
        self.erase.label = t(lang, "privacy.forget.button")

    async def interaction_check(self, interaction: Interaction) -> bool:
        """Only the user the warning was for (the presser comes from Discord, not from the button)."""
        if interaction.user.id == self.user_id:
            return True
        lang = interaction_language(interaction, self.client.settings.default_language)
        await interaction.response.send_message(failure_text(NotAllowed(action="button"), lang, "erase button"),
                                                ephemeral=True)
        return False

    @discord.ui.button(style=discord.ButtonStyle.danger)
    async def erase(self, interaction: Interaction, _: discord.ui.Button[Any]) -> None:
        self.stop()
        # Answer by taking the button off the warning: no I/O before it, and no second press.
        await interaction.response.edit_message(view=None)
        outcome = await self.client.desk.forget_me(inbound(interaction))
        await respond(interaction, embed=render.outcome_embed(outcome), ephemeral=True)

    async def on_error(self, interaction: Interaction, error: Exception, item: discord.ui.Item[Any]) -> None:
        lang = interaction_language(interaction, self.client.settings.default_language)
        await respond(interaction, failure_text(error, lang, f"interaction {interaction.id}"), ephemeral=True)


async def send_export(interaction: Interaction, export: DataExport) -> None:
    """Files in private follow-ups, ten to a message; one past the upload limit becomes a line."""
    fits = [f for f in export.files if len(f.data) <= render.UPLOAD_LIMIT]
    lines = [t(export.lang, "privacy.mydata.too_large", name=f.name) for f in export.files if f not in fits]
    caption = "\n".join([t(export.lang, "privacy.mydata.caption", tickets=export.tickets), *lines])
    for start in range(0, len(fits), FILES_PER_MESSAGE):
        files = [discord.File(io.BytesIO(f.data), filename=f.name) for f in fits[start : start + FILES_PER_MESSAGE]]
        await respond(interaction, caption if start == 0 else "", files=files, ephemeral=True)
