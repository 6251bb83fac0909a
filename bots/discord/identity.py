"""Who a Discord user is to the desk: roles and permissions in the configured server decide."""

from __future__ import annotations

import discord

from core.models import Actor
from core.settings import Settings

PLATFORM = "discord"


def actor(user: discord.User | discord.Member, settings: Settings, where: int | None = None) -> Actor:
    """Admins: the admin role, Manage Server, or a listed id; moderators: the moderator role (or admin).

    Roles and permissions count only in the configured server: Manage Server in a server of one's
    own, or an interaction from a DM, gives no rights here.
    """
    ds = settings.discord
    member = user if isinstance(user, discord.Member) and user.guild.id == ds.guild_id else None
    roles = {role.id for role in member.roles} if member is not None else set()
    manages = member is not None and member.guild_permissions.manage_guild
    listed = user.id in ds.admin_ids or settings.lists_admin(PLATFORM, str(user.id))
    is_admin = bool(listed or manages or (ds.admin_role_id is not None and ds.admin_role_id in roles))
    is_moderator = is_admin or (ds.moderator_role_id is not None and ds.moderator_role_id in roles)
    # ``where``: the channel Discord says the action came from (a ticket thread for staff actions).
    return Actor(PLATFORM, str(user.id), user.display_name, is_moderator=is_moderator, is_admin=is_admin,
                 where=str(where) if where is not None else None)
