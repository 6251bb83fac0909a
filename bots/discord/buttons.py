"""Persistent buttons: each ``custom_id`` carries what it acts on, so they work after a restart.

``DynamicItem`` subclasses are registered once on the client; discord.py rebuilds the item from
the ``custom_id`` of any press, whatever message it sits on and however old it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import discord

from bots.discord.bot import bot_of
from core.i18n import t
from core.models import Ticket
from core.outbox.answers import UserAction, UserChoice
from core.tickets.cards import card_actions

Button = discord.ui.Button[Any]


class FeedbackButton(discord.ui.DynamicItem[Button], template=r"sb:(?P<action>solved|human)"):
    """"This solved it" / "talk to a human" under an answer."""

    def __init__(self, action: str, label: str = "") -> None:
        style = discord.ButtonStyle.success if action == "solved" else discord.ButtonStyle.secondary
        super().__init__(discord.ui.Button(label=label or action, style=style, custom_id=f"sb:{action}"))
        self.action = action

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
                             match: re.Match[str]) -> FeedbackButton:
        return cls(match["action"], getattr(item, "label", "") or "")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await bot_of(interaction).interactions.feedback(interaction, self.action)


class PickButton(discord.ui.DynamicItem[Button], template=r"sb:pick:(?P<entry>[a-z0-9_-]{1,90})"):
    """One suggested FAQ entry; a press answers with it."""

    def __init__(self, entry_id: str, label: str = "") -> None:
        super().__init__(discord.ui.Button(label=(label or entry_id)[:80], style=discord.ButtonStyle.primary,
                                           custom_id=f"sb:pick:{entry_id}"))
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
                             match: re.Match[str]) -> PickButton:
        return cls(match["entry"], getattr(item, "label", "") or "")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await bot_of(interaction).interactions.pick(interaction, self.entry_id)


class RateButton(discord.ui.DynamicItem[Button], template=r"sb:rate:(?P<ticket>\d{1,18}):(?P<score>[1-5])"):
    """One of the 1-5 satisfaction buttons."""

    def __init__(self, ticket_id: int, score: int, *, chosen: bool = False, disabled: bool = False) -> None:
        style = discord.ButtonStyle.success if chosen else discord.ButtonStyle.secondary
        super().__init__(discord.ui.Button(label=f"{score} ⭐", style=style, disabled=disabled,
                                           custom_id=f"sb:rate:{ticket_id}:{score}"))
        self.ticket_id, self.score = ticket_id, score

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
                             match: re.Match[str]) -> RateButton:
        return cls(int(match["ticket"]), int(match["score"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await bot_of(interaction).interactions.rate(interaction, self.ticket_id, self.score)


class CommentButton(discord.ui.DynamicItem[Button], template=r"sb:comment:(?P<ticket>\d{1,18})"):
    """Opens a modal for an optional comment on a rating."""

    def __init__(self, ticket_id: int, label: str = "💬") -> None:
        super().__init__(discord.ui.Button(label=label, style=discord.ButtonStyle.secondary,
                                           custom_id=f"sb:comment:{ticket_id}"))
        self.ticket_id = ticket_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
                             match: re.Match[str]) -> CommentButton:
        return cls(int(match["ticket"]), getattr(item, "label", "") or "💬")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await bot_of(interaction).interactions.open_comment(interaction, self.ticket_id)


class TicketButton(discord.ui.DynamicItem[Button], template=r"sb:(?P<action>claim|resolve):(?P<ticket>\d{1,18})"):
    """Claim / Resolve on a ticket card."""

    def __init__(self, action: str, ticket_id: int, label: str = "", disabled: bool = False) -> None:
        style = discord.ButtonStyle.primary if action == "claim" else discord.ButtonStyle.success
        super().__init__(discord.ui.Button(label=label or action, style=style, disabled=disabled,
                                           custom_id=f"sb:{action}:{ticket_id}"))
        self.action, self.ticket_id = action, ticket_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
                             match: re.Match[str]) -> TicketButton:
        return cls(match["action"], int(match["ticket"]), getattr(item, "label", "") or "")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await bot_of(interaction).interactions.ticket_action(interaction, self.action, self.ticket_id)


DYNAMIC_ITEMS = (FeedbackButton, PickButton, RateButton, CommentButton, TicketButton)


def actions_view(actions: Sequence[UserAction]) -> discord.ui.View | None:
    """The core's actions under a reply as buttons (one per suggested entry, then the others)."""
    if not actions:
        return None
    view = discord.ui.View(timeout=None)
    for action in sorted(actions, key=lambda a: a.choice != UserChoice.PICK):  # stable: picks first, in order
        if action.choice == UserChoice.PICK:
            view.add_item(PickButton(action.entry_id or "", action.label))
        else:
            view.add_item(FeedbackButton(action.choice.value, action.label))
    return view


def rating_view(ticket_id: int, chosen: int | None = None, *, final: bool = False) -> discord.ui.View:
    """1-5 buttons; the chosen one highlighted; all disabled once the rating is final."""
    view = discord.ui.View(timeout=None)
    for score in range(1, 6):
        view.add_item(RateButton(ticket_id, score, chosen=score == chosen, disabled=final))
    return view


def comment_view(ticket_id: int, lang: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(CommentButton(ticket_id, t(lang, "button.comment")))
    return view


def card_view(ticket: Ticket, lang: str) -> discord.ui.View | None:
    """The staff card's buttons, as ``core.tickets.cards`` decides them (the claimer's disabled); none once done."""
    actions = card_actions(ticket)
    if not actions:
        return None
    view = discord.ui.View(timeout=None)
    for action in actions:
        view.add_item(TicketButton(action.action, action.ticket_id, action.label(lang)[:80],
                                   disabled=not action.enabled))
    return view
