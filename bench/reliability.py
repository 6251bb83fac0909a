"""Regenerate docs/reliability.md: what was tried against the desk, with counts and results.

    SUPPORTBOT_TEST_POSTGRES_URL=$(bash .ci/postgres) python bench/reliability.py [--real-model]

Runs the secrets corpus, the reliability test suites (faults, fuzzing, authorization, several
processes, flood control) and the load test on SQLite and, when a server is given, PostgreSQL.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
import uuid
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.security.corpus and tests.fakes

from bench.load import LoadReport, run_load  # noqa: E402
from core.settings import Settings  # noqa: E402
from core.understanding.redaction import redact  # noqa: E402
from tests.security.corpus import near_misses, secrets  # noqa: E402

SUITES = {
    "faults (database outage and hang, kill -9, broken start)": ["tests/faults", "tests/multiprocess"],
    "hostile input (hypothesis, 150 examples per property)": ["tests/fuzz"],
    "secrets corpus": ["tests/security"],
    "authorization matrix (core, Telegram, Discord)": [
        "tests/integration/test_authorization.py",
        "tests/telegram/test_desk_operations.py::test_staff_commands_from_a_user_or_a_moderator_where_they_do_not_belong",
        "tests/discord/test_discord_flow.py::test_a_user_in_their_ticket_thread_cannot_act_as_staff"],
    "flood control": ["tests/integration/test_flood.py", "tests/unit/test_limits.py"],
}


def secrets_section() -> list[str]:
    found, kept = secrets(), near_misses()
    by_kind: Counter[str] = Counter(s.kind for s in found)
    missed = [s for s in found if s.leaks(redact(s.text).text)]
    flagged = [s for s in kept if redact(s.text).found]
    near: Counter[str] = Counter(s.kind for s in kept)
    return [
        f"- {len(found)} secrets: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())),
        f"- {len(kept)} near misses: " + ", ".join(f"{k} {n}" for k, n in sorted(near.items())),
        f"- **recall {1 - len(missed) / len(found):.3f}**, **false-positive rate {len(flagged) / len(kept):.3f}**",
        "- `tests/security` also sends every secret through the desk (half to the bot, half relayed to a claimed",
        "  ticket) and checks the database, the logs (DEBUG) and the staff relay: no key, and no three consecutive",
        "  words of any seed phrase, appear in any of them.",
    ]


def run_suites() -> list[str]:
    lines = ["| suite | tests | passed | failed | skipped |", "|---|---:|---:|---:|---:|"]
    for name, targets in SUITES.items():
        with tempfile.NamedTemporaryFile(suffix=".xml") as report:
            subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report.name}",
                            *targets], cwd=ROOT, capture_output=True, text=True, check=False)
            suite = ElementTree.parse(report.name).getroot()
            cases = list(suite.iter("testcase"))
            failed = sum(1 for c in cases if c.find("failure") is not None or c.find("error") is not None)
            skipped = sum(1 for c in cases if c.find("skipped") is not None)
            lines.append(f"| {name} | {len(cases)} | {len(cases) - failed - skipped} | {failed} | {skipped} |")
    return lines


async def load_section(real_model: bool) -> list[str]:
    embedder = None
    if not real_model:
        from tests.fakes import FakeEmbedder

        embedder = FakeEmbedder()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        targets = [("SQLite", f"sqlite:///{Path(tmp) / 'load.db'}")]
        server = os.environ.get("SUPPORTBOT_TEST_POSTGRES_URL")
        database = None
        if server:
            import asyncpg
            from sqlalchemy.engine import make_url

            database = f"load_{uuid.uuid4().hex[:10]}"
            admin = await asyncpg.connect(server)
            await admin.execute(f'CREATE DATABASE "{database}"')
            url = make_url(server).set(database=database).render_as_string(hide_password=False)
            targets.append(("PostgreSQL", url))
        try:
            for label, target in targets:
                report: LoadReport = await run_load(Settings(database_url=target), users=300, messages=2000,
                                                    embedder=embedder)
                lines.append(f"**{label}**" + (", EmbeddingGemma (ONNX)" if real_model else
                                                 " (hash vectors instead of the model)") + ":")
                lines += ["", *[f"- {line}" for line in report.lines()], ""]
        finally:
            if database:
                await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
                await admin.close()
    return lines


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--real-model", action="store_true", help="load test with the real model (slower)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    args = parser.parse_args()
    intro = (ROOT / "docs" / "reliability.intro.md").read_text(encoding="utf-8")
    body = [
        intro.rstrip(), "",
        f"_Generated by `python bench/reliability.py` on {dt.date.today().isoformat()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}._", "",
        "## Test suites", "", *run_suites(), "",
        "## Secrets", "", *secrets_section(), "",
        "## Load: 300 users, 5 moderators, 2,000 messages at once", "", *await load_section(args.real_model), "",
        (ROOT / "docs" / "reliability.open.md").read_text(encoding="utf-8").rstrip(), "",
    ]
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text("\n".join(body), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    asyncio.run(main())
