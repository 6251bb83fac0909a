"""Canned replies for moderators (``/snippet NAME``): a YAML list of {name, text: {zh, en}}."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from core.models import Snippet
from faq.loader import FaqFileError, Problem, load_yaml
from faq.schema import every_language, id_shaped


class SnippetModel(BaseModel):
    """One snippet as written in YAML."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=64)
    text: dict[str, str]

    @field_validator("name")
    @classmethod
    def _name_shape(cls, value: str) -> str:
        return id_shaped(value, "ask-txhash")

    @field_validator("text")
    @classmethod
    def _both_languages(cls, value: dict[str, str]) -> dict[str, str]:
        return every_language(value)


def default_snippets_path() -> Path:
    """Return the snippets shipped with the package."""
    return Path(str(resources.files("faq").joinpath("snippets.yaml")))


def load_snippets(path: Path) -> list[Snippet]:
    """Read and validate a snippets file; any error loads nothing and names every problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FaqFileError(str(path), [Problem("-", "-", f"cannot read file: {exc}")]) from None
    data = load_yaml(text, str(path))
    if not isinstance(data, list):
        raise FaqFileError(str(path), [Problem("-", "-", "the file must be a list of snippets")])
    problems: list[Problem] = []
    snippets: dict[str, Snippet] = {}
    for number, raw in enumerate(data, start=1):
        try:
            model = SnippetModel.model_validate(raw)
        except ValidationError as exc:
            problems += [Problem(f"#{number}", ".".join(str(p) for p in err["loc"]) or "-",
                                 str(err["msg"]).removeprefix("Value error, ")) for err in exc.errors()]
            continue
        if model.name in snippets:
            problems.append(Problem(f"#{number}", "name", f"duplicate name {model.name}"))
        snippets[model.name] = Snippet(model.name, dict(model.text))
    if problems:
        raise FaqFileError(str(path), problems)
    return list(snippets.values())
