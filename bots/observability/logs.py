"""JSON log lines: one object per line with time, level, logger, msg and whatever ``extra=`` added.

The lines say what the key=value format says: log calls in this code base carry ids and kinds, never
message text or secrets, and the libraries that would (httpx URLs with the token, raw updates) are
held at WARNING by ``setup_logging`` whatever the format.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

# What every LogRecord has; anything else on a record came from ``extra=`` and is kept.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """Formats a record as one line of JSON."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in entry:
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        # default=str: an extra that is not JSON (a datetime, an enum) is written, not the whole line lost.
        return json.dumps(entry, ensure_ascii=False, default=str)
