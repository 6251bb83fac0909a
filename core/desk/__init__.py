"""The support desk: the one door adapters use into the core.

A user's message goes in as an ``Inbound``; what the user sees comes out as an ``Outcome``. Staff and
admin actions go through the same object.
"""

from core.desk.edits import EditDesk
from core.desk.history import HistoryDesk
from core.desk.learning import LearningDesk
from core.desk.moderation import ModerationDesk
from core.desk.outcome import Assessment, Inbound, Outcome
from core.desk.privacy import PrivacyDesk
from core.desk.staff import StaffDesk
from core.desk.users import UserDesk
from core.desk.votes import VoteDesk

__all__ = ["Assessment", "Inbound", "Outcome", "SupportDesk"]


class SupportDesk(UserDesk, StaffDesk, ModerationDesk, HistoryDesk, LearningDesk, PrivacyDesk, EditDesk,
                  VoteDesk):
    """One method per user intent and per staff or admin action; adapters call these and render the result."""
