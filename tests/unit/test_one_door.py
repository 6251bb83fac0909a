"""Adapters call ``SupportDesk`` and nothing below it (issue 17, "one door").

A plain source scan: the desk's services (``desk.tickets``, its ``repo``, ``desk.faq``) stay out of
``bots/``; only the composition root and the operator CLI may hold them.
"""

import re
from pathlib import Path

BOTS = Path(__file__).resolve().parents[2] / "bots"
EXEMPT = (BOTS / "cli", BOTS / "bootstrap.py")
# ``.tickets.`` and ``.tickets.repo`` reach below the desk; ``desk.tickets`` / ``desk.faq`` alone also
# catch a service handed to a local first (``tickets = desk.tickets``). The package ``core.tickets`` (its
# notifier interface and card rules are for adapters) is a module path, not a way in.
BELOW_THE_DESK = re.compile(r"(?<!core)\.tickets\.|\.tickets\.repo|desk\.faq\.|\bdesk\.(tickets|faq)\b")


def _adapter_modules() -> list[Path]:
    return [p for p in sorted(BOTS.rglob("*.py")) if not any(p == e or e in p.parents for e in EXEMPT)]


def test_the_scan_sees_the_adapters():
    names = {p.relative_to(BOTS).as_posix() for p in _adapter_modules()}
    assert {"telegram/staff.py", "discord/commands.py", "console/chat.py", "demo.py"} <= names
    assert not any(n.startswith("cli/") or n == "bootstrap.py" for n in names)


def test_no_adapter_reaches_below_the_desk():
    found = [f"{path.relative_to(BOTS.parent)}:{number}: {line.strip()}"
             for path in _adapter_modules()
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if BELOW_THE_DESK.search(line)]
    assert not found, "call a SupportDesk method instead:\n" + "\n".join(found)


def test_the_pattern_catches_each_way_in():
    for line in ("await desk.tickets.claim(1, who)", "await client.desk.tickets.repo.by_thread(p, t)",
                 "await self.client.desk.faq.show(entry_id)", "tickets = self.client.desk.tickets",
                 "faq = services(context).desk.faq"):
        assert BELOW_THE_DESK.search(line), line
    for line in ("await desk.claim(1, who)", "await desk.faq_list()", "from core.tickets.service import StaffPost"):
        assert not BELOW_THE_DESK.search(line), line
