"""Evaluation metrics: the reply language is scored only where a query says what a human would answer in."""

from __future__ import annotations

from core.insights.evaluation import LabeledQuery, QueryResult, load_queries, score


def result(text: str, reply_lang: str | None, desk_lang: str) -> QueryResult:
    return QueryResult(LabeledQuery(text, None, "mixed", reply_lang), "escalate", None, None, (), (), 1.0, desk_lang)


def test_reply_language_accuracy_counts_only_labelled_queries(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"text": "a", "expected": null, "lang": "zh", "reply_lang": "zh"}\n'
                    '{"text": "b", "expected": null, "lang": "en"}\n', encoding="utf-8")
    assert [q.reply_lang for q in load_queries(path)] == ["zh", None]
    metrics = score([result("转账 failed", "zh", "zh"), result("报错 error 500", "zh", "en"), result("hi", None, "en")])
    assert metrics["reply_language_accuracy"] == 0.5
    assert score([result("hi", None, "en")])["reply_language_accuracy"] is None
