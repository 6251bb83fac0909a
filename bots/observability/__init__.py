"""Observability of a running bot: Prometheus metrics (``metrics``), ``/metrics`` and ``/healthz``
(``server``, ``health``), wired by ``observer``; JSON log lines (``logs``)."""
