"""A record kind's name in the messages' language, as one record of it is called ("person")."""

from __future__ import annotations

from bluepacific_desktop.i18n.catalogue import translate


def kind_name(kind: str) -> str:
    """The singular name of a kind ("training session"); the kind's own code when unknown."""
    words = {
        "person": translate("RecordKind", "person"),
        "training_session": translate("RecordKind", "training session"),
        "attendance": translate("RecordKind", "attendance"),
        "capability_report": translate("RecordKind", "capability report"),
        "contact": translate("RecordKind", "contact"),
        "engagement": translate("RecordKind", "engagement"),
        "monthly_return": translate("RecordKind", "monthly return"),
        "certificate": translate("RecordKind", "certificate"),
    }
    return words.get(kind) or kind.replace("_", " ")
