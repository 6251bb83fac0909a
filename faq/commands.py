"""FAQ entries typed into chat commands (`/faq_add`, `/faq_edit`, a Discord modal), validated like a file.

An admin writes the same YAML as in a FAQ file, for one entry:

    id: nft-display
    category: assets
    questions: [NFT 不显示, my NFT is not showing]
    answer: {zh: ..., en: ...}

An edit names only what changes; ``add_questions`` appends phrasings instead of replacing them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml

from core.models import FaqEntry
from faq.loader import FaqFileError, Problem, load_yaml, parse_faq
from faq.schema import entry_to_yaml_dict

EDITABLE = ("category", "questions", "add_questions", "answer", "escalate")


def entry_from_text(text: str, source: str = "<message>") -> FaqEntry:
    """Parse one new entry from YAML text (a mapping, or a list of one)."""
    return validated(_mapping(text, source), source)


def edit_from_text(current: FaqEntry, text: str, source: str = "<message>") -> FaqEntry:
    """Return ``current`` with the fields written in ``text`` changed."""
    return apply_edit(current, _mapping(text, source), source)


def apply_edit(current: FaqEntry, changes: Mapping[str, Any], source: str = "<edit>") -> FaqEntry:
    """Merge changed fields into an entry: answers per language, questions replaced or appended."""
    unknown = sorted(set(changes) - {*EDITABLE, "id"})
    if unknown:
        raise FaqFileError(source, [Problem(current.id, f, f"cannot be edited (editable: {', '.join(EDITABLE)})")
                                    for f in unknown])
    if "id" in changes and changes["id"] != current.id:
        raise FaqFileError(source, [Problem(current.id, "id", "an entry's id cannot change; add a new entry")])
    raw = entry_to_yaml_dict(current)
    if changes.get("category") is not None:
        raw["category"] = changes["category"]
    if changes.get("questions") is not None:
        raw["questions"] = _as_list(changes["questions"])
    raw["questions"] = [*raw["questions"], *_as_list(changes.get("add_questions"))]
    answer = changes.get("answer")
    if answer is not None:
        raw["answer"] = {**raw["answer"], **answer} if isinstance(answer, dict) else answer
    if changes.get("escalate") is not None:
        raw["escalate"] = changes["escalate"]
    return validated(raw, source)


def validated(raw: Mapping[str, Any], source: str) -> FaqEntry:
    """Validate one entry with the same rules (and messages) as a FAQ file."""
    return parse_faq(yaml.safe_dump([dict(raw)], allow_unicode=True, sort_keys=False), source)[0]


def _mapping(text: str, source: str) -> dict[str, Any]:
    data = load_yaml(text, source)
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if not isinstance(data, dict) or not data:
        raise FaqFileError(source, [Problem("-", "-", "write one entry as YAML fields, e.g. 'answer: {en: ...}'")])
    return {str(k): v for k, v in data.items()}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]
