"""The Qt user interface: a thin layer over the store and services (the only Qt in the app)."""
