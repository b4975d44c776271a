"""The core's errors in the chosen language, by their key and parameters, for the GUI and the
command line alike (never read out of their English message)."""

from __future__ import annotations

from datetime import date
from typing import Any

from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.formats import day_name, fill, number
from bluepacific_desktop.i18n.problem_words import problem_or_english


def error_text(key: str, q: dict[str, Any]) -> str | None:
    """The words of an error of the core (sync, login, keyring) by its key and parameters
    (`BluePacificError.key`, `.params`), in the chosen language; None for a key with no words
    here yet. tests/ui/test_error_words.py holds every key raised in sync/ to it."""
    match key:
        # The link (sync/client.py)
        case "captive_portal":
            return translate(
                "ErrorWords",
                "The network answered, but not the hub: this looks like a hotel or airport "
                "login page (or a filter). Open a web browser to log in to that network, "
                "then sync again.",
            )
        case "no_answer":
            return translate(
                "ErrorWords",
                "The hub did not answer: there seems to be no link. Sync will try again later.",
            )
        case "link_cut" | "no_link":
            return translate(
                "ErrorWords",
                "No connection to the hub (the link is down or was cut). "
                "Sync will try again later.",
            )
        case "stalled" if "seconds" in q:
            return translate(
                "ErrorWords",
                "The link stopped moving data for %n seconds. Sync will try again and "
                "continue where it stopped.",
                "",
                int(q["seconds"]),
            )
        case "cancelled":
            return translate(
                "ErrorWords",
                "Sync was cancelled. Nothing is lost: it continues where it stopped next time.",
            )
        # The hub's answers
        case "hub_busy" if "why" in q:
            return fill(
                translate("ErrorWords", "The hub is busy (%1). Sync waits and tries again."),
                q["why"],
            )
        case "sign_in_busy" if "seconds" in q:
            return translate(
                "ErrorWords",
                "The hub is busy checking other sign-ins. Nothing was changed: log in again "
                "in %n seconds.",
                "",
                int(q["seconds"]),
            )
        case "hub_still_busy" if "seconds" in q:
            return translate(
                "ErrorWords",
                "The hub stayed busy: this sync waited %n seconds in all and stopped. "
                "Nothing is lost: the changes stay queued and go with the next sync.",
                "",
                int(q["seconds"]),
            )
        case "hub_failed" if "status" in q:
            return fill(
                translate(
                    "ErrorWords", "The hub had a problem (HTTP %1). Sync will try again later."
                ),
                q["status"],
            )
        case "hub_answer_unreadable":
            return translate(
                "ErrorWords",
                "The hub sent an answer this app cannot read. Sync will try again later.",
            )
        case "answer_damaged":
            return translate(
                "ErrorWords", "The hub's answer was damaged on the way. Sync will try again."
            )
        case "hub_refused" | "batch_key_reused" if "hub_says" in q:
            # The hub's own words (English): quoted, as they are.
            return fill(translate("ErrorWords", "The hub refused the request: %1"), q["hub_says"])
        case "client_too_old":
            return translate(
                "ErrorWords",
                "This version of Blue Pacific Desktop is too old for the hub. Install the "
                "newer version, then sync again.",
            )
        # Security (sync/address.py, sync/tls.py)
        case "tls_wrong_name":
            return translate(
                "ErrorWords",
                "The hub could not be verified as genuine: its certificate is for another "
                "name than the hub address. Nothing was sent. Check the hub address, and the "
                "certificate authority file in Settings if your region uses one.",
            )
        case "tls_expired":
            return translate(
                "ErrorWords",
                "The hub could not be verified as genuine: its certificate has expired. "
                "Nothing was sent. Check the hub address, and the certificate authority "
                "file in Settings if your region uses one.",
            )
        case "tls_untrusted":
            return translate(
                "ErrorWords",
                "The hub could not be verified as genuine: its certificate is not signed by "
                "an authority this app trusts. Nothing was sent. Check the hub address, and "
                "the certificate authority file in Settings if your region uses one.",
            )
        case "pin_mismatch":
            return translate(
                "ErrorWords",
                "The hub presented a different key than the one pinned in Settings. Someone "
                "may be intercepting the connection; nothing was sent.",
            )
        case "ca_missing" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The certificate authority file %1 does not exist. Choose it again in "
                    "Settings, or clear it to use the computer's usual authorities.",
                ),
                q["path"],
            )
        case "not_an_address" if "url" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "“%1” is not a hub address. It should look like https://hub.example.org.",
                ),
                q["url"],
            )
        case "not_https" if "url" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The hub address %1 is not secure (http). Only https:// addresses are "
                    "allowed, so that nobody on the network can read or change your records.",
                ),
                q["url"],
            )
        case "wrong_country" if "account_country" in q and "country" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "This hub account is for country %1, but this computer records for %2. "
                    "Use the account of the focal point of %2.",
                ),
                q["account_country"],
                q["country"],
            )
        # Logging in and out (sync/account.py, sync/credentials.py)
        case "bad_credentials":
            return translate(
                "ErrorWords",
                "The hub did not accept this user name and password. Check them (they are "
                "case-sensitive) and try again.",
            )
        case "too_many_attempts":
            return translate(
                "ErrorWords",
                "Too many wrong passwords: the hub refuses logins for this user for a few "
                "minutes. Wait, then try again.",
            )
        case "access_revoked":
            return translate(
                "ErrorWords",
                "The hub no longer accepts this computer's access (it was withdrawn or has "
                "expired). Log in again.",
            )
        # Revoke and wipe (sync/client.py, sync/wipe.py)
        case "access_withdrawn":
            return translate(
                "ErrorWords",
                "The regional team withdrew this computer's access to the hub, so it cannot "
                "sync. Your records stay on this computer. Log in again, or ask the regional "
                "team why.",
            )
        case "account_disabled":
            return translate(
                "ErrorWords",
                "Your hub account was disabled by the regional team, so this computer cannot "
                "sync. Your changes not yet on the hub stay on this computer: you can still "
                "export them (bluepacific-desktop export, or logout --export FILE). Ask the "
                "regional team.",
            )
        case "wipe_requested":
            return translate(
                "ErrorWords",
                "The regional team asked for this computer's Blue Pacific data to be erased.",
            )
        case "wiped":
            return translate(
                "ErrorWords",
                "On the regional team's request, this computer's Blue Pacific data was erased: "
                "the data file, its backups and drafts, and the saved hub access. The app "
                "starts again as on a new computer.",
            )
        case "wipe_failed" if "folder" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The regional team asked for this computer's Blue Pacific data to be "
                    "erased, but it could not be done completely. Close the app and delete the "
                    "folder %1.",
                ),
                q["folder"],
            )
        case "encryption_required":
            return translate(
                "ErrorWords",
                "The regional team requires the data file of every computer to be encrypted, "
                "and this computer's is not yet. Sync still works; the app encrypts the file "
                "at its next start.",
            )
        case "log_in_first":
            return translate(
                "ErrorWords", "This computer is not logged in to the hub. Log in first."
            )
        case "no_hub_yet":
            return translate(
                "ErrorWords",
                "This computer is not connected to a hub yet. Connect in Settings, under "
                "Regional hub.",
            )
        case "no_saved_access":
            return translate("ErrorWords", "No hub access is saved on this computer. Log in again.")
        case "nothing_to_forget":
            return translate(
                "ErrorWords",
                "This computer is not logged in to a hub; there is nothing to forget.",
            )
        case "no_keyring":
            return translate(
                "ErrorWords",
                "This computer has no secure password store (keyring), so the hub access "
                "cannot be saved. Nothing secret is written to a file; ask your regional "
                "team to set up the system's keyring.",
            )
        case "changes_waiting_switch":
            return translate(
                "ErrorWords",
                "Changes on this computer have not reached the hub yet. Sync them first (or "
                "export them) before using another hub or user.",
            )
        case "changes_waiting_logout" if "count" in q:
            return translate(
                "ErrorWords",
                "%n changes on this computer have not reached the hub yet. Sync first, or "
                "export them. Nothing was changed.",
                "",
                int(q["count"]),
            )
        case "local_problem" if "cause" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "Sync stopped because of a problem on this computer (%1). Nothing is "
                    "lost: the changes stay queued and go with the next sync. If it happens "
                    "again, tell your regional team.",
                ),
                q["cause"],
            )
        # Backups (store/backup.py)
        case "backup_copy_failed":
            return translate(
                "ErrorWords",
                "The backup was not kept: the copy failed SQLite's integrity check, so it would "
                "not restore. Nothing was replaced; ask your regional team to check the data file.",
            )
        case "no_backup" if "path" in q:
            return fill(translate("ErrorWords", "The backup file %1 does not exist."), q["path"])
        case "not_a_backup" if "path" in q:
            return fill(
                translate("ErrorWords", "The file %1 is not a Blue Pacific backup."), q["path"]
            )
        case "backup_locked" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The backup file %1 is locked with a key this computer does not have (or it "
                    "is not a Blue Pacific backup): only a backup made on this computer can be "
                    "restored here.",
                ),
                q["path"],
            )
        case "backup_damaged" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The backup file %1 is damaged: it cannot be restored. Choose an older one.",
                ),
                q["path"],
            )
        # A file refused whole by the import (io/importing)
        case "a_folder" if "name" in q:
            return fill(translate("ErrorWords", "%1 is a folder, not a file."), q["name"])
        case "file_empty" if "name" in q:
            return fill(
                translate("ErrorWords", "%1 is empty: there is nothing to import."), q["name"]
            )
        case "not_a_table" | "binary" if "name" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "%1 is not a table. Choose the CSV file or the Excel or LibreOffice "
                    "workbook that holds the list.",
                ),
                q["name"],
            )
        case "not_text" if "name" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "%1 is not text this app can read (neither UTF-8 nor Windows-1252). Save it "
                    "from Excel as “CSV UTF-8” and import it again.",
                ),
                q["name"],
            )
        case "too_many_rows" if "rows" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The file has more than %1 rows: no attendance sheet or contact list is that "
                    "long. Nothing was imported. Split it into smaller files and import each.",
                ),
                number(q["rows"]),
            )
        case "password_protected" if "name" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "%1 is protected by a password. Save a copy without the password and import "
                    "that copy.",
                ),
                q["name"],
            )
        case "not_a_workbook" if "name" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "%1 is not an Excel .xlsx or LibreOffice .ods workbook this app can read.",
                ),
                q["name"],
            )
        case "workbook_damaged" if "name" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "%1 is damaged or protected by a password. Open it in Excel or LibreOffice, "
                    "save it again, and import the new file.",
                ),
                q["name"],
            )
        case "too_large" if "name" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "%1 was not read: it is far larger than any attendance sheet or contact "
                    "list, and may have been made to overload the computer. Nothing was "
                    "imported. If it is a real sheet, split it into smaller files or save it "
                    "again as CSV.",
                ),
                q["name"],
            )
        case "nothing_to_import" if q.get("what") == "contact list":
            return translate("ErrorWords", "The file is empty: there is no contact list to import.")
        case "nothing_to_import":
            return translate(
                "ErrorWords", "The file is empty: there is no attendance sheet to import."
            )
        case "no_headers" if "wanted" in q and q.get("what") == "contact list":
            return fill(
                translate(
                    "ErrorWords",
                    "This file is not a contact list: no column headers this app knows were "
                    "found in its first lines. It needs at least these columns: %1.",
                ),
                q["wanted"],
            )
        case "no_headers" if "wanted" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "This file is not an attendance sheet: no column headers this app knows were "
                    "found in its first lines. It needs at least these columns: %1.",
                ),
                q["wanted"],
            )
        case "missing_columns" if "wanted" in q and q.get("what") == "contact list":
            return fill(
                translate(
                    "ErrorWords",
                    "This contact list has no column for: %1. Add it and import again.",
                ),
                q["wanted"],
            )
        case "missing_columns" if "wanted" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "This attendance sheet has no column for: %1. Add it and import again.",
                ),
                q["wanted"],
            )
        case "unknown_course_code" if "code" in q and "codes" in q:
            return fill(
                translate(
                    "ErrorWords", "No course with code %1 exists on this computer: write one of %2."
                ),
                q["code"],
                q["codes"],
            )
        case "unknown_session" if "id" in q:
            return fill(
                translate("ErrorWords", "No training session with id %1 exists on this computer."),
                q["id"],
            )
        # A sign-in sheet's session code (io/importing/sign_in.py)
        case "bad_session_code" if "code" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "“%1” is not a session code: check it against the sheet's header.",
                ),
                q["code"],
            )
        case "unknown_session_code" if "code" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "No training session on this computer has the code %1: this sign-in sheet "
                    "was printed on another computer, or its session was deleted. Nothing was "
                    "imported.",
                ),
                q["code"],
            )
        case "other_session_code" if "code" in q and "day" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "This sign-in sheet is of the session with the code %1 (%2), not of the "
                    "session chosen. Nothing was imported.",
                ),
                q["code"],
                day_name(date.fromisoformat(q["day"])),
            )
        case "bad_session_code" | "unknown_session_code" | "other_session_code":
            return translate(
                "ErrorWords",
                "This sign-in sheet's session code is not one of this computer's sessions. "
                "Nothing was imported.",
            )
    return _store_text(key, q)


