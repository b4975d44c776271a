"""Dialogs shared by several screens."""
