"""Slash command names and descriptions from the catalogue, so Discord shows them in zh and en."""

from __future__ import annotations

from discord import app_commands

from core.i18n import catalogue


def described(key: str) -> app_commands.locale_str:
    """A command's description: the English text, translated by ``CatalogueTranslator`` from ``commands.KEY``."""
    return app_commands.locale_str(catalogue("en")[f"commands.{key}"], key=f"commands.{key}")


def named(name: str) -> app_commands.locale_str:
    """A command's name, translated from ``commands.name.NAME``."""
    return app_commands.locale_str(name, key=f"commands.name.{name}")
