"""Speed and memory of the desk, measured in one run, printed as figures and ratios.

    python bench/speed.py --faq ../shared/eval/faq_a.yaml --queries ../shared/eval/dev_a.jsonl

1. per message: the plain fp32 PyTorch encode, the configured backend's encode (ONNX Runtime
   by default) and the full desk decision on it (p50/p95, ratios), plus how far the two
   backends' vectors are apart on every message;
2. throughput at 1, 10 and 100 concurrent users (micro-batched encodes), and the ceiling batching
   has on this machine: the model's matrix work per message against the CPU's matrix-product peak;
3. start-up, process start to first answer, in a fresh process: 37 entries without and with the
   vector cache, and a generated 5,000-entry FAQ with its vectors cached;
4. search cost as the FAQ grows 37 -> 5,000 -> 50,000 entries (vectors generated: the search
   is a matrix product whose cost does not depend on their values);
5. peak RSS of a process with the model loaded that has answered messages.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bots.bootstrap import build_desk, load_embedder
from core.decision.decide import decide
from core.insights.evaluation import load_queries
from core.models import FaqEntry
from core.ports import Embedder
from core.retrieval.index import DOCUMENT, QUERY, EntryTexts, FaqIndex, VectorStore, text_key
from core.settings import Settings
from core.understanding.text import normalize
from faq.loader import write_faq
from storage.engine import Database, make_engine
from storage.migrate import upgrade_async
from storage.vector_cache import SqlVectorCache

CHILD = """
import asyncio, json, resource, sys, time
start = float(sys.argv[1])
from bots.bootstrap import build_desk
from core.settings import Settings
async def main():
    # Only the vector cache named here: the machine-wide one would make a "first start" warm.
    settings = Settings(database_url=sys.argv[2], faq_file=sys.argv[3], vector_cache_file=None)
    app = await build_desk(settings, vector_cache_url=sys.argv[4])
    outcome = await app.desk.assess("how do I back up my wallet")
    first = time.time() - start
    await app.close()
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child of this (large) benchmark
    # process would report the parent's size.
    hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    print(json.dumps({"first_answer_s": first, "rss_mb": hwm / 1024}))
