"""Contacts & engagements screen: the regional directory of contacts and the engagements."""

from bluepacific_desktop.ui.pages.contacts.page import ContactsPage

__all__ = ["ContactsPage"]
