"""Ban / Mute 24 h / Ignore under a guard card: persistent buttons that only staff can use.

The ``custom_id`` names the member and nothing else, and it is the client's to write: who may press is
read from the presser's roles in the configured server, and the server acted in is that one, whatever
server or channel the press claims to come from. Staff cannot be banned or muted from a card.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from typing import Any, Protocol, cast

import discord

from bots.discord import render
from bots.discord.bot import bot_of
from bots.discord.identity import actor
from core.errors import InvalidInput, NotAllowed
from core.i18n import t
from core.models import Actor

log = logging.getLogger(__name__)
Button = discord.ui.Button[Any]
Interaction = discord.Interaction[Any]
MUTE = timedelta(hours=24)
DONE = {"ban": "banned", "mute": "muted", "ignore": "ignored"}


class _Counting(Protocol):
    async def count(self, what: str, user_id: int, *, actor: Actor | None = None, detail: str = "") -> None: ...


class _Guarded(Protocol):
    guard: _Counting


class GuardButton(discord.ui.DynamicItem[Button], template=r"sb:guard:(?P<action>ban|mute|ignore):(?P<user>\d{1,20})"):
    """One of Ban / Mute 24 h / Ignore on a card about a member."""

    def __init__(self, action: str, user_id: int, label: str = "") -> None:
        style = discord.ButtonStyle.danger if action == "ban" else discord.ButtonStyle.secondary
        super().__init__(discord.ui.Button(label=label or action, style=style,
                                           custom_id=f"sb:guard:{action}:{user_id}"))
        self.action, self.user_id = action, user_id

    @classmethod
    async def from_custom_id(cls, interaction: Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> GuardButton:
        return cls(match["action"], int(match["user"]), getattr(item, "label", "") or "")

    async def callback(self, interaction: Interaction) -> None:
        await bot_of(interaction).interactions.guarded(interaction,
                                                       lambda: decide(interaction, self.action, self.user_id))


def card_view(user_id: int, lang: str) -> discord.ui.View:
    """The card's three buttons, labelled in the staff language."""
    view = discord.ui.View(timeout=None)
    for action in DONE:
        view.add_item(GuardButton(action, user_id, t(lang, f"guard.button.{action}")))
    return view


async def decide(interaction: Interaction, action: str, user_id: int) -> None:
    """Carry out a press; a refusal by Discord is told to the presser and the buttons stay for a second try."""
    client = bot_of(interaction)
    settings = client.settings
    who = actor(interaction.user, settings, where=interaction.channel_id)
    if not who.is_moderator:
        raise NotAllowed(action="button")
    guild = interaction.client.get_guild(settings.discord.guild_id or 0)
    target = guild.get_member(user_id) if guild is not None else None
    if guild is None or user_id == interaction.client.user.id or (  # type: ignore[union-attr]
            target is not None and actor(target, settings).is_moderator):
        raise InvalidInput()
    lang = settings.staff_language
    await interaction.response.defer()  # a button: acknowledged now, its card edited below
    reason = f"community guard, by {who.name} ({who.user_id})"
    try:
        if action == "ban":
            await guild.ban(discord.Object(user_id), reason=reason)
        elif action == "mute":
            member = target or await guild.fetch_member(user_id)
            await member.timeout(MUTE, reason=reason)
    except discord.HTTPException as exc:  # 50013 Missing Permissions, or the member has left
        await interaction.followup.send(t(lang, "guard.discord.refused", error=exc.text or exc.status), ephemeral=True)
        return
    done = DONE[action]
    await cast(_Guarded, interaction.client).guard.count(done, user_id, actor=who)
    log.info("guard: member %s %s by %s", user_id, done, who.user_id)
    card = interaction.message.content if interaction.message is not None else ""
    result = t(lang, f"guard.done.{done}", moderator=render.user_text(who.name or who.user_id))
    await interaction.edit_original_response(content=render.clip(f"{card}\n\n{result}"), view=None)
