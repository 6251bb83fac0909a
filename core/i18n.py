"""User-visible text in zh and en: core returns ``Reply(key, params)``, adapters render it with ``t``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from core.models import LANGUAGES


@dataclass(frozen=True)
class Reply:
    """A message for a person, by catalogue key; rendered in their language by the adapter."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


def _flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for name, value in tree.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            flat.update(_flatten(value, key + "."))
        else:
            flat[key] = str(value)
    return flat


@cache
def catalogue(lang: str) -> dict[str, str]:
    """Return the flat key -> template mapping of one language."""
    text = resources.files("core").joinpath("locales", f"{lang}.yaml").read_text(encoding="utf-8")
    return _flatten(yaml.safe_load(text) or {})


def t(lang: str, key: str, /, **params: Any) -> str:
    """Render ``key`` in ``lang`` (falling back to English, then to the key itself)."""
    lang = lang if lang in LANGUAGES else "en"
    template = catalogue(lang).get(key) or catalogue("en").get(key)
    if template is None:
        return key
    params = {name: _localize(lang, value) for name, value in params.items()}
    try:
        return template.format_map(_KeepMissing(params))
    except (IndexError, ValueError):
        return template


class _KeepMissing(dict[str, Any]):
    """Leave an unknown ``{name}`` as is rather than failing the whole reply."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _localize(lang: str, value: Any) -> Any:
    """Render nested replies (e.g. the kinds of secret found) in the same language."""
    if isinstance(value, Reply):
        return render(lang, value)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Reply) for v in value):
        return ("、" if lang == "zh" else ", ").join(render(lang, v) for v in value)
    return value


def render(lang: str, reply: Reply) -> str:
    """Render one ``Reply``."""
    return t(lang, reply.key, **reply.params)
