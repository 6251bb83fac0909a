"""The sentence-transformers encoder, loaded from a local folder with the hub switched off."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


class ModelNotAvailable(RuntimeError):
    """The model folder is missing; run ``supportbot model fetch``."""


class SentenceTransformerEmbedder:
    """EmbeddingGemma (or any sentence-transformers model) with query/document prompts."""

    def __init__(self, path: str, *, name: str | None = None, device: str = "cpu", max_seq_length: int = 256,
                 precision: str = "fp32") -> None:
        local = Path(path).expanduser()
        # A hub name is only accepted where the hub is reachable (HF_HUB_OFFLINE=0); otherwise fail fast.
        if not local.is_dir() and os.environ.get("HF_HUB_OFFLINE", "1") == "1":
            raise ModelNotAvailable(f"model folder {local} not found; run `supportbot model fetch` first")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer

        self.name = name or local.name
        self._model = SentenceTransformer(str(local) if local.is_dir() else path, device=device,
                                          local_files_only=local.is_dir())
        self._model.max_seq_length = max_seq_length
        if precision == "int8":
            import torch

            # Dynamic int8 quantization of the linear layers: weights in int8, activations quantized on
            # the fly; the CPU matmuls dominate the cost of a short message.
            transformer = self._model[0]
            self._model[0] = torch.ao.quantization.quantize_dynamic(transformer, {torch.nn.Linear}, dtype=torch.qint8)
        self._prompts = set(getattr(self._model, "prompts", {}) or {})
        self._lock = threading.Lock()  # torch inference from several threads at once only thrashes 2 cores
        log.info("loaded embedding model %s from %s", self.name, local)

    def _encode(self, texts: Sequence[str], prompt: str) -> np.ndarray:
        with self._lock:
            vectors = self._model.encode(list(texts), prompt_name=prompt if prompt in self._prompts else None,
                                         normalize_embeddings=True, batch_size=32, convert_to_numpy=True,
                                         show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Encode user messages (and FAQ questions, which read like them)."""
        return self._encode(texts, "query")

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Encode answer passages."""
        return self._encode(texts, "document")
