"""Versioned FAQ edits on a real SQLite file: immediate effect, history, undo, import, vector cache."""

from dataclasses import replace

import pytest

from core.errors import FaqConflict, FaqEntryNotFound, NotAllowed
from core.models import Actor, FaqAction, FaqEntry
from tests.fakes import FakeEmbedder

ADMIN = Actor("test", "a1", "Admin", is_admin=True)
MODERATOR = Actor("test", "m1", "Mod", is_moderator=True)
NFT = FaqEntry("nft-display", "tokens", ("how do I show my NFT collection",),
               {"zh": "在收藏品页添加NFT。", "en": "Add the NFT on the Collectibles tab."})


@pytest.fixture
def settings(backend_settings):
    """Run every test of this module on SQLite and on PostgreSQL."""
    return backend_settings


async def answer_to(desk, text):
    return (await desk.assess(text)).decision.answered_entry


async def test_add_edit_remove_take_effect_at_once_and_undo_restores(make_desk):
    desk = (await make_desk()).desk
    faq = desk.faq
    assert await answer_to(desk, "how do I show my NFT collection") is None
    await faq.add(NFT, ADMIN)
    assert await answer_to(desk, "how do I show my NFT collection") == "nft-display"

    edited = replace(NFT, questions=("where are my collectibles",), answer={"zh": "新答案", "en": "New answer."})
    await faq.edit(edited, ADMIN)
    assert await answer_to(desk, "where are my collectibles") == "nft-display"
    assert desk.index.get("nft-display").answer["en"] == "New answer."

    await faq.remove("nft-display", ADMIN)
    assert await answer_to(desk, "where are my collectibles") is None
    await faq.undo("nft-display", ADMIN)  # undo the removal
    assert (await faq.show("nft-display")).answer["en"] == "New answer."
    await faq.undo("nft-display", ADMIN)  # undo of an undo re-applies the removal: nothing is ever lost
    with pytest.raises(FaqEntryNotFound):
        await faq.show("nft-display")

    history = await faq.history("nft-display")
    assert [v.action for v in history] == [FaqAction.ADD, FaqAction.EDIT, FaqAction.REMOVE, FaqAction.UNDO,
                                           FaqAction.UNDO]
    assert [v.version for v in history] == [1, 2, 3, 4, 5]
    assert history[1].old == NFT and history[1].new == edited and history[1].actor == "test:a1"
    assert all(v.at is not None for v in history)


async def test_non_admins_are_refused_and_nothing_changes(make_desk):
    desk = (await make_desk()).desk
    for call in (desk.faq.add(NFT, MODERATOR), desk.faq.remove("reset-password", MODERATOR),
                 desk.faq.undo("reset-password", MODERATOR)):
        with pytest.raises(NotAllowed):
            await call
    assert await desk.faq.repo.get("reset-password") is not None
    assert await desk.faq.repo.get("nft-display") is None


async def test_conflicts_and_missing_entries(make_desk):
    desk = (await make_desk()).desk
    with pytest.raises(FaqConflict):
        await desk.faq.add(replace(NFT, id="reset-password"), ADMIN)
    with pytest.raises(FaqEntryNotFound):
        await desk.faq.edit(NFT, ADMIN)
    with pytest.raises(FaqEntryNotFound):
        await desk.faq.undo("never-existed", ADMIN)


async def test_undo_of_the_first_import_removes_and_of_a_removal_restores(make_desk):
    desk = (await make_desk()).desk
    await desk.faq.undo("reset-password", ADMIN)  # the bootstrap import was its only change
    assert await desk.faq.repo.get("reset-password") is None
    await desk.faq.undo("reset-password", ADMIN)
    assert await desk.faq.repo.get("reset-password") is not None


async def test_import_replace_and_no_op_reimport(make_desk):
    desk = (await make_desk()).desk
    current = await desk.faq.list_entries()
    assert await desk.faq.import_entries(current, ADMIN) == 0  # nothing changed, no versions written
    changed = await desk.faq.import_entries([current[0], NFT], ADMIN, replace=True)
    assert changed == len(current) - 1 + 1
    assert {e.id for e in await desk.faq.list_entries()} == {current[0].id, NFT.id}


async def test_restart_reuses_cached_vectors_and_edits_encode_only_new_text(make_desk):
    first = FakeEmbedder()
    desk = (await make_desk(embedder=first)).desk
    assert desk.index._store.encoded > 0
    restarted = (await make_desk(embedder=FakeEmbedder())).desk
    assert restarted.index._store.encoded == 0  # every FAQ and intent vector came from the database
    await restarted.faq.edit(replace(await restarted.faq.show("reset-password"),
                                     questions=("how do I reset my password", "change my password")), ADMIN)
    assert restarted.index._store.encoded == 1  # only the new phrasing


async def test_only_a_database_that_never_held_an_faq_imports_the_file(make_desk):
    desk = (await make_desk()).desk
    for entry in desk.index.entries:
        await desk.faq.remove(entry.id, ADMIN)
    restarted = (await make_desk()).desk
    assert restarted.index.entries == []  # the admins emptied it on purpose: a restart must not refill it
