"""int8 ONNX graphs against the fp32 one, in one run: encode latency, closeness of the vectors, decisions.

For the fp32 graph and each int8 variant (quantized here from the checked fp32 export):
  latency   one message per call, every dev and messy message, the variants in a shuffled order
            per message (interleaved, so load from other work on the machine hits all alike);
  cosine    lowest and mean cosine to the fp32 vectors: messages (query prompt) and the FAQ's
            answers (document prompt);
  eval      the desk's decisions at the shipped thresholds, the code `supportbot eval` runs, each
            variant with its own fresh vector cache (the FAQ encoded by that variant).
The last column applies the rule for making int8 the default: accuracy at most 0.005 below fp32
on every query file, and no more wrong answers. Usage:
    python bench/int8.py --faq ../shared/eval/faq_a.yaml \
        --queries ../shared/eval/dev_a.jsonl --queries ../shared/eval/messy_dev_a.jsonl [--graphs DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from bots.bootstrap import build_desk
from bots.model_export import INT8_RECIPE, Int8Recipe, is_exported, quantize_onnx
from core.insights.evaluation import LabeledQuery, load_queries, run_queries, score
from core.retrieval.onnx_embedding import ONNX_INT8_FILE, OnnxEmbedder
from core.settings import Settings
from faq.loader import load_faq

VARIANTS: dict[str, Int8Recipe] = {
    "int8 per-channel": Int8Recipe("per-channel"),
    "int8 per-channel, down fp32": Int8Recipe("per-channel", keep_down_fp32=True),
    f"int8 blocked {INT8_RECIPE.block_size}": Int8Recipe("blocked", block_size=INT8_RECIPE.block_size),
}
MAX_ACCURACY_LOSS = 0.005


def graphs(model_dir: Path, folder: Path) -> dict[str, tuple[Path, float | None]]:
    """Quantize each variant into ``folder/<tag>`` (reused if there, then None seconds): graph, seconds taken."""
    out: dict[str, tuple[Path, float | None]] = {}
    for label, recipe in VARIANTS.items():
        target = folder / recipe.tag
        target.mkdir(parents=True, exist_ok=True)
        seconds = None
        if not (target / ONNX_INT8_FILE).is_file():
            start = time.perf_counter()
            quantize_onnx(model_dir, recipe=recipe, out=target, min_agreement=0.0)  # judged below, not here
            seconds = time.perf_counter() - start
        out[label] = (target / ONNX_INT8_FILE, seconds)
    return out


def latency(embedders: dict[str, OnnxEmbedder], texts: list[str], rounds: int) -> dict[str, list[float]]:
    """Milliseconds per single-message encode, interleaved across the variants."""
    rng = random.Random(0)
    times: dict[str, list[float]] = {label: [] for label in embedders}
    for embedder in embedders.values():
        embedder.encode_queries(texts[:8])  # warm-up
    for _ in range(rounds):
        for text in texts:
            order = list(embedders.items())
            rng.shuffle(order)
            for label, embedder in order:
                start = time.perf_counter()
                embedder.encode_queries([text])
                times[label].append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def evaluate(base: Settings, embedder: OnnxEmbedder, faq: Path,
                   sets: dict[str, list[LabeledQuery]]) -> dict[str, dict[str, Any]]:
    """Score every query file with a desk of its own database and its own, fresh vector cache."""
    with tempfile.TemporaryDirectory(prefix="int8-eval-") as tmp:
        settings = base.model_copy(update={"database_url": f"sqlite:///{tmp}/desk.db", "faq_file": faq,
                                           "vector_cache_file": None})
        app = await build_desk(settings, embedder=embedder, vector_cache_url=f"sqlite:///{tmp}/vectors.db")
        try:
            return {name: score(await run_queries(app.desk, queries)) for name, queries in sets.items()}
        finally:
            await app.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--faq", type=Path, required=True)
    parser.add_argument("--queries", type=Path, action="append", required=True)
    parser.add_argument("--graphs", type=Path, help="Keep (and reuse) the int8 graphs here; default: a temp folder")
    parser.add_argument("--rounds", type=int, default=1, help="Latency passes over the messages")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    base = Settings()
    model_dir = Path(base.resolved_model_path)
    if not is_exported(model_dir):
        raise SystemExit(f"no checked ONNX export at {model_dir}; run `supportbot model export` first")
    sets = {path.stem: load_queries(path) for path in args.queries}
    texts = [q.text for queries in sets.values() for q in queries]
    answers = [a for entry in load_faq(args.faq) for a in entry.answer.values()]
    name = f"{base.model_name}@{base.max_seq_length}"

    with tempfile.TemporaryDirectory(prefix="int8-graphs-") as scratch:
        made = graphs(model_dir, args.graphs or Path(scratch))
        embedders = {"fp32": OnnxEmbedder(str(model_dir), name=name, max_seq_length=base.max_seq_length,
                                          threads=base.model_threads)}
        for label, (graph, _) in made.items():
            embedders[label] = OnnxEmbedder(str(model_dir), name=f"{name}/onnx-{VARIANTS[label].tag}", graph=graph,
                                            max_seq_length=base.max_seq_length, threads=base.model_threads)
        times = latency(embedders, texts, args.rounds)
        reference = embedders["fp32"].encode_queries(texts), embedders["fp32"].encode_documents(answers)
        closeness = {}
        for label, embedder in embedders.items():
            messages = np.sum(embedder.encode_queries(texts) * reference[0], axis=1)
            documents = np.sum(embedder.encode_documents(answers) * reference[1], axis=1)
            closeness[label] = (float(messages.min()), float(messages.mean()), float(documents.min()))
        results = {label: asyncio.run(evaluate(base, embedder, args.faq, sets))
                   for label, embedder in embedders.items()}

    fp32_p50 = statistics.median(times["fp32"])
    print(f"\nmodel {name}, {len(texts)} messages ({', '.join(f'{k} {len(v)}' for k, v in sets.items())}), "
          f"{args.rounds} latency round(s), FAQ {args.faq.name} ({len(answers)} answers)\n")
    print(f"{'variant':30s} {'p50 ms':>7s} {'p95 ms':>7s} {'p50/fp32':>8s}  {'min cos':>7s} {'mean cos':>8s} "
          f"{'doc min':>7s}  {'quantize':>8s}")
    for label in embedders:
        p50 = statistics.median(times[label])
        quantized = made.get(label)
        seconds = f"{quantized[1]:.0f} s" if quantized and quantized[1] is not None else "-"
        print(f"{label:30s} {p50:7.1f} {percentile(times[label], 0.95):7.1f} {p50 / fp32_p50:7.2f}x  "
              f"{closeness[label][0]:7.4f} {closeness[label][1]:8.5f} {closeness[label][2]:7.4f}  {seconds:>8s}")
    print(f"\n{'variant':30s} {'set':14s} {'accuracy':>8s} {'wrong':>6s} {'helpful':>7s} {'top1':>6s} "
          f"{'d acc':>7s} {'d wrong':>7s}  rule")
    for label in embedders:
        passes = True
        for set_name in sets:
            got, want = results[label][set_name], results["fp32"][set_name]
            d_acc = got["accuracy"] - want["accuracy"]
            d_wrong = got["wrong_answer_rate"] - want["wrong_answer_rate"]
            ok = d_acc >= -MAX_ACCURACY_LOSS - 1e-9 and d_wrong <= 1e-9
            passes = passes and ok
            print(f"{label:30s} {set_name:14s} {got['accuracy']:8.3f} {got['wrong_answer_rate']:6.3f} "
                  f"{got['helpful']:7.3f} {got['top1']:6.3f} {d_acc:+7.3f} {d_wrong:+7.3f}  {'ok' if ok else 'FAILS'}")
        if label != "fp32":
            print(f"{'':30s} -> {'may be the default' if passes else 'stays fp32'}")


if __name__ == "__main__":
    main()
