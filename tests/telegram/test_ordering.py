"""Updates of one chat run in order; different chats run side by side."""

from __future__ import annotations

import asyncio

from telegram import Chat, Message, Update

from bots.telegram.ordering import PerChatUpdateProcessor, conversation_key


def update(update_id: int, chat_id: int, thread: int | None = None) -> Update:
    chat = Chat(chat_id, Chat.PRIVATE if chat_id > 0 else Chat.SUPERGROUP)
    message = Message(update_id, None, chat, text="x", message_thread_id=thread,  # type: ignore[arg-type]
                      is_topic_message=thread is not None)
    return Update(update_id, message=message)


async def test_one_chat_waits_for_its_previous_update_while_another_chat_runs():
    processor = PerChatUpdateProcessor(8)
    order: list[str] = []
    release_first = asyncio.Event()

    async def first() -> None:
        order.append("alice-1 start")
        await release_first.wait()
        order.append("alice-1 end")

    async def record(name: str) -> None:
        order.append(name)

    tasks = [asyncio.create_task(processor.process_update(update(1, 10), first())),
             asyncio.create_task(processor.process_update(update(2, 10), record("alice-2"))),
             asyncio.create_task(processor.process_update(update(3, 20), record("bob-1")))]
    for _ in range(5):
        await asyncio.sleep(0)
    assert order == ["alice-1 start", "bob-1"]  # bob is not held up; alice's second message waits
    release_first.set()
    await asyncio.gather(*tasks)
    assert order == ["alice-1 start", "bob-1", "alice-1 end", "alice-2"]
    assert len(processor.locks) == 0  # idle conversations are forgotten


def test_topics_of_the_staff_group_are_separate_conversations():
    assert conversation_key(update(1, -100, thread=5)) == (-100, 5)
    assert conversation_key(update(2, -100, thread=6)) == (-100, 6)
    assert conversation_key(update(3, 42)) == (42, 0)
    assert conversation_key(object()) is None


async def test_a_flooding_chat_holds_no_slot_another_chat_needs():
    processor = PerChatUpdateProcessor(4)
    release = asyncio.Event()
    started: list[str] = []

    async def slow(name: str) -> None:
        started.append(name)
        await release.wait()

    flood = [asyncio.create_task(processor.process_update(update(i, 10), slow(f"alice-{i}"))) for i in range(100)]
    for _ in range(5):
        await asyncio.sleep(0)
    bob = asyncio.create_task(processor.process_update(update(200, 20), slow("bob")))
    for _ in range(5):
        await asyncio.sleep(0)
    # Alice's first update runs, her other 99 wait in her own queue; Bob gets a slot at once.
    assert started == ["alice-0", "bob"]
    release.set()
    await asyncio.gather(*flood, bob)
    assert started[2:] == [f"alice-{i}" for i in range(1, 100)]
