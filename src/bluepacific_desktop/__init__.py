"""Blue Pacific Desktop: offline-first records for Project Blue Pacific focal points."""

__version__ = "0.1.0"
