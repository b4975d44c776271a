"""Sync through a fault-injecting proxy: nothing lost, nothing doubled."""
