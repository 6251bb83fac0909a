"""The FAQ file format: a list of {id, category, questions, answer: {zh, en}} entries."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.models import LANGUAGES, FaqEntry

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")


def id_shaped(value: str, example: str) -> str:
    """Refuse an id or name that is not lowercase letters, digits, '-' or '_'."""
    if not ID_PATTERN.match(value):
        raise ValueError(f"must be lowercase letters, digits, '-' or '_' (e.g. {example})")
    return value


def every_language(value: dict[str, Any]) -> dict[str, str]:
    """Refuse a text missing a language (zh, en); return the texts stripped."""
    missing = [lang for lang in LANGUAGES if not str(value.get(lang) or "").strip()]
    if missing:
        raise ValueError(f"missing language: {', '.join(missing)}")
    return {lang: str(text).strip() for lang, text in value.items()}


class FaqEntryModel(BaseModel):
    """One entry as written in YAML; unknown fields are kept in ``extra``."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=100)
    category: str = Field(min_length=1, max_length=100)
    questions: list[str] = Field(min_length=1)
    answer: dict[str, Any]
    escalate: bool = False

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        return id_shaped(value, "deposit-not-credited")

    @field_validator("questions")
    @classmethod
    def _questions_not_blank(cls, value: list[str]) -> list[str]:
        cleaned = [q.strip() for q in value]
        if any(not q for q in cleaned):
            raise ValueError("a question is empty")
        return cleaned

    @field_validator("answer")
    @classmethod
    def _both_languages(cls, value: dict[str, Any]) -> dict[str, str]:
        return every_language(value)

    def to_entry(self) -> FaqEntry:
        """Return the core entry."""
        extra: dict[str, Any] = dict(self.model_extra or {})
        return FaqEntry(id=self.id, category=self.category, questions=tuple(self.questions),
                        answer=dict(self.answer), escalate=self.escalate, extra=extra)


def entry_to_yaml_dict(entry: FaqEntry) -> dict[str, Any]:
    """Return an entry in file order: id, category, questions, answer, then extras."""
    data: dict[str, Any] = {"id": entry.id, "category": entry.category, "questions": list(entry.questions),
                            "answer": {lang: entry.answer[lang] for lang in sorted(entry.answer)}}
    if entry.escalate:
        data["escalate"] = True
    data.update(entry.extra)
    return data
