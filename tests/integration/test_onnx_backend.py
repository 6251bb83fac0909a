"""The ONNX backend: chosen when exported, same vectors as PyTorch, clear errors when it cannot be used."""

from pathlib import Path

import numpy as np
import pytest

from bots.bootstrap import load_embedder
from bots.model_export import ModelExportError, export_onnx
from core.retrieval.embedding import ModelNotAvailable
from core.retrieval.onnx_embedding import OnnxEmbedder, onnx_path
from core.settings import Settings

TEXTS = ["充值的USDT一直没到账", "I forgot the PIN for my wallet, can you reset it", "新手求教 怎么create一个新wallet",
         "🙂"]


def settings(**overrides: object) -> Settings:
    return Settings(_env_file=None, **overrides)  # type: ignore[call-arg, arg-type]


@pytest.mark.model
def test_auto_uses_the_checked_export_and_its_vectors_match_pytorch(real_embedder):
    if not onnx_path(settings().resolved_model_path).is_file():
        pytest.skip("no ONNX export (run `supportbot model export`)")
    assert isinstance(real_embedder, OnnxEmbedder)
    fp32 = load_embedder(settings(model_precision="fp32"))
    assert isinstance(fp32, OnnxEmbedder)
    reference = load_embedder(settings(model_backend="torch", model_precision="fp32"))
    for encode in ("encode_queries", "encode_documents"):
        got, want = getattr(fp32, encode)(TEXTS), getattr(reference, encode)(TEXTS)
        assert got.shape == want.shape
        assert np.min(np.sum(got * want, axis=1)) > 0.9999
    # Same vectors, so the same cache entries serve both backends.
    assert fp32.name == reference.name


@pytest.mark.model
def test_many_texts_are_encoded_in_runs_of_a_bounded_size_with_close_vectors(real_embedder, monkeypatch):
    if not isinstance(real_embedder, OnnxEmbedder):
        pytest.skip("no ONNX export (run `supportbot model export`)")
    import core.retrieval.onnx_embedding as onnx

    texts = [f"{t} #{n}" for n in range(3) for t in TEXTS]  # 12 texts
    whole = real_embedder.encode_queries(texts)
    runs: list[int] = []
    session_run = real_embedder._session.run
    prefix = real_embedder._prompts.get("query", "")
    width = max(len(e.ids) for e in real_embedder._tokenizer.encode_batch([prefix + t for t in texts]))
    monkeypatch.setattr(onnx, "TOKENS_PER_RUN", 5 * width)  # five texts per run
    monkeypatch.setattr(real_embedder._session, "run", lambda out, feed: runs.append(len(feed["input_ids"])) or
                        session_run(out, feed), raising=False)
    chunked = real_embedder.encode_queries(texts)
    assert runs == [5, 5, 2] and chunked.shape == whole.shape
    assert np.min(np.sum(chunked * whole, axis=1)) > 0.99  # int8 scales per run: close, not bit-equal


def test_torch_keeps_fp32_unless_int8_is_asked_for():
    # PyTorch's own int8 loses 0.04 dev accuracy: the int8 default is the ONNX graph's, not PyTorch's.
    assert settings(model_backend="torch").effective_precision == "fp32"
    assert settings(model_backend="torch", model_precision="int8").effective_precision == "int8"
    assert settings().effective_precision == "int8"


def test_a_missing_graph_is_reported_with_the_command_that_makes_it(tmp_path: Path):
    with pytest.raises(ModelNotAvailable, match="supportbot model export"):
        OnnxEmbedder(str(tmp_path), name="x")


def test_export_refuses_an_unverified_model_folder(tmp_path: Path):
    (tmp_path / "model.safetensors").write_bytes(b"not the weights")
    with pytest.raises(ModelExportError, match="supportbot model fetch"):
        export_onnx(tmp_path)
    assert not (tmp_path / "onnx").exists()
