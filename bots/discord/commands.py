"""Slash commands: /ask for everyone; /faq ... and /stats for admins; zh/en descriptions."""

from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bots.discord import assign, learning, moderation, privacy, render
from bots.discord.identity import PLATFORM, actor
from bots.discord.interactions import defer, failure_text, inbound, interaction_language, respond, view_for
from bots.discord.names import described, named
from bots.discord.origin import coming_from, of_interaction
from bots.texts import post_feedback
from core.desk import Outcome
from core.errors import NotAllowed
from core.i18n import catalogue, t
from core.i18n import render as render_reply
from core.models import Actor, FaqEntry, FaqVersion
from core.retrieval.faq_admin import require_faq_rights
from faq.commands import apply_edit, validated
from faq.loader import dump_faq

if TYPE_CHECKING:
    from bots.discord.bot import DiscordBot

log = logging.getLogger(__name__)
Interaction = discord.Interaction[Any]


class CatalogueTranslator(app_commands.Translator):
    """Command descriptions from the zh/en catalogues (``locale_str`` keys ``commands.*``)."""

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        key = string.extras.get("key")
        if key is None or not str(locale).startswith("zh"):
            return None
        return catalogue("zh").get(key)




def register(tree: app_commands.CommandTree[Any], client: DiscordBot) -> None:
    """Add every command to the tree (synced per guild on start)."""
    tree.add_command(app_commands.Command(name=named("ask"), description=described("ask"), callback=_ask(client)))
    for name in ("human", "ticket", "tickets", "cancel"):
        tree.add_command(app_commands.Command(name=named(name), description=described(name),
                                              callback=_user_command(client, name)))
    tree.add_command(app_commands.Command(name=named("transcript"), description=described("transcript"),
                                          callback=_transcript(client)))
    tree.add_command(FaqGroup(client))
    stats: app_commands.Command[Any, Any, None] = app_commands.Command(
        name=named("stats"), description=described("stats"), callback=_stats(client))
    stats.default_permissions = discord.Permissions(manage_guild=True)
    tree.add_command(stats)
    tree.add_command(_snippet(client))
    for command in [*moderation.commands(client), *assign.commands(client), *privacy.commands(client),
                    *learning.commands(client)]:
        tree.add_command(command)
    tree.error(_on_error(client))


def _ask(client: DiscordBot) -> Any:
    @app_commands.rename(question=named("question"))
    async def ask(interaction: Interaction, question: str) -> None:
        await defer(interaction)
        with coming_from(of_interaction(interaction)):
            outcome = await client.desk.handle_message(inbound(interaction, question))
        await respond(interaction, embed=render.outcome_embed(outcome), ephemeral=True,
                      view=view_for(outcome) or discord.utils.MISSING)
    return ask


def _user_command(client: DiscordBot, name: str) -> Any:
    async def command(interaction: Interaction) -> None:
        desk = client.desk
        action = {"human": desk.request_human, "ticket": desk.my_ticket, "tickets": desk.my_tickets,
                  "cancel": desk.cancel}[name]
        await defer(interaction)
        with coming_from(of_interaction(interaction)):
            outcome = await action(inbound(interaction))
        await respond(interaction, embed=render.outcome_embed(outcome), ephemeral=True)
    return command


def _transcript(client: DiscordBot) -> Any:
    async def transcript(interaction: Interaction) -> None:
        await defer(interaction)
        result = await client.desk.my_transcript(inbound(interaction))
        if isinstance(result, Outcome):
            await respond(interaction, embed=render.outcome_embed(result), ephemeral=True)
        elif len(result.data) > render.UPLOAD_LIMIT:
            await respond(interaction, t(result.lang, "transcript.too_large", number=result.ticket_id), ephemeral=True)
        else:
            await respond(interaction, t(result.lang, "transcript.caption", number=result.ticket_id), ephemeral=True,
                          file=discord.File(io.BytesIO(result.data), filename=result.name))
    return transcript


def _stats(client: DiscordBot) -> Any:
    async def stats(interaction: Interaction) -> None:
        who = actor(interaction.user, client.settings)
        await defer(interaction)
        reply = await client.desk.stats(who)
        await respond(interaction, render_reply(_lang(client, interaction), reply), ephemeral=True)
    return stats


