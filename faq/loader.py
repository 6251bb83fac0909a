"""Load and write FAQ YAML files; a file with any error loads nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from core.models import FaqEntry
from faq.schema import FaqEntryModel, entry_to_yaml_dict


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a FAQ file, located by entry and field."""

    entry: str
    field: str
    message: str


class FaqFileError(ValueError):
    """The file is not a valid FAQ; ``problems`` lists every error found."""

    def __init__(self, path: str, problems: Sequence[Problem]) -> None:
        self.path = path
        self.problems = list(problems)
        lines = [f"{path}: entry {p.entry}, field {p.field}: {p.message}" for p in self.problems]
        super().__init__("\n".join(lines))


def default_faq_path() -> Path:
    """Return the shipped knowledge base."""
    return Path(str(resources.files("faq").joinpath("default.yaml")))


def parse_faq(text: str, source: str = "<text>") -> list[FaqEntry]:
    """Validate YAML text and return its entries, or raise ``FaqFileError`` listing every problem."""
    data = load_yaml(text, source)
    if not isinstance(data, list) or not data:
        raise FaqFileError(source, [Problem("-", "-", "the file must be a non-empty list of entries")])
    problems: list[Problem] = []
    entries: list[FaqEntry] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(data, start=1):
        label = _label(raw, number)
        if not isinstance(raw, dict):
            problems.append(Problem(label, "-", "an entry must be a mapping"))
            continue
        raw_id = raw.get("id")
        entry_id = raw_id.strip() if isinstance(raw_id, str) else ""
        if entry_id in seen:
            problems.append(Problem(label, "id", f"duplicate id (first used by entry #{seen[entry_id]})"))
        elif entry_id:
            seen[entry_id] = number
        try:
            entries.append(FaqEntryModel.model_validate(raw).to_entry())
        except ValidationError as exc:
            problems += [Problem(label, ".".join(str(p) for p in err["loc"]) or "-", _message(err))
                         for err in exc.errors()]
    if problems:
        raise FaqFileError(source, problems)
    return entries


def load_yaml(text: str, source: str) -> Any:
    """Parse YAML, or raise ``FaqFileError`` saying where it is broken."""
    try:
        # libyaml's loader when the wheel has it: the same safe subset, ~10x faster than pure Python.
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        detail = getattr(exc, "problem", exc)
        raise FaqFileError(source, [Problem("-", "-", f"bad YAML at {where}: {detail}")]) from None


def load_faq(path: Path) -> list[FaqEntry]:
    """Read and validate a FAQ file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FaqFileError(str(path), [Problem("-", "-", f"cannot read file: {exc}")]) from None
    return parse_faq(text, str(path))


def dump_faq(entries: Sequence[FaqEntry]) -> str:
    """Return entries as YAML text that ``parse_faq`` reads back unchanged."""
    return yaml.safe_dump([entry_to_yaml_dict(e) for e in entries], allow_unicode=True, sort_keys=False, width=1000)


def write_faq(entries: Sequence[FaqEntry], path: Path) -> None:
    """Write entries to ``path`` atomically (a crash never leaves half a file)."""
    temp = path.with_suffix(path.suffix + ".tmp")
    temp.write_text(dump_faq(entries), encoding="utf-8")
    temp.replace(path)


def _label(raw: Any, number: int) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"].strip():
        return f"#{number} ({raw['id'].strip()})"
    return f"#{number}"


def _message(err: Any) -> str:
    if err["type"] == "missing":
        return "is required"
    return str(err["msg"]).removeprefix("Value error, ")
