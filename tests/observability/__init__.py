"""The metrics and health endpoint and the JSON log format, as an operator would try them."""
