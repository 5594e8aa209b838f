"""The HTTP API and web interface: ``khabar serve``; the app is :func:`khabar.api.app.create_app`."""
