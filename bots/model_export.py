"""Export the fetched model to ONNX once, at setup, and check the graph gives the model's own vectors.

The whole sentence-transformers pipeline (transformer, mean pooling, dense layers) becomes one
graph with dynamic batch and length; normalization stays in ``OnnxEmbedder``. Export needs
torch and onnxscript and about a minute; running the graph needs neither.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from bots.model_fetch import WEIGHTS_SHA256, is_verified
from core.onnx_embedding import ONNX_FILE, ONNX_FOLDER, OnnxEmbedder

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
