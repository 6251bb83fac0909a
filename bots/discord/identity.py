"""Who a Discord user is to the desk: roles and permissions in the configured server decide."""

from __future__ import annotations

import discord

from core.models import Actor
from core.settings import Settings

PLATFORM = "discord"


def actor(user: discord.User | discord.Member, settings: Settings) -> Actor:
    """Admins: the admin role, Manage Server, or a listed id; moderators: the moderator role (or admin)."""
    ds = settings.discord
    roles = {role.id for role in user.roles} if isinstance(user, discord.Member) else set()
    manages = isinstance(user, discord.Member) and user.guild_permissions.manage_guild
    listed = user.id in ds.admin_ids or settings.lists_admin(PLATFORM, str(user.id))
    is_admin = bool(listed or manages or (ds.admin_role_id is not None and ds.admin_role_id in roles))
    is_moderator = is_admin or (ds.moderator_role_id is not None and ds.moderator_role_id in roles)
    return Actor(PLATFORM, str(user.id), user.display_name, is_moderator=is_moderator, is_admin=is_admin)
