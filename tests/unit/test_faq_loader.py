import pytest

from core.models import LANGUAGES
from faq.loader import FaqFileError, default_faq_path, dump_faq, load_faq, parse_faq

GOOD = """
- id: a
  category: x
  questions: [how do I]
  answer: {zh: 答, en: answer}
  owner: team-a
"""


def problems(text: str) -> list[tuple[str, str, str]]:
    with pytest.raises(FaqFileError) as err:
        parse_faq(text, "kb.yaml")
    assert str(err.value).startswith("kb.yaml: ")
    return [(p.entry, p.field, p.message) for p in err.value.problems]


def test_round_trip_keeps_everything_including_extra_fields():
    entries = parse_faq(GOOD)
    assert entries[0].extra == {"owner": "team-a"}
    assert parse_faq(dump_faq(entries)) == entries


def test_duplicate_id_names_both_entries():
    found = problems(GOOD + GOOD.replace("- id: a", "- id: a", 1))
    assert found == [("#2 (a)", "id", "duplicate id (first used by entry #1)")]


def test_empty_questions_and_missing_language_are_located():
    found = problems("""
- id: b
  category: x
  questions: []
  answer: {zh: 答}
""")
    fields = {f for _, f, _ in found}
    assert fields == {"questions", "answer"}
    assert any("missing language: en" in m for _, _, m in found)


def test_missing_fields_and_bad_ids():
    found = problems("- category: x\n- id: Bad Id!\n  category: x\n  questions: [q]\n  answer: {zh: a, en: b}\n")
    assert ("#1", "id", "is required") in found
    assert any(e == "#2 (Bad Id!)" and f == "id" for e, f, _ in found)


def test_bad_yaml_and_wrong_shape():
    [(_, _, message)] = problems("- id: [unclosed")
    assert message.startswith("bad YAML at line")
    assert problems("just: a mapping")[0][2] == "the file must be a non-empty list of entries"


def test_nothing_is_half_loaded(tmp_path):
    broken = tmp_path / "kb.yaml"
    broken.write_text(GOOD + "- id: c\n  category: x\n  questions: [q]\n  answer: {en: only}\n", encoding="utf-8")
    with pytest.raises(FaqFileError):
        load_faq(broken)
    with pytest.raises(FaqFileError, match="cannot read file"):
        load_faq(tmp_path / "missing.yaml")


def test_shipped_knowledge_base_is_complete():
    entries = load_faq(default_faq_path())
    assert len(entries) >= 30
    for entry in entries:
        assert all(entry.answer.get(lang) for lang in LANGUAGES), entry.id
        assert len(entry.questions) >= 3, entry.id
        has_zh = any(any("\u4e00" <= ch <= "\u9fff" for ch in q) for q in entry.questions)
        has_en = any(q.isascii() for q in entry.questions)
        assert has_zh and has_en, entry.id
    assert {e.id for e in entries if e.escalate} >= {"funds-stolen", "account-frozen"}
