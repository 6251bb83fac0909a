"""The staff card's buttons by ticket state, decided once here so every platform shows the same ones."""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import t
from core.models import Ticket, TicketState

CLAIM, RESOLVE = "claim", "resolve"


@dataclass(frozen=True)
class CardAction:
    """One button on a staff card: what it does, to which ticket, whether it works, and what it says."""

    action: str  # CLAIM or RESOLVE
    ticket_id: int
    enabled: bool = True
    # Exactly one of the two: a catalogue key, or the claimer's name shown in place of a working Claim.
    label_key: str | None = None
    owner: str | None = None

    def label(self, lang: str) -> str:
        """Return the button's text in ``lang``: the translated label, or ``✋ <claimer>``."""
        if self.owner is not None:
            return f"✋ {self.owner}"
        return t(lang, self.label_key or f"button.{self.action}")


def card_actions(ticket: Ticket) -> tuple[CardAction, ...]:
    """Claim + Resolve while open; the claimer (not a working claim) + Resolve once claimed; none after."""
    resolve = CardAction(RESOLVE, ticket.id, label_key="button.resolve")
    if ticket.state == TicketState.OPEN:
        return CardAction(CLAIM, ticket.id, label_key="button.claim"), resolve
    if ticket.state == TicketState.CLAIMED:
        # Disabled: only the claimer's name. A platform without disabled buttons may still send the press;
        # the desk's claim then just reports who has the ticket.
        owner = ticket.moderator_name or ticket.moderator_id or "-"
        return CardAction(CLAIM, ticket.id, enabled=False, owner=owner), resolve
    return ()
