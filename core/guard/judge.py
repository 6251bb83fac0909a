"""One public message judged: the rules first, then (for what they let through) its likeness to scams."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

import numpy as np

from core.guard.files import REASON as FILE_REASON
from core.guard.files import program_files
from core.guard.identity import OfficialIdentity
from core.guard.likeness import REASON, ScamLikeness
from core.guard.messages import Verdict, check_message, excused_from_likeness

log = logging.getLogger(__name__)

Encode = Callable[[str], Awaitable[np.ndarray]]


async def judge_message(text: str, identity: OfficialIdentity, *, author: str = "", author_is_staff: bool = False,
                        files: Sequence[str] = (), likeness: ScamLikeness | None = None,
                        encode: Encode | None = None) -> Verdict:
    """The rules' verdict (``files``: the names of the files posted with the message), or ``resembles_scam``
    for a message they let through that reads like the labelled scams (not a short one, not a warning or a
    question about a scam, not one that only points to official places); a message they flag that reads
    nothing like a scam is let through (``ScamLikeness.doubts``), unless it posts a program. Without
    ``likeness`` or ``encode``, the rules alone."""
    verdict = check_message(text, identity, author=author, author_is_staff=author_is_staff)
    if not author_is_staff and likeness is not None and encode is not None and ScamLikeness.worth_judging(text):
        verdict = await _weighed(verdict, text, identity, likeness, encode)
    if not author_is_staff and program_files(files, text):
        verdict = Verdict((*verdict.reasons, FILE_REASON))
    return verdict


async def _weighed(verdict: Verdict, text: str, identity: OfficialIdentity, likeness: ScamLikeness,
                   encode: Encode) -> Verdict:
    """The rules' verdict checked by the likeness model: added to when they miss, doubted when they hit."""
    if verdict.scam:
        if likeness.doubts(await encode(text)):
            log.info("guard: the rules flagged a message (%s) that reads like ordinary chat; not acted on",
                     ",".join(verdict.reasons))
            return Verdict(())
        return verdict
    # Resemblance is about wording; where a message sends people, the rules know better: only to official
    # places is no scam, however much "official channel ..." reads like one.
    if excused_from_likeness(text, identity):
        return verdict
    return Verdict((REASON,)) if likeness.resembles(await encode(text)) else verdict
