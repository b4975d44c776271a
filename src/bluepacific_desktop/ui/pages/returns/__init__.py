"""The Monthly returns screen."""

from bluepacific_desktop.ui.pages.returns.page import ReturnsPage

__all__ = ["ReturnsPage"]
