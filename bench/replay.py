"""Repeated questions: replay a realistic mix with and without the recent-message cache, in one run.

    python bench/replay.py --faq ../shared/eval/faq_a.yaml \
        --queries ../shared/eval/dev_a.jsonl --queries ../shared/eval/messy_dev_a.jsonl

Support traffic repeats itself: greetings, /start, the question of the day. The replay draws
messages from the given sets by a Zipf law over their frequency rank (exponent ``--zipf``), so a
few messages come back often and most rarely, and 100 concurrent users each send their next
message as soon as the desk has decided on the previous one (``SupportDesk.assess``: encode,
search, decide). The same sequence runs with the cache off (the code before it) and on, the two
runs alternated ``--rounds`` times so both see the same machine load; the ratio of medians is
printed together with the share of messages that were exact repeats.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from bots.bootstrap import build_desk, load_embedder
from core.insights.evaluation import load_queries
from core.settings import Settings
from core.understanding.text import normalize


def zipf_stream(texts: list[str], count: int, exponent: float, seed: int = 7) -> list[str]:
    """``count`` messages drawn from ``texts`` with weight 1 / rank ** exponent (a shuffled rank order)."""
    rng = random.Random(seed)
    ranked = texts[:]
    rng.shuffle(ranked)
    weights = [1 / (rank + 1) ** exponent for rank in range(len(ranked))]
    return rng.choices(ranked, weights=weights, k=count)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--faq", type=Path, required=True)
    parser.add_argument("--queries", type=Path, action="append", required=True)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--zipf", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = list(dict.fromkeys(q.text for path in args.queries for q in load_queries(path)))
    stream = zipf_stream(texts, args.messages, args.zipf)
    distinct = len({normalize(t) for t in stream})
    settings = Settings()
    tmp = Path(tempfile.mkdtemp(prefix="supportbot-replay-"))
    app = await build_desk(Settings(database_url=f"sqlite:///{tmp / 'desk.db'}", faq_file=args.faq),
                           embedder=load_embedder(settings), vector_cache_url=f"sqlite:///{tmp / 'vectors.db'}")
    desk, store = app.desk, app.desk.index._store
    size = settings.query_cache_size
    print(f"{len(texts)} distinct messages in the sets; replay of {len(stream)} (Zipf {args.zipf}): "
          f"{distinct} distinct, {1 - distinct / len(stream):.0%} exact repeats; {args.users} users\n")

    async def replay() -> float:
        queue = list(reversed(stream))

        async def user() -> None:
            while queue:
                await desk.assess(queue.pop())

        t0 = time.perf_counter()
        await asyncio.gather(*(user() for _ in range(args.users)))
        return len(stream) / (time.perf_counter() - t0)

    await desk.assess("warm up")
    rates: dict[str, list[float]] = {"off": [], "on": []}
    print("round   cache off msg/s   cache on msg/s   model calls off / on")
    for number in range(1, args.rounds + 1):
        calls = {}
        for mode in ("off", "on"):
            store.recent = type(store.recent)(size if mode == "on" else 0)  # a cold cache every run
            before = store.messages.batches
            rates[mode].append(await replay())
            calls[mode] = store.messages.batches - before
        print(f"{number:5d}   {rates['off'][-1]:15.1f}   {rates['on'][-1]:14.1f}   {calls['off']:8d} / {calls['on']}")
    off, on = statistics.median(rates["off"]), statistics.median(rates["on"])
    print(f"\nmedian: {off:.1f} -> {on:.1f} messages/s, {on / off:.2f}x with the cache "
          f"(size {size}, cold at the start of each run)")
    await app.close()


if __name__ == "__main__":
    asyncio.run(main())