def _store_text(key: str, q: dict[str, Any]) -> str | None:
    """The data file's own troubles (domain/errors.py, store/): what happened, what to do."""
    match key:
        case "record_not_found" if "record_id" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The record %1 is not on this computer (it may have been deleted "
                    "meanwhile). Nothing was changed.",
                ),
                q["record_id"],
            )
        case "not_set_up":
            return translate(
                "ErrorWords",
                "This computer is not set up yet. Choose its country first: "
                "bluepacific-desktop init --country CC (for example FJ), or start the app.",
            )
        case "newer_file" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The data file %1 was made by a newer version of Blue Pacific Desktop. "
                    "Install that newer version to open it. Nothing was changed.",
                ),
                q["path"],
            )
        case "store_unreadable" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The data file %1 cannot be read: it may be damaged. Restore a backup with "
                    "'bluepacific-desktop db restore FILE'.",
                ),
                q["path"],
            )
        case "not_a_database" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The data file %1 is not a database (it may be damaged). Restore a backup "
                    "with 'bluepacific-desktop db restore FILE'.",
                ),
                q["path"],
            )
        case "store_locked" | "store_wrong_key" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "This data file is locked with a key this computer does not have (%1), so "
                    "it cannot be opened here (or it is damaged). Open it on the computer that "
                    "made it, or restore a backup made on this computer with "
                    "'bluepacific-desktop db restore FILE'.",
                ),
                q["path"],
            )
        case "store_passphrase_needed" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The data file %1 is locked with a passphrase (this computer has no "
                    "keyring), and nothing here can ask for it. Start the app, or run a command "
                    "in a terminal, to type it.",
                ),
                q["path"],
            )
        case "store_passphrase_not_given" if "path" in q:
            return fill(
                translate("ErrorWords", "The data file %1 stays locked: no passphrase was given."),
                q["path"],
            )
        case "store_passphrase_wrong" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The data file %1 stays locked: the passphrase given was wrong.",
                ),
                q["path"],
            )
        case "encryption_check_failed" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The data file in %1 could not be encrypted: the encrypted copy did not hold "
                    "the same records. Nothing was changed; the plain file is kept.",
                ),
                q["path"],
            )
        case "key_file_damaged" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The key file %1 beside the data file is damaged, so the data file cannot "
                    "be unlocked. Restore it from a copy of the data folder.",
                ),
                q["path"],
            )
        case "store_damaged" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The data file %1 is damaged. Records that can still be read can be "
                    "exported and printed, but nothing can be saved into it or backed up from "
                    "it. No checked backup is on this computer: copy the data folder somewhere "
                    "safe and ask the support desk before changing anything.",
                ),
                q["path"],
            )
        case "store_damaged_backup" if "path" in q and "backup" in q and "made" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The data file %1 is damaged. Records that can still be read can be "
                    "exported and printed, but nothing can be saved into it or backed up from "
                    "it. Restore the newest good backup, %2 (made %3), with "
                    "'bluepacific-desktop db restore \"%2\"'.",
                ),
                q["path"],
                q["backup"],
                q["made"],
            )
        case "schema_mismatch" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The data file %1 does not match this version of Blue Pacific. Nothing was "
                    "changed. Restore a backup ('bluepacific-desktop db restore FILE') or ask "
                    "the support desk; 'bluepacific-desktop db check' lists every difference.",
                ),
                q["path"],
            )
        case "store_busy":
            return translate(
                "ErrorWords",
                "Blue Pacific is busy with this data file in another window (a restore may be "
                "under way). Try again in a moment. Nothing was changed.",
            )
        case "store_in_use" if "count" in q and "pids" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "Blue Pacific is open in %n other windows or commands (processes %1). Close "
                    "them, then restore. Nothing was changed.",
                    "",
                    int(q["count"]),
                ),
                q["pids"],
            )
        case "disk_full_store" if "path" in q and "free_bytes" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The disk is full: %1 free for %2. Records can be read, exported and "
                    "printed, but nothing can be saved until some space is freed.",
                ),
                _bytes(q["free_bytes"]),
                q["path"],
            )
        case "disk_full" if "path" in q and "free_bytes" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The disk is full: %1 free for %2. Nothing was replaced: free some space "
                    "(or choose another disk) and try again.",
                ),
                _bytes(q["free_bytes"]),
                q["path"],
            )
        case "not_writable_store" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "The data folder cannot be written: check its permissions (%1). Records "
                    "can be read, exported and printed, but nothing can be saved.",
                ),
                q["path"],
            )
        case "not_writable" if "path" in q:
            return fill(
                translate(
                    "ErrorWords",
                    "This folder cannot be written: check its permissions, or choose another "
                    "folder (%1). Nothing was replaced.",
                ),
                q["path"],
            )
    return None


def _bytes(count: Any) -> str:
    """A size on the disk, in bytes, as the language writes the number."""
    return fill(translate("ErrorWords", "%1 bytes"), number(count))


def said(exc: BaseException) -> str:
    """An error for the command line: its English as the core wrote it (with the command to
    type), or in French from the table when French is chosen (a refusal: each problem's words)."""
    if current_language() != "en" and isinstance(exc, ValidationError) and exc.problems:
        return " ".join(problem_or_english(p) for p in exc.problems)
    if current_language() != "en":
        words = error_text(getattr(exc, "key", ""), getattr(exc, "params", {}))
        if words is not None:
            return words
    return str(exc)
