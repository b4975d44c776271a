"""Capabilities screen: monthly capability usage reports (view, grid model, editor)."""

from bluepacific_desktop.ui.pages.capabilities.page import CapabilitiesPage

__all__ = ["CapabilitiesPage"]
