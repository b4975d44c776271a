"""A hub user's role in the chosen language ("focal point"), for the GUI and the command line."""

from __future__ import annotations

from bluepacific_desktop.i18n.catalogue import translate


def role_name(role: str) -> str:
    """The role's name as a sentence writes it; an unknown role's code with spaces."""
    words = {
        "focal_point": translate("RoleName", "focal point"),
        "national_approver": translate("RoleName", "national approver"),
        "regional_admin": translate("RoleName", "regional administrator"),
    }
    return words.get(role) or role.replace("_", " ")


def who_words(username: str, role: str) -> str:
    """“username (role)”, the role in words."""
    return f"{username} ({role_name(role)})" if role else username
