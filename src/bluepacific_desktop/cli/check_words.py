"""`db check`'s checks and findings (store/check.py: keys and particulars) in the messages'
language: each finding a sentence a focal point or the support desk can act on."""

from __future__ import annotations

from bluepacific_desktop.cli.kinds import kind_name
from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.store.check import Finding


def check_name(key: str) -> str:
    words = {
        "sqlite_integrity": translate("DbCheck", "SQLite integrity"),
        "schema": translate("DbCheck", "tables and columns match this version"),
        "foreign_keys": translate("DbCheck", "SQLite foreign keys"),
        "outbox_targets": translate("DbCheck", "queued changes refer to existing records"),
        "unsynced_queued": translate("DbCheck", "unsynced records have a queued change"),
        "confirmed_not_pending": translate("DbCheck", "confirmed records have no pending change"),
        "references": translate("DbCheck", "references between records"),
    }
    return words.get(key, key)


def _examples(ids: list[str], count: int) -> str:
    """The first few ids, and how many more there are."""
    shown = ", ".join(ids)
    more = count - len(ids)
    if more <= 0:
        return shown
    return translate("DbCheck", "%1 and %n more", None, more).replace("%1", shown)


def finding_words(finding: Finding) -> str:
    """The finding as a sentence; its key when this version has no words for it."""
    q = finding.params
    n = int(q.get("count", 0))
    ids = _examples([str(i) for i in q.get("ids", [])], n)
    kind = kind_name(str(q.get("kind", "")))
    columns = [str(c) for c in q.get("columns", [])]
    match finding.key:
        case "damaged":
            text = translate(
                "DbCheck",
                "The data file is damaged: SQLite's integrity check found %n problems: %1.",
                None,
                n,
            )
            return fill(text, ids)
        case "table_missing":
            text = translate(
                "DbCheck",
                "The data file does not match this version of Blue Pacific: the table %1 is "
                "missing.",
            )
            return fill(text, q["table"])
        case "columns_missing":
            text = translate(
                "DbCheck",
                "The data file does not match this version of Blue Pacific: the table %1 lacks "
                "the columns %2.",
                None,
                len(columns),
            )
            return fill(text, q["table"], ", ".join(columns))
        case "columns_unknown":
            text = translate(
                "DbCheck",
                "The data file does not match this version of Blue Pacific: the table %1 has "
                "columns this version does not know: %2.",
                None,
                len(columns),
            )
            return fill(text, q["table"], ", ".join(columns))
        case "foreign_key":
            text = translate("DbCheck", "Table %1 row %2 refers to a missing row of %3.")
            return fill(text, q["table"], q["row"], q["parent"])
        case "more_foreign_keys":
            return translate("DbCheck", "… %n more foreign key problems.", None, n)
        case "unknown_kind":
            text = translate("DbCheck", "%n queued changes are of an unknown kind: %1.", None, n)
            return fill(text, ids)
        case "queued_for_missing":
            text = translate(
                "DbCheck",
                "%n queued changes refer to a %1 that does not exist: outbox entries %2.",
                None,
                n,
            )
            return fill(text, kind, ids)
        case "never_queued":
            text = translate(
                "DbCheck",
                "%n %1 records were never sent to the hub and have no queued change, so they "
                "would never sync: %2.",
                None,
                n,
            )
            return fill(text, kind, ids)
        case "confirmed_but_pending":
            text = translate(
                "DbCheck",
                "%n %1 records are marked as confirmed by the hub while a change to them is "
                "still waiting to be sent: %2.",
                None,
                n,
            )
            return fill(text, kind, ids)
        case "attendance_without_session":
            text = translate(
                "DbCheck",
                "%n attendance rows belong to a training session that is missing or deleted: %1.",
                None,
                n,
            )
            return fill(text, ids)
        case "attendance_without_person":
            text = translate(
                "DbCheck",
                "%n attendance rows name a person who is missing or deleted: %1.",
                None,
                n,
            )
            return fill(text, ids)
        case "trainer_missing":
            text = translate(
                "DbCheck",
                "%n training sessions list a trainer who is missing or deleted: %1.",
                None,
                n,
            )
            return fill(text, ids)
        case "engagement_contact_missing":
            text = translate(
                "DbCheck",
                "%n engagements involve a contact who is missing or deleted: %1.",
                None,
                n,
            )
            return fill(text, ids)
        case "could_not_run":
            text = translate("DbCheck", "The check “%1” could not be run: %2.")
            return fill(text, check_name(str(q["check"])), q["sqlite"])
        case "restore_advice" if "backup" in q:
            text = translate("DbCheck", "Restore the newest good backup, %1 (made %2), with '%3'.")
            # The command as it is typed, quotes included, whatever the language.
            command = f'bluepacific-desktop db restore "{q["backup"]}"'
            return fill(text, q["backup"], q["made"], command)
        case "restore_advice":
            return translate(
                "DbCheck",
                "No checked backup is on this computer: copy the data folder somewhere safe "
                "and ask the support desk before changing anything.",
            )
    return finding.key
