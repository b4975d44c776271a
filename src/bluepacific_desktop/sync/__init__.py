"""Sync with the regional hub: HTTPS client, outbox push, cursor pull, conflicts (no Qt)."""
