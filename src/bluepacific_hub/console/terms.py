"""The console's vocabulary, the desktop app's own: how the figures page, the results framework
and the donor pack name a capability, an engagement, a hit and each kind of engagement. Their
French is the desktop's (resources/translations/fr/*.json: capacité, échange, concordance;
the engagement kinds of its reports), kept in the console's locale files and held to it by
tests/hub/console/test_terms.py, which also refuses the words the pages used to disagree on."""

from __future__ import annotations

from typing import Final

from bluepacific_hub.console.i18n import N_

# English term → the desktop's French for it (the test compares both apps' files to this).
FRENCH: Final = {
    "Capability": "Capacité",
    "Engagements": "Échanges",
    "Hits": "Concordances",
}
# Words the console's French once used for those terms, never to be used again.
NOT_OURS: Final = ("outil", "actions de coopération", "réponses positives")

# An engagement's kind (its record's code, bluepacific_desktop.domain.enums.EngagementKind)
# as the desktop's reports name a group of them.
ENGAGEMENT_KINDS: Final = {
    "meeting": N_("Meetings"),
    "information_exchange": N_("Information exchanges"),
    "joint_operation": N_("Joint operations"),
    "workshop": N_("Workshops"),
}


def engagement_kind(code: str) -> str:
    """The English name of an engagement kind (translated where shown); an unknown code as it
    is (a desktop newer than this hub may know more kinds)."""
    return ENGAGEMENT_KINDS.get(code, code)
