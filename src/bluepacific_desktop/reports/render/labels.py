"""Translated names of the codes the figures carry (sexes, metrics, engagement kinds)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Colours of the sexes in every chart, the same across reports so readers learn them once.
SEX_COLORS = {
    "female": "#8e44ad",
    "male": "#2e86c1",
    "another": "#f39c12",
    "not_stated": "#a6acaf",
}


def sex(code: str) -> str:
    labels = {
        "female": QCoreApplication.translate("Report", "Women"),
        "male": QCoreApplication.translate("Report", "Men"),
        "another": QCoreApplication.translate("Report", "Another sex"),
        "not_stated": QCoreApplication.translate("Report", "Not stated"),
    }
    return labels.get(code, code)


def metric(code: str) -> str:
    labels = {
        "searches": QCoreApplication.translate("Report", "Searches"),
        "hits": QCoreApplication.translate("Report", "Hits"),
        "notices_requested": QCoreApplication.translate("Report", "Notices requested"),
        "diffusions_requested": QCoreApplication.translate("Report", "Diffusions requested"),
        "messages_exchanged": QCoreApplication.translate("Report", "Messages exchanged"),
        "active_accounts": QCoreApplication.translate("Report", "Active user accounts"),
        "participants": QCoreApplication.translate("Report", "Participants"),
    }
    return labels.get(code, code)


def engagement_kind(code: str) -> str:
    labels = {
        "meeting": QCoreApplication.translate("Report", "Meetings"),
        "information_exchange": QCoreApplication.translate("Report", "Information exchanges"),
        "joint_operation": QCoreApplication.translate("Report", "Joint operations"),
        "workshop": QCoreApplication.translate("Report", "Workshops"),
    }
    return labels.get(code, code)


def report_title(kind: str) -> str:
    titles = {
        "training": QCoreApplication.translate("Report", "Training summary"),
        "capabilities": QCoreApplication.translate("Report", "INTERPOL capability usage"),
        "contacts": QCoreApplication.translate("Report", "Regional contact directory"),
        "quarterly": QCoreApplication.translate("Report", "Quarterly country summary"),
        "refreshers": QCoreApplication.translate("Report", "Due for refresher"),
    }
    return titles[kind]
