"""Understanding a support message before retrieval: identifiers out, pasted errors glossed, greetings off."""

from __future__ import annotations

from dataclasses import dataclass

from core.understanding.error_strings import gloss_errors
from core.understanding.identifiers import Identifier, mask_identifiers
from core.understanding.wrappers import strip_wrappers

__all__ = ["Identifier", "Understood", "understand"]


@dataclass(frozen=True)
class Understood:
    """What retrieval reads of a message, and the identifiers taken out of it."""

    text: str
    identifiers: tuple[Identifier, ...] = ()


def understand(text: str) -> Understood:
    """Replace identifiers with placeholders, gloss pasted error strings and strip greeting wrappers from a
    (redacted, normalized) message."""
    masked = mask_identifiers(text)
    return Understood(strip_wrappers(gloss_errors(masked.text)), masked.identifiers)
