"""The Arabic web interface (templates and static assets ship inside this package)."""
