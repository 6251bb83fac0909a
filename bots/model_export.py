"""Export the fetched model to ONNX once, at setup, and check the graph gives the model's own vectors.

The whole sentence-transformers pipeline (transformer, mean pooling, dense layers) becomes one
graph with dynamic batch and length; normalization stays in ``OnnxEmbedder``. Export needs
torch and onnxscript and about a minute; running the graph needs neither. ``quantize_onnx``
then writes the int8 graph (the default precision) from it and checks it against fp32.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bots.model_fetch import WEIGHTS_SHA256, is_verified
from core.retrieval.onnx_embedding import ONNX_FILE, ONNX_FOLDER, ONNX_INT8_FILE, OnnxEmbedder, onnx_path

log = logging.getLogger(__name__)

MARKER = ".supportbot-exported"
# Sentences the export is checked on: both languages, a long one, a one-character one.
CHECK_TEXTS = ("能量不足是什么意思", "where can i see my recovery phrase again? I wrote it down somewhere and lost it",
               "转账一直pending怎么办", "?")
MIN_AGREEMENT = 0.9999


class ModelExportError(RuntimeError):
    """The export failed or its vectors differ from the model's."""


def is_exported(model_dir: Path) -> bool:
    """Tell whether ``model_dir`` holds a checked export of the verified weights."""
    marker = model_dir / ONNX_FOLDER / MARKER
    return marker.is_file() and marker.read_text().strip() == WEIGHTS_SHA256 and (
        model_dir / ONNX_FOLDER / ONNX_FILE).is_file()


def export_onnx(model_dir: Path, *, force: bool = False) -> Path:
    """Export the model in ``model_dir`` to ``model_dir/onnx`` and check it; skip if already done."""
    if not force and is_exported(model_dir):
        log.info("ONNX export already checked at %s", model_dir / ONNX_FOLDER)
        return model_dir / ONNX_FOLDER
    if not is_verified(model_dir):
        raise ModelExportError(f"no verified model at {model_dir}; run `supportbot model fetch` first")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True).eval()

    class Pipeline(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            features = {"input_ids": input_ids, "attention_mask": attention_mask}
            return self.model(features)["sentence_embedding"]

    sample = model.tokenizer(list(CHECK_TEXTS[:2]), padding=True, return_tensors="pt")
    batch, length = torch.export.Dim("batch"), torch.export.Dim("length")
    staging = Path(tempfile.mkdtemp(prefix=".onnx-", dir=model_dir))
    staging.chmod(0o755)
    try:
        with torch.no_grad():
            torch.onnx.export(Pipeline().eval(), (sample["input_ids"], sample["attention_mask"]),
                              str(staging / ONNX_FILE), input_names=["input_ids", "attention_mask"],
                              # not "embedding": the graph already has a node of that name
                              output_names=["sentence_vector"],
                              dynamic_shapes={"input_ids": {0: batch, 1: length},
                                              "attention_mask": {0: batch, 1: length}},
                              dynamo=True, external_data=True, optimize=True)
        _check(model, model_dir, staging)
        (staging / MARKER).write_text(WEIGHTS_SHA256 + "\n")
        target = model_dir / ONNX_FOLDER
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)  # only a checked export ever sits where the desk looks for one
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    log.info("ONNX export checked and stored at %s", target)
    return target


def _check(model: object, model_dir: Path, staging: Path) -> None:
    import numpy as np

    graph = OnnxEmbedder(str(model_dir), name="check", graph=staging / ONNX_FILE)
    for prompt in ("query", "document"):
        want = model.encode(list(CHECK_TEXTS), prompt_name=prompt, normalize_embeddings=True)  # type: ignore[attr-defined]
        got = graph.encode_queries(CHECK_TEXTS) if prompt == "query" else graph.encode_documents(CHECK_TEXTS)
        agreement = float(np.min(np.sum(np.asarray(want) * got, axis=1)))
        if agreement < MIN_AGREEMENT:
            raise ModelExportError(f"ONNX vectors differ from the model's ({prompt}: cosine {agreement:.5f})")



# --- int8 ----------------------------------------------------------------------------------------
# Only the transformer's MatMuls with constant weights are quantized; the token embedding (a
# Gather) and the two final dense layers (Gemm) stay fp32. Two ways, both dynamic (activations are
# quantized at run time, so nothing is calibrated) with int8 weights per output channel:
# - "per-channel" (onnxruntime's quantize_dynamic): one uint8 scale for a whole activation tensor.
#   Gemma's activations differ up to 17x in size between the tokens of one message (down-projection
#   inputs most), so one scale for all of them rounds the small ones away.
# - "blocked" (MatMulNBits, 8 bits, accuracy level 4): the weight scale is per output channel and per
#   block of ``block_size`` inputs, and the activations get one int8 scale per token and block, so
#   an outlier token costs only its own precision. See bench/README.md, "int8 ONNX".

INT8_MARKER = ".supportbot-int8"
MIN_INT8_AGREEMENT = 0.99


@dataclass(frozen=True)
class Int8Recipe:
    """How the fp32 graph is quantized; its tag is kept in the marker, so a changed recipe quantizes again."""

    method: str = "blocked"  # or "per-channel"
    block_size: int = 256  # blocked: inputs per weight scale (and per activation scale)
    keep_down_fp32: bool = False  # per-channel: leave the MLP down-projections (the worst outliers) in fp32

    @property
    def tag(self) -> str:
        if self.method == "blocked":
            return f"matmul-int8-blocked{self.block_size}"
        return "matmul-qint8-per-channel" + ("+down-fp32" if self.keep_down_fp32 else "")


INT8_RECIPE = Int8Recipe()


