"""The `supportbot` command line."""

from bots.cli.app import app, main

__all__ = ["app", "main"]
