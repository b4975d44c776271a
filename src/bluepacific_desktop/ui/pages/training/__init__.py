"""The Training screen (pillar 1): sessions with their attendance, and the people directory."""

from bluepacific_desktop.ui.pages.training.page import TrainingPage

__all__ = ["TrainingPage"]