def _snippet(client: DiscordBot) -> app_commands.Command[Any, Any, None]:
    @app_commands.rename(name=app_commands.locale_str("name", key="commands.name.snippet_name"))
    async def snippet(interaction: Interaction, name: str = "") -> None:
        desk, lang = client.desk, _lang(client, interaction)
        if not name.strip():
            await respond(interaction, render_reply(lang, desk.snippet_list(lang)), ephemeral=True)
            return
        who = actor(interaction.user, client.settings, where=interaction.channel_id)
        if not (who.is_moderator or who.is_admin):
            raise NotAllowed(action="snippet")
        await defer(interaction)
        ticket = await desk.ticket_in_thread(PLATFORM, str(interaction.channel_id))
        if ticket is None:
            await respond(interaction, t(lang, "staff.no_ticket"), ephemeral=True)
            return
        with coming_from(of_interaction(interaction)):
            post = await desk.send_snippet(ticket.id, who, name)
        feedback = post_feedback(post, lang)
        await respond(interaction, feedback or "✅", ephemeral=True)  # replaces the private "thinking..."
        if feedback is None:  # sent: shown in the thread, where staff (and a user in it) read what was said
            await interaction.followup.send(render.clip(post.message.text))

    command: app_commands.Command[Any, Any, None] = app_commands.Command(
        name=named("snippet"), description=described("snippet"), callback=snippet)

    @command.autocomplete("name")
    async def names(interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=n, value=n) for n in client.desk.snippets if current.lower() in n][:25]

    return command


def _lang(client: DiscordBot, interaction: Interaction) -> str:
    return interaction_language(interaction, client.settings.default_language)


def _on_error(client: DiscordBot) -> Any:
    async def on_error(interaction: Interaction, error: app_commands.AppCommandError) -> None:
        cause = getattr(error, "original", error)
        what = f"command {interaction.command.name if interaction.command else '-'}"
        await respond(interaction, failure_text(cause, _lang(client, interaction), what), ephemeral=True)
    return on_error


