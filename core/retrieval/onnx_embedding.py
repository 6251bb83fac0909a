"""The same sentence-transformers model run by ONNX Runtime: identical vectors, about 2.5x faster on CPU.

The graph (transformer, mean pooling, both dense layers) is exported once at setup by
``supportbot model export``; here only the tokenizer and the graph are loaded, never torch.
``supportbot model export --int8`` also writes a dynamically quantized copy (``model-int8.onnx``),
loaded when ``model_precision`` is int8: close to, not the same as, the fp32 vectors.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from core.retrieval.embedding import ModelNotAvailable

if TYPE_CHECKING:
    from tokenizers import Encoding

log = logging.getLogger(__name__)

ONNX_FOLDER = "onnx"
ONNX_FILE = "model.onnx"
ONNX_INT8_FILE = "model-int8.onnx"


def onnx_path(model_dir: str | Path, precision: str = "fp32") -> Path:
    """Return where the exported graph of the model in ``model_dir`` lives, for a precision (fp32 or int8)."""
    return Path(model_dir).expanduser() / ONNX_FOLDER / (ONNX_INT8_FILE if precision == "int8" else ONNX_FILE)


# Padded tokens per run of the graph (texts x the longest one): 512 texts of 256 tokens take about 4 GB.
TOKENS_PER_RUN = 512 * 256


class OnnxEmbedder:
    """Encode with an exported graph; prompts and sequence length as in the sentence-transformers folder."""

    def __init__(self, model_dir: str, *, name: str, max_seq_length: int = 256, threads: int = 0,
                 graph: Path | None = None) -> None:
        folder = Path(model_dir).expanduser()
        graph = graph or onnx_path(folder)
        if not graph.is_file():
            command = "supportbot model export --int8" if graph.name == ONNX_INT8_FILE else "supportbot model export"
            raise ModelNotAvailable(f"no ONNX export at {graph}; run `{command}` first")
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads:
            options.intra_op_num_threads = threads
        self._session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_seq_length)
        self._pad_id = self._tokenizer.token_to_id("<pad>") or 0
        config = folder / "config_sentence_transformers.json"
        prompts = json.loads(config.read_text()).get("prompts", {}) if config.is_file() else {}
        self._prompts: dict[str, str] = {k: v for k, v in prompts.items() if isinstance(v, str)}
        self.name = name
        self._lock = threading.Lock()  # one run at a time: ORT already uses every core for one batch
        log.info("loaded ONNX graph of %s from %s", name, graph)

    def _encode(self, texts: Sequence[str], prompt: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        prefix = self._prompts.get(prompt, "")
        encodings = self._tokenizer.encode_batch([prefix + t for t in texts])
        # One run holds every text's activations at once: thousands of long texts need tens of GB. (An FAQ's
        # texts still go in one run, as before: int8 activation scales depend on what is run together.)
        rows = max(1, TOKENS_PER_RUN // max(len(e.ids) for e in encodings))
        vectors = np.concatenate([self._run(encodings[i:i + rows]) for i in range(0, len(encodings), rows)])
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)

    def _run(self, encodings: Sequence[Encoding]) -> np.ndarray:
        """One run of the graph over token ids, padded to the longest of them."""
        width = max(len(e.ids) for e in encodings)
        ids = np.full((len(encodings), width), self._pad_id, dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        with self._lock:
            (vectors,) = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
        return np.asarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Encode user messages (and FAQ questions, which read like them)."""
        return self._encode(texts, "query")

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Encode answer passages."""
        return self._encode(texts, "document")
