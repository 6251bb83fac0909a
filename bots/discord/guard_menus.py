"""The guard's context menus: "Is this staff?" on a member, "Report message" on a message.

Both answer privately. A report opens a ticket for the reporter through the same desk call as
Telegram's ``/report``, carrying the reported message (redacted, links defanged) and its author.
"""

from __future__ import annotations

from typing import Any, Protocol

import discord
from discord import app_commands

from bots.discord import render
from bots.discord.bot import DiscordBot
from bots.discord.guard import Guard
from bots.discord.interactions import defer, inbound, interaction_language, respond
from bots.discord.origin import coming_from, of_interaction
from core.guard.notices import account_verdict, defang, shown
from core.i18n import catalogue, t
from core.insights.audit import REPORTED
from core.tickets.priority import SECURITY

Interaction = discord.Interaction[Any]


class GuardedBot(DiscordBot, Protocol):
    """The running client with its guard."""

    guard: Guard


def register(tree: app_commands.CommandTree[Any], client: GuardedBot) -> None:
    """Add the two menus, if the guard watches any channel (a server without it does not see them)."""
    if not client.guard.enabled:
        return
    tree.add_command(app_commands.ContextMenu(name=_name("is_staff"), callback=_is_staff(client)))
    tree.add_command(app_commands.ContextMenu(name=_name("report"), callback=_report(client)))


def _name(key: str) -> app_commands.locale_str:
    """A menu name, translated from the catalogue (``commands.menu.*``)."""
    return app_commands.locale_str(catalogue("en")[f"commands.menu.{key}"], key=f"commands.menu.{key}")


def judge(client: GuardedBot, person: discord.Member | discord.User) -> tuple[str, dict[str, str]]:
    """Real staff, the official bot, an impersonator of someone, or an ordinary member: a key and its values."""
    if client.user is not None and person.id == client.user.id:
        return "guard.verify.bot", {"name": render.user_text(person.name)}
    key, params = account_verdict(client.guard.identity(), person.display_name, person.name,
                                  staff=client.guard.is_staff(person), bot=person.bot)
    return key, {k: render.user_text(v) for k, v in params.items()}


def _is_staff(client: GuardedBot) -> Any:
    async def is_staff(interaction: Interaction, member: discord.Member) -> None:
        key, params = judge(client, member)
        lang = interaction_language(interaction, client.settings.default_language)
        await respond(interaction, t(lang, key, **params), ephemeral=True)
    return is_staff


def _report(client: GuardedBot) -> Any:
    async def report(interaction: Interaction, message: discord.Message) -> None:
        await defer(interaction)
        author = message.author
        question = (f"[report] {defang(author.display_name)} (@{author.name}, id {author.id}): "
                    f"{shown(message.content or '-')} {message.jump_url}")
        with coming_from(of_interaction(interaction)):
            outcome = await client.desk.request_human(inbound(interaction, question), SECURITY)
        await client.guard.count(REPORTED, author.id)
        await respond(interaction, t(outcome.lang, "guard.report.thanks"), embed=render.outcome_embed(outcome),
                      ephemeral=True)
    return report
