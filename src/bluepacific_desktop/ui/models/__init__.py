"""Qt table models over the store that stay responsive with 100,000 rows."""