@dataclass(frozen=True)
class Int8Export:
    """A checked int8 graph and how close its vectors are to the fp32 graph's on ``CHECK_TEXTS``."""

    path: Path
    lowest_cosine: float


def is_quantized(model_dir: Path, recipe: Int8Recipe = INT8_RECIPE) -> bool:
    """Tell whether ``model_dir`` holds a checked int8 graph of the verified weights made by ``recipe``."""
    marker = model_dir / ONNX_FOLDER / INT8_MARKER
    if not (marker.is_file() and onnx_path(model_dir, "int8").is_file() and is_exported(model_dir)):
        return False
    return marker.read_text().split()[:2] == [WEIGHTS_SHA256, recipe.tag]


def quantize_onnx(model_dir: Path, *, recipe: Int8Recipe = INT8_RECIPE, force: bool = False,
                  out: Path | None = None, min_agreement: float = MIN_INT8_AGREEMENT) -> Int8Export:
    """Quantize the checked fp32 graph to ``onnx/model-int8.onnx`` (or into the folder ``out``) and check it.

    The check: the lowest cosine between int8 and fp32 vectors of ``CHECK_TEXTS`` (both prompts)
    must reach ``min_agreement``. Skipped when a checked graph of the same recipe is there, unless
    ``force`` or ``out``. Takes 10-30 s and 3.5-5 GB of memory.
    """
    target = onnx_path(model_dir, "int8")
    marker = model_dir / ONNX_FOLDER / INT8_MARKER
    if out is None and not force and is_quantized(model_dir, recipe):
        log.info("int8 graph already checked at %s", target)
        return Int8Export(target, float(marker.read_text().split()[2]))
    if not is_exported(model_dir):
        raise ModelExportError(f"no checked ONNX export at {model_dir}; run `supportbot model export` first")
    staging = Path(tempfile.mkdtemp(prefix=".int8-", dir=out or model_dir / ONNX_FOLDER))
    try:
        graph = staging / ONNX_INT8_FILE
        _quantize(onnx_path(model_dir), graph, recipe)
        lowest = _agreement(model_dir, graph)
        if lowest < min_agreement:
            raise ModelExportError(f"int8 vectors too far from fp32 (lowest cosine {lowest:.4f} < {min_agreement})")
        if out is not None:
            _move(graph, out / ONNX_INT8_FILE)
            return Int8Export(out / ONNX_INT8_FILE, lowest)
        marker.unlink(missing_ok=True)  # never a marker beside a graph being replaced
        _move(graph, target)
        marker.write_text(f"{WEIGHTS_SHA256}\n{recipe.tag}\n{lowest:.6f}\n")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("int8 graph (%s) checked and stored at %s; lowest cosine to fp32 %.5f", recipe.tag, target, lowest)
    return Int8Export(target, lowest)


def _quantize(source: Path, graph: Path, recipe: Int8Recipe) -> None:
    """Write the int8 graph with its weights beside it (``<graph>.data``): ONNX Runtime maps that file,
    while a graph holding its weights is parsed into memory (1.8 GB at load, against 0.6 GB)."""
    import onnx

    model = onnx.load(str(source))  # with its weights
    # The quantizers advise "pre-processing" (shape inference and fusions meant for static
    # quantization) through the root logger, which does not apply here, and log every node skipped.
    root, chatty = logging.getLogger(), logging.getLogger("onnxruntime.quantization")
    level = chatty.level
    root.disabled = True
    chatty.setLevel(logging.WARNING)
    try:
        if recipe.method == "blocked":
            from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

            quantizer = MatMulNBitsQuantizer(model, bits=8, block_size=recipe.block_size, is_symmetric=True,
                                             accuracy_level=4, op_types_to_quantize=("MatMul",))
            quantizer.process()
            quantizer.model.save_model_to_file(str(graph), use_external_data_format=True)
        elif recipe.method == "per-channel":
            from onnxruntime.quantization import QuantType, quantize_dynamic

            keep = _down_projections(model) if recipe.keep_down_fp32 else []
            quantize_dynamic(model, graph, op_types_to_quantize=["MatMul"], per_channel=True,
                             weight_type=QuantType.QInt8, nodes_to_exclude=keep, use_external_data_format=True)
        else:
            raise ValueError(f"unknown int8 method {recipe.method!r}")
    finally:
        root.disabled = False
        chatty.setLevel(level)


def _move(graph: Path, target: Path) -> None:
    """Move a graph and its weights file, the weights first: the graph names them by file name."""
    weights = graph.with_name(graph.name + ".data")
    weights.chmod(0o644)
    weights.replace(target.with_name(target.name + ".data"))
    graph.replace(target)


def _down_projections(model: Any) -> list[str]:
    """Names of the MLP down-projections: MatMuls reading gelu(gate) * up."""
    producers = {out: node for node in model.graph.node for out in node.output}

    def made_by(name: str, op: str) -> bool:
        return name in producers and producers[name].op_type == op

    return [node.name for node in model.graph.node
            if node.op_type == "MatMul" and made_by(node.input[0], "Mul")
            and any(made_by(i, "Gelu") for i in producers[node.input[0]].input)]


def _agreement(model_dir: Path, graph: Path) -> float:
    import numpy as np

    reference = OnnxEmbedder(str(model_dir), name="fp32")
    quantized = OnnxEmbedder(str(model_dir), name="int8-check", graph=graph)
    lowest = 1.0
    for encode in ("encode_queries", "encode_documents"):
        want, got = getattr(reference, encode)(CHECK_TEXTS), getattr(quantized, encode)(CHECK_TEXTS)
        lowest = min(lowest, float(np.min(np.sum(want * got, axis=1))))
    return lowest
