"""A new database to its first answer against a warm restart, in fresh processes, in one run.

    python bench/startup.py [--faq faq/default.yaml] [--pairs 3]

Each pair starts a process on a brand-new SQLite database (migrations, FAQ import, index) and one
that restarts on a database it already used; both use this machine's vector cache
(``SUPPORTBOT_VECTOR_CACHE_FILE``, warmed by ``supportbot model warm``), so neither encodes the
FAQ. Pairs alternate so both see the same machine load; the median ratio is printed. A last run
with the machine cache off shows what a new database cost before it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import asyncio, json, sys, time
start = float(sys.argv[1])
from bots.bootstrap import build_desk
from core.settings import Settings
async def main():
    app = await build_desk(Settings(database_url=sys.argv[2], faq_file=sys.argv[3] or None))
    await app.desk.assess("how do I back up my wallet")
    first = time.time() - start
    encoded = app.desk.index._store.encoded
    await app.close()
    print(json.dumps({"first_answer_s": first, "encoded": encoded}))
asyncio.run(main())
"""


def first_answer(db_url: str, faq: str, **env: str) -> dict[str, float]:
    """Run a fresh process to its first answer."""
    command = [sys.executable, "-c", CHILD, str(time.time()), db_url, faq]
    out = subprocess.run(command, capture_output=True, text=True, check=True,
                         env={**os.environ, "SUPPORTBOT_LOG_LEVEL": "ERROR", **env})
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--faq", default="")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--without-cache", action="store_true", help="also time a new database with no caches")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="supportbot-startup-"))
    used = f"sqlite:///{tmp / 'used.db'}"
    first_answer(used, args.faq)  # the database to restart on, and the machine cache warm
    rows = []
    for number in range(args.pairs):
        new = first_answer(f"sqlite:///{tmp / f'new{number}.db'}", args.faq)
        restart = first_answer(used, args.faq)
        rows.append((new, restart))
        print(f"pair {number + 1}: new database {new['first_answer_s']:5.1f} s ({new['encoded']:.0f} encoded), "
              f"restart {restart['first_answer_s']:5.1f} s ({restart['encoded']:.0f} encoded)")
    ratios = sorted(n["first_answer_s"] / r["first_answer_s"] for n, r in rows)
    print(f"new database / warm restart: median {statistics.median(ratios):.2f}x "
          f"({ratios[0]:.2f}-{ratios[-1]:.2f}); medians {statistics.median(n['first_answer_s'] for n, _ in rows):.1f} s"
          f" / {statistics.median(r['first_answer_s'] for _, r in rows):.1f} s")
    if args.without_cache:
        cold = first_answer(f"sqlite:///{tmp / 'cold.db'}", args.faq, SUPPORTBOT_VECTOR_CACHE_FILE="")
        warm = statistics.median(r["first_answer_s"] for _, r in rows)
        print(f"new database without the machine cache: {cold['first_answer_s']:.1f} s "
              f"({cold['encoded']:.0f} encoded), {cold['first_answer_s'] / warm:.1f}x the warm restart")


if __name__ == "__main__":
    main()
