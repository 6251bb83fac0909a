import re
from pathlib import Path

from core.decision.decide import SAYS_LITTLE
from core.decision.intents import HELP_REQUEST, SMALLTALK
from core.i18n import Reply, catalogue, render, t

ROOT = Path(__file__).resolve().parents[2]


def test_every_message_exists_in_both_languages():
    assert set(catalogue("zh")) == set(catalogue("en"))


def test_every_key_used_in_code_exists():
    used = set()
    for path in [*ROOT.glob("core/*.py"), *ROOT.glob("bots/**/*.py")]:
        used |= set(re.findall(r"(?:Reply|t)\([^\"]*\"([a-z_]+\.[a-z_.]+)\"", path.read_text(encoding="utf-8")))
    dynamic_prefixes = ("smalltalk.", "escalate.", "ticket.status.", "secret.kind.", "error.input.")
    missing = {k for k in used if k not in catalogue("en") and not k.startswith(dynamic_prefixes)}
    assert not missing
    for prefix, names in {"smalltalk.": sorted(SMALLTALK), "clarify.": [HELP_REQUEST, SAYS_LITTLE],
                          "escalate.": ["human_request", "complaint", "no_match", "escalation_topic"],
                          "ticket.status.": ["pending", "open", "claimed", "resolved", "closed"]}.items():
        assert all(prefix + n in catalogue("en") for n in names)


def test_nested_replies_render_in_the_same_language():
    kinds = (Reply("secret.kind.seed_phrase"), Reply("secret.kind.password"))
    assert "助记词、密码" in render("zh", Reply("secret.warning", {"kinds": kinds}))
    assert "seed phrase, password" in render("en", Reply("secret.warning", {"kinds": kinds}))


def test_missing_parameter_does_not_break_the_reply():
    assert "{number}" in t("en", "ticket.cancelled")
    assert t("fr", "faq.glad") == t("en", "faq.glad")
