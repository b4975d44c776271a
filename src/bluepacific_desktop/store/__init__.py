"""The local SQLite store: engine, schema, migrations, services with their sync outbox, backups."""
