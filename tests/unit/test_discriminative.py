"""The per-FAQ entry classifier: learns what tells entries apart, gives no winner to unrelated text."""

import numpy as np
import pytest

from core.models import FaqEntry
from core.retrieval.discriminative import EntryClassifier
from core.retrieval.index import DOCUMENT, FaqIndex, VectorStore, text_key
from tests.fakes import FakeEmbedder


def unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=-1, keepdims=True)).astype(np.float32)


@pytest.fixture
def neighbours() -> tuple[np.ndarray, np.ndarray]:
    # Two entries that share most of their wording (a common direction) and differ in a small one,
    # like "deposit not credited" and "transfer pending"; a third is about something else.
    rng = np.random.default_rng(3)
    dim = 64
    common, only_a, only_b, other = np.eye(dim)[:4]
    texts, owners = [], []
    for owner, direction in ((0, common + 0.3 * only_a), (1, common + 0.3 * only_b), (2, other)):
        for _ in range(6):
            texts.append(direction + 0.05 * rng.standard_normal(dim))
            owners.append(owner)
    return unit(np.array(texts)), np.array(owners)


def test_each_text_scores_highest_for_its_own_entry(neighbours):
    vectors, owners = neighbours
    classifier = EntryClassifier.fit(vectors, owners, 3, alpha=1.0)
    scores = np.stack([classifier.scores(v) for v in vectors])
    assert (scores.argmax(axis=1) == owners).all()


def test_the_small_difference_between_neighbours_decides_more_than_cosine_does(neighbours):
    vectors, owners = neighbours
    classifier = EntryClassifier.fit(vectors, owners, 3, alpha=1.0)
    message = unit(np.eye(64)[0] + 0.1 * np.eye(64)[1])  # mostly the shared wording, a hint of entry 0
    cosine = [max(vectors[owners == k] @ message) for k in range(3)]
    learned = classifier.scores(message)
    assert learned[0] - learned[1] > 2 * (cosine[0] - cosine[1]) > 0


def test_a_message_about_nothing_in_the_faq_gets_no_confident_entry(neighbours):
    vectors, owners = neighbours
    classifier = EntryClassifier.fit(vectors, owners, 3, alpha=1.0)
    unrelated = unit(np.eye(64)[40])
    assert np.abs(classifier.scores(unrelated)).max() < 0.05


def test_more_penalty_means_smaller_scores(neighbours):
    vectors, owners = neighbours
    loose = EntryClassifier.fit(vectors, owners, 3, alpha=0.1).scores(vectors[0])[0]
    tight = EntryClassifier.fit(vectors, owners, 3, alpha=10.0).scores(vectors[0])[0]
    assert 0 < tight < loose <= 1.05


def test_an_empty_faq_is_not_fitted_and_refuses_to_score():
    classifier = EntryClassifier.fit(np.zeros((0, 8), np.float32), np.zeros(0, np.int64), 0, alpha=1.0)
    assert not classifier.fitted
    with pytest.raises(RuntimeError):
        classifier.scores(np.ones(8, np.float32))


class DictCache:
    """The vector cache port over a dict, counting what is written."""

    def __init__(self) -> None:
        self.rows: dict[str, np.ndarray] = {}
        self.asked: set[str] = set()

    async def get_many(self, model, keys):
        self.asked.update(keys)
        return {k: self.rows[k] for k in keys if k in self.rows}

    async def put_many(self, model, vectors):
        self.rows.update(vectors)


async def test_a_restart_reads_the_fitted_classifier_back_and_an_edit_refits_it(monkeypatch):
    entries = [FaqEntry("deposit", "funds", ("my deposit has not arrived",),
                        {"en": "Wait for confirmations. Check the chain."}),
               FaqEntry("pending", "funds", ("my transfer is pending",), {"en": "Raise the fee. Or wait."})]
    cache = DictCache()
    first = FaqIndex(VectorStore(FakeEmbedder(), cache), classifier_weight=0.4)
    await first.rebuild(entries)
    query = FakeEmbedder().encode_queries(["deposit not arrived"])[0]
    expected = [(c.entry.id, c.classifier_score) for c in first.search(query)]

    fits = []
    monkeypatch.setattr(EntryClassifier, "fit", classmethod(lambda *a: fits.append(a) or pytest.fail("refit")))
    restarted = FaqIndex(VectorStore(FakeEmbedder(), cache), classifier_weight=0.4)
    cache.asked.clear()
    await restarted.rebuild(entries)
    assert [(c.entry.id, c.classifier_score) for c in restarted.search(query)] == expected
    # Answer sentences only feed the fit: with the weights cached, their vectors are not even read.
    assert text_key(DOCUMENT, "Check the chain.") in cache.rows
    assert text_key(DOCUMENT, "Check the chain.") not in cache.asked
    assert expected[0][0] == "deposit" and expected[0][1] > expected[1][1]

    monkeypatch.undo()
    edited = [entries[0], FaqEntry("pending", "funds", ("my withdrawal is stuck",), {"en": "Raise the fee."})]
    await restarted.rebuild(edited)
    scores = {c.entry.id: c.classifier_score for c in restarted.search(query)}
    assert scores != dict(expected)