class FaqGroup(app_commands.Group):
    """/faq list | show | add | edit | remove | undo (Manage Server by default, or the admin role)."""

    def __init__(self, client: DiscordBot) -> None:
        super().__init__(name=named("faq"), description=described("faq"),
                         default_permissions=discord.Permissions(manage_guild=True))
        self.client = client

    def _admin(self, interaction: Interaction, *, reader: bool = False) -> Actor:
        return require_faq_rights(actor(interaction.user, self.client.settings), reading=reader)

    async def _entry_ids(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        entries = await self.client.desk.faq_list()
        return [app_commands.Choice(name=e.id, value=e.id) for e in entries if current.lower() in e.id][:25]

    async def _done(self, interaction: Interaction, version: FaqVersion) -> None:
        await respond(interaction, t(_lang(self.client, interaction), "staff.faq_changed", entry=version.entry_id,
                                     action=version.action.value, version=version.version), ephemeral=True)

    @app_commands.command(name=named("list"), description=described("faq_list"))
    async def list_(self, interaction: Interaction) -> None:
        self._admin(interaction, reader=True)
        await defer(interaction)
        lang = _lang(self.client, interaction)
        entries = await self.client.desk.faq_list()
        lines = [f"`{e.id}` · {e.category} · {e.question_in(lang)}" for e in entries]
        text = "\n".join([*lines, t(lang, "faq.list_footer", count=len(entries))])
        await respond(interaction, embed=discord.Embed(description=text[:render.EMBED_LIMIT]), ephemeral=True)

    @app_commands.command(name=named("show"), description=described("faq_show"))
    @app_commands.rename(entry_id=named("entry_id"))
    async def show(self, interaction: Interaction, entry_id: str) -> None:
        self._admin(interaction, reader=True)
        await defer(interaction)
        entry = await self.client.desk.faq_show(entry_id)
        await respond(interaction, f"```yaml\n{dump_faq([entry])[:1900]}\n```", ephemeral=True)

    @app_commands.command(name=named("add"), description=described("faq_add"))
    async def add(self, interaction: Interaction) -> None:
        who = self._admin(interaction)
        await interaction.response.send_modal(EntryModal(self.client, who, None, _lang(self.client, interaction)))

    @app_commands.command(name=named("edit"), description=described("faq_edit"))
    @app_commands.rename(entry_id=named("entry_id"))
    async def edit(self, interaction: Interaction, entry_id: str) -> None:
        who = self._admin(interaction)
        entry = await self.client.desk.faq_show(entry_id)
        await interaction.response.send_modal(EntryModal(self.client, who, entry, _lang(self.client, interaction)))

    @app_commands.command(name=named("remove"), description=described("faq_remove"))
    @app_commands.rename(entry_id=named("entry_id"))
    async def remove(self, interaction: Interaction, entry_id: str) -> None:
        who = self._admin(interaction)
        await defer(interaction)
        await self._done(interaction, await self.client.desk.faq_remove(entry_id, who))

    @app_commands.command(name=named("undo"), description=described("faq_undo"))
    @app_commands.rename(entry_id=named("entry_id"))
    async def undo(self, interaction: Interaction, entry_id: str) -> None:
        who = self._admin(interaction)
        await defer(interaction)
        await self._done(interaction, await self.client.desk.faq_undo(entry_id, who))

    show.autocomplete("entry_id")(_entry_ids)
    edit.autocomplete("entry_id")(_entry_ids)
    remove.autocomplete("entry_id")(_entry_ids)
    undo.autocomplete("entry_id")(_entry_ids)


class EntryModal(discord.ui.Modal):
    """Add (empty) or edit (prefilled) an entry: id, category, questions one per line, en and zh answers."""

    def __init__(self, client: DiscordBot, who: Actor, entry: FaqEntry | None, lang: str) -> None:
        super().__init__(title=t(lang, "commands.faq_edit" if entry else "commands.faq_add")[:45],
                         custom_id=f"sb:faq-modal:{entry.id if entry else 'new'}")
        self.client, self.who, self.entry, self.lang = client, who, entry, lang
        field = discord.ui.TextInput[Any]
        self.entry_id: field = discord.ui.TextInput(label="id", default=entry.id if entry else None, max_length=100,
                                                    required=entry is None)
        self.category: field = discord.ui.TextInput(label="category", default=entry.category if entry else None,
                                                    max_length=100)
        self.questions: field = discord.ui.TextInput(label="questions (one per line)", style=discord.TextStyle.long,
                                                     default="\n".join(entry.questions) if entry else None)
        self.answer_en: field = discord.ui.TextInput(label="answer (en)", style=discord.TextStyle.long,
                                                     default=entry.answer.get("en") if entry else None)
        self.answer_zh: field = discord.ui.TextInput(label="answer (zh)", style=discord.TextStyle.long,
                                                     default=entry.answer.get("zh") if entry else None)
        for item in (self.entry_id, self.category, self.questions, self.answer_en, self.answer_zh):
            if entry is None or item is not self.entry_id:
                self.add_item(item)

    async def on_submit(self, interaction: Interaction) -> None:
        await self.client.interactions.guarded(interaction, lambda: self._save(interaction))

    async def _save(self, interaction: Interaction) -> None:
        questions = [q.strip() for q in self.questions.value.splitlines() if q.strip()]
        answer = {"en": self.answer_en.value, "zh": self.answer_zh.value}
        desk = self.client.desk
        await defer(interaction)
        if self.entry is None:
            raw = {"id": self.entry_id.value.strip(), "category": self.category.value.strip(),
                   "questions": questions, "answer": answer}
            version = await desk.faq_add(validated(raw, "<discord>"), self.who)
        else:
            changes = {"category": self.category.value.strip(), "questions": questions, "answer": answer}
            version = await desk.faq_edit(apply_edit(self.entry, changes, "<discord>"), self.who)
        await respond(interaction, t(self.lang, "staff.faq_changed", entry=version.entry_id,
                                     action=version.action.value, version=version.version), ephemeral=True)