asyncio.run(main())
"""


def pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def compute_ceiling(reference: Any, embedder: Embedder, texts: Sequence[str], one_message_ms: float) -> str:
    """How much faster batching could make the model here, at most, and how much it does with no padding.

    A message costs 2 x tokens x (weights of the transformer's linear layers) floating-point operations,
    whatever the batch; if one message alone already runs at a good share of the CPU's matrix-product
    peak, batching can only close the rest of that gap.
    """
    import torch

    model = reference._model  # the SentenceTransformer behind the fp32 reference
    weights = sum(m.weight.numel() for m in model[0].modules() if isinstance(m, torch.nn.Linear))
    prompt = (getattr(model, "prompts", {}) or {}).get("query", "")
    masks = model.preprocess([normalize(t) for t in texts], prompt=prompt)["attention_mask"]
    tokens = float(masks.sum()) / len(texts)
    work = 2 * tokens * weights
    a = np.random.default_rng(0).random((2048, 2048), dtype=np.float32)
    a @ a
    t0 = time.perf_counter()
    for _ in range(5):
        a @ a
    peak = 5 * 2 * 2048**3 / (time.perf_counter() - t0)
    achieved = work / (one_message_ms / 1000)
    # Measured, not derived: one message 32 times in one call (no padding, no desk) against one at a time.
    one = normalize(sorted(texts, key=len)[len(texts) // 2])
    embedder.encode_queries([one] * 32)
    t0 = time.perf_counter()
    for _ in range(16):
        embedder.encode_queries([one])
    single = (time.perf_counter() - t0) / 16
    t0 = time.perf_counter()
    embedder.encode_queries([one] * 32)
    batched = (time.perf_counter() - t0) / 32
    return (f"   ceiling: a message is {tokens:.1f} tokens x {weights / 1e6:.0f} M weights = {work / 1e9:.1f} GFLOP; "
            f"one at a time runs at {achieved / 1e9:.0f} GFLOP/s,\n"
            f"   this CPU's fp32 matrix product peaks at {peak / 1e9:.0f} GFLOP/s, so batching gives at most "
            f"{peak / achieved:.1f}x; one message x32 in one call (no padding) gives {single / batched:.1f}x")


def generated_faq(count: int) -> list[FaqEntry]:
    topics = ["deposit", "withdrawal", "swap", "bridge", "staking", "nft", "gas", "backup", "token", "account"]
    def entry(i: int) -> FaqEntry:
        topic = topics[i % 10]
        return FaqEntry(id=f"gen-{i}", category=topic,
                        questions=(f"question {i} about {topic} number {i * 7}", f"第{i}个关于{topic}的问题"),
                        answer={"en": f"Answer {i} for {topic}.", "zh": f"第{i}个答案。"})
    return [entry(i) for i in range(count)]


async def prefill_cache(url: str, model_name: str, entries: Sequence[FaqEntry], dim: int) -> None:
    """Put a vector for every text of ``entries`` into the cache, as a previous run would have."""
    await upgrade_async(url)
    db = Database(make_engine(url))
    cache = SqlVectorCache(db)
    rng = np.random.default_rng(0)
    vectors: dict[str, np.ndarray] = {}
    for entry in entries:
        texts_of = EntryTexts.of(entry)  # exactly what FaqIndex.rebuild will look up
        for kind, texts in ((QUERY, texts_of.questions), (DOCUMENT, texts_of.answers + texts_of.sentences)):
            for text in texts:
                vector = rng.standard_normal(dim).astype(np.float32)
                vectors[text_key(kind, text)] = vector / np.linalg.norm(vector)
    items = list(vectors.items())
    for i in range(0, len(items), 2000):
        await cache.put_many(model_name, dict(items[i:i + 2000]))
    await db.dispose()


def start_up(db_url: str, faq: Path, cache_url: str) -> dict[str, float]:
    """Run a fresh process to its first answer; return its timings and peak RSS."""
    command = [sys.executable, "-c", CHILD, str(time.time()), db_url, str(faq), cache_url]
    out = subprocess.run(command, capture_output=True, text=True, check=True,
                         env={**os.environ, "SUPPORTBOT_LOG_LEVEL": "ERROR"})
    return json.loads(out.stdout.strip().splitlines()[-1])


class RandomEmbedder:
    """Unit vectors from a seeded generator: for timing the search, not for quality."""

    name = "random"

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self.rng = np.random.default_rng(1)

    def _make(self, texts: Sequence[str]) -> np.ndarray:
        v = self.rng.standard_normal((len(texts), self.dim)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    encode_queries = _make
    encode_documents = _make


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--faq", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True)
    parser.add_argument("--messages", type=int, default=200, help="messages per concurrency level")
    args = parser.parse_args()
    texts = [q.text for q in load_queries(args.queries)]
    settings = Settings()
    embedder = load_embedder(settings)
    reference = load_embedder(settings.model_copy(update={"model_backend": "torch", "model_precision": "fp32"}))
    tmp = Path(tempfile.mkdtemp(prefix="supportbot-bench-"))
    cache_url = f"sqlite:///{tmp / 'vectors.db'}"
    # No recent-message cache: the throughput test sends the same messages again, which it would answer
    # without the model.
    base = Settings(database_url=f"sqlite:///{tmp / 'desk.db'}", faq_file=args.faq, query_cache_size=0,
                    vector_cache_file=None)
    app = await build_desk(base, embedder=embedder, vector_cache_url=cache_url)
    desk = app.desk
    print(f"model {embedder.name} on {type(embedder).__name__}, torch threads "
          f"{__import__('torch').get_num_threads()}, {os.cpu_count()} cpus, {len(desk.index.entries)} entries, "
          f"{len(texts)} messages\n")

    # 1. per message, interleaved so all three see the same machine load
    plain, bare, full, agreement = [], [], [], []
    for text in texts:
        t0 = time.perf_counter()
        want = reference.encode_queries([normalize(text)])
        t1 = time.perf_counter()
        got = embedder.encode_queries([normalize(text)])
        t2 = time.perf_counter()
        await desk.assess(text)
        t3 = time.perf_counter()
        plain.append((t1 - t0) * 1000)
        bare.append((t2 - t1) * 1000)
        full.append((t3 - t2) * 1000)
        agreement.append(float(np.dot(want[0], got[0])))
    print("1. per message (ms)                  p50      p95")
    print(f"   plain fp32 PyTorch encode     {statistics.median(plain):8.1f} {pct(plain, 0.95):8.1f}")
    print(f"   {type(embedder).__name__:29s} {statistics.median(bare):8.1f} {pct(bare, 0.95):8.1f}"
          f"   ({statistics.median(bare) / statistics.median(plain):.2f}x PyTorch; lowest cosine to its "
          f"vectors {min(agreement):.6f})")
    print(f"   full desk decision            {statistics.median(full):8.1f} {pct(full, 0.95):8.1f}")
    print(f"   desk / encode                 {statistics.median(full) / statistics.median(bare):8.2f}x "
          f"{pct(full, 0.95) / pct(bare, 0.95):7.2f}x\n")

    # 2. throughput with concurrent users (each sends its next message when answered)
    print("2. concurrent users   messages/s   model calls   p95 latency ms")
    rates = {}

    async def user(queue: list[str], latencies: list[float]) -> None:
        while queue:
            text = queue.pop()
            t0 = time.perf_counter()
            await desk.assess(text)
            latencies.append((time.perf_counter() - t0) * 1000)

    for users in (1, 10, 100):
        queue = [texts[i % len(texts)] for i in range(args.messages)]
        latencies: list[float] = []
        calls_before = desk.index._store.messages.batches
        t0 = time.perf_counter()
        await asyncio.gather(*(user(queue, latencies) for _ in range(users)))
        rates[users] = args.messages / (time.perf_counter() - t0)
        calls = desk.index._store.messages.batches - calls_before
        print(f"   {users:4d}              {rates[users]:8.1f}   {calls:11d}   {pct(latencies, 0.95):10.0f}")
    print(f"   100 users vs 1: {rates[100] / rates[1]:.1f}x")
    print(compute_ceiling(reference, embedder, texts, statistics.median(bare)) + "\n")
    del reference
    await app.close()

    # 3. start-up in fresh processes
    dim = int(embedder.encode_queries(["x"]).shape[1])
    small = start_up(f"sqlite:///{tmp / 's1.db'}", args.faq, f"sqlite:///{tmp / 'cold.db'}")
    small_warm = start_up(f"sqlite:///{tmp / 's2.db'}", args.faq, f"sqlite:///{tmp / 'cold.db'}")
    big_faq = tmp / "big.yaml"
    entries = generated_faq(5000)
    write_faq(entries, big_faq)
    await prefill_cache(f"sqlite:///{tmp / 'big-cache.db'}", embedder.name, entries, dim)
    big_db = f"sqlite:///{tmp / 's3.db'}"
    big_first = start_up(big_db, big_faq, f"sqlite:///{tmp / 'big-cache.db'}")  # imports 5,000 entries
    # Restarts in alternating pairs: one pair on this shared VM moves by 20 %, the median ratio less.
    pairs = [(start_up(big_db, big_faq, f"sqlite:///{tmp / 'big-cache.db'}")["first_answer_s"],
              start_up(f"sqlite:///{tmp / 's2.db'}", args.faq, f"sqlite:///{tmp / 'cold.db'}")["first_answer_s"])
             for _ in range(3)]
    ratios = sorted(big / small for big, small in pairs)
    print("3. start-up to first answer (s)")
    print(f"   37 entries, first start, no vector cache   {small['first_answer_s']:6.1f}")
    print(f"   37 entries, first start, vectors cached    {small_warm['first_answer_s']:6.1f}")
    print(f"   37 entries, restart (median of 3)          {statistics.median(p[1] for p in pairs):6.1f}")
    print(f"   5,000 entries, first start (imports file)  {big_first['first_answer_s']:6.1f}")
    print(f"   5,000 entries, restart, vectors cached     {statistics.median(p[0] for p in pairs):6.1f}"
          f"   ({ratios[1]:.2f}x the 37-entry restart: median of 3 pairs, {ratios[0]:.2f}-{ratios[2]:.2f})\n")

    # 4. search cost as the FAQ grows
    print("4. FAQ size   search + decide per message (ms)")
    cost = {}
    for size in (37, 5000, 50000):
        index = FaqIndex(VectorStore(RandomEmbedder(dim), None), settings.decision.question_weight,
                         settings.decision.lexical_weight, settings.decision.classifier_weight,
                         settings.decision.classifier_alpha)
        await index.rebuild(generated_faq(size))
        query = RandomEmbedder(dim).encode_queries(["q"])[0]
        runs = []
        for _ in range(50):
            t0 = time.perf_counter()
            decide(index.search(query, text=normalize("my staking deposit question 12 关于deposit的问题")), None,
                   settings.decision)
            runs.append((time.perf_counter() - t0) * 1000)
        cost[size] = statistics.median(runs)
        print(f"   {size:6d}      {cost[size]:8.2f}   ({cost[size] / statistics.median(bare):.1%} of one encode)")

    # 5. memory
    print(f"\n5. peak RSS: bot process after its first answer {small_warm['rss_mb']:.0f} MB; "
          f"this benchmark process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    asyncio.run(main())
