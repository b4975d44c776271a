"""Every command speaks French when French is chosen (`--lang fr`): init, db upgrade, backup,
backups, check and restore, report, returns list, import, export and demo-data say their
lines in French, with none of the English words they replace (issue 12, "French everywhere").
English is held by each command's own tests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bluepacific_desktop.i18n import catalogue
from tests.cli.conftest import Run
from tests.io.conftest import HEADER, session_row, write
from tests.support import store_file

NBSP = "\u00a0"  # French puts a no-break space before a colon


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    catalogue.load("en")  # what the next test's commands start from


def fr(run: Run, *args: str) -> tuple[int, str, str]:
    result = run("--lang", "fr", *args)
    return result.code, result.out, result.err


def test_init_says_the_country_and_the_device_in_french(run: Run) -> None:
    code, out, _ = fr(run, "init", "--country", "VU", "--lang", "fr")
    assert code == 0
    assert "Cet ordinateur est configuré pour Vanuatu (VU), langue fr, fuseau horaire " in out
    assert f"Identifiant de l'appareil{NBSP}:" in out
    assert "This computer is set up" not in out and "Device id" not in out


def test_db_upgrade_backup_backups_and_restore_in_french(fiji: Run, tmp_path: Path) -> None:
    code, out, _ = fr(fiji, "db", "upgrade")
    assert code == 0 and "a déjà le schéma le plus récent" in out
    assert "already at the newest schema" not in out

    code, out, _ = fr(fiji, "db", "backup")
    assert code == 0 and out.startswith("Sauvegarde écrite dans ")
    assert "Backup written" not in out
    backup = Path(out.removeprefix("Sauvegarde écrite dans ").strip())
    code, _, err = fr(fiji, "db", "backup", "--output", str(backup))
    assert code == 1 and "existe déjà" in err and "already exists" not in err

    code, out, _ = fr(fiji, "db", "backups")
    assert code == 0
    line = next(x for x in out.splitlines() if backup.name in x)
    assert " ko " in line and " vérifiée " in line and " kB" not in line
    assert "Une sauvegarde vérifiée a passé" in out and "A verified backup" not in out

    code, out, _ = fr(fiji, "db", "restore", str(backup))
    assert code == 0
    assert "restauré depuis" in out and "L'ancien fichier de données a été conservé" in out
    assert "Restored" not in out and "previous data file" not in out


def test_db_backups_when_there_are_none(fiji: Run) -> None:
    code, out, _ = fr(fiji, "db", "backups")
    assert code == 0 and "Il n'y a pas encore de sauvegarde dans" in out
    assert "There are no backups" not in out


def test_db_check_names_its_checks_in_french(fiji: Run) -> None:
    code, out, _ = fr(fiji, "db", "check")
    assert code == 0
    assert out.startswith(f"Les 7 vérifications ont réussi{NBSP}: intégrité SQLite, ")
    assert "liens entre enregistrements." in out
    assert "All 7 checks passed" not in out and "SQLite integrity" not in out


def test_db_check_findings_are_sentences_in_french(fiji: Run, db_file: Path) -> None:
    conn = store_file.connect(db_file)
    conn.execute("ALTER TABLE people DROP COLUMN agency")
    conn.execute("DROP TABLE engagements")
    conn.commit()
    conn.close()
    code, out, err = fr(fiji, "db", "check")
    assert code == 1
    assert "la table engagements manque." in out
    assert "il manque à la table people la colonne agency." in out
    assert f"PROBLÈME{NBSP}:" in out
    assert f"La vérification «{NBSP}liens entre enregistrements{NBSP}» n'a pas pu" in out
    assert "PROBLEM:" not in out and "is missing" not in out and "could not be run" not in out
    assert "problème" in err


def test_a_pdf_report_and_a_csv_report_in_french(fiji: Run, tmp_path: Path) -> None:
    pdf = tmp_path / "t.pdf"
    code, out, _ = fr(fiji, "report", "training", "--quarter", "2025Q3", "--pdf", str(pdf))
    assert code == 0 and pdf.stat().st_size > 0
    # The PDF is in French too (the messages' language, unless `report --lang` says otherwise).
    assert re.fullmatch(re.escape(f"{pdf} écrit (") + r"(1 page|\d+ pages), 2025Q3\)\.\n", out)
    assert "Wrote" not in out
    table = tmp_path / "t.csv"
    code, out, _ = fr(fiji, "report", "training", "--quarter", "2025Q3", "--csv", str(table))
    assert code == 0 and " écrit (" in out and "lignes, 2025Q3)" in out
    assert "Wrote" not in out and "rows" not in out
    code, _, err = fr(fiji, "report", "training", "--csv", str(tmp_path / "no" / "t.csv"))
    assert code == 1 and "n'existe pas" in err and "does not exist" not in err


def test_returns_list_speaks_the_screens_words_for_the_states(fiji: Run) -> None:
    code, out, _ = fr(fiji, "returns", "list", "--year", "2025")
    assert code == 0
    assert "2025-03  brouillon, manquant" in out  # the returns screen's "Brouillon", "Manquant"
    assert "Attendus 12, reçus 0 (dont 0 néant), à temps 0, en retard 0, manquants 12" in out
    assert "draft" not in out and "missing" not in out and "Expected" not in out


def test_returns_history_of_an_untouched_month_in_french(fiji: Run) -> None:
    code, out, _ = fr(fiji, "returns", "history", "2025-03")
    assert code == 0 and "rien n'est encore arrivé à ce mois (brouillon)" in out
    assert "nothing has happened" not in out


def test_import_dry_run_and_commit_summaries_in_french(fiji: Run, tmp_path: Path) -> None:
    sheet = write(tmp_path, "good.csv", [HEADER, session_row("Ana Vake")])
    code, out, _ = fr(fiji, "import", "attendance", str(sheet))
    assert code == 0
    assert f"good.csv{NBSP}: 1 ligne lue (en-têtes à la ligne 1)." in out
    assert (
        f"L'import créerait{NBSP}: 1 nouvelle personne, 1 nouvelle session de formation, "
        "1 participation." in out
    )
    assert "Ceci était un essai" in out
    assert "Would create" not in out and "dry run" not in out and "row(s)" not in out

    code, out, _ = fr(fiji, "import", "attendance", str(sheet), "--commit")
    assert code == 0 and f"Créé{NBSP}: 1 nouvelle personne" in out
    assert f"Repris{NBSP}: 0 personne et 0 session déjà sur cet ordinateur." in out
    assert "Created" not in out and "Reused" not in out

    bad = write(tmp_path, "bad.csv", [HEADER, session_row("Jone Waqa", sex="?")])
    code, out, err = fr(fiji, "import", "attendance", str(bad), "--commit")
    assert code == 1
    assert f"Lignes refusées{NBSP}: 1" in out and f"Ligne 2{NBSP}: [Sex]" in out
    assert "Refused rows" not in out and "Line 2:" not in out
    assert "1 ligne refusée" in err or "refusée" in err


def test_export_in_french(fiji: Run, tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    code, out, _ = fr(fiji, "export", "person", "--format", "csv", "--output", str(target))
    assert code == 0 and out == f"0 enregistrement « personne » écrit dans {target}.\n".replace(
        "« ", f"«{NBSP}"
    ).replace(" »", f"{NBSP}»")
    assert "Wrote" not in out and "records" not in out


def test_demo_data_in_french(fiji: Run) -> None:
    code, out, err = fr(fiji, "demo-data", "--size", "5")
    assert code == 0
    assert f"personne{NBSP}: 5/5" in err and "person:" not in err  # progress, on stderr
    assert out.startswith("Ajouté en ") and f" s{NBSP}: 5 personnes, " in out
    assert "participations" in out and "échanges." in out
    assert "Added" not in out and "people" not in out


def test_a_missing_data_file_is_said_in_french(run: Run) -> None:
    code, _, err = fr(run, "db", "check")
    assert code == 1 and "Il n'y a pas encore de fichier de données" in err
    assert "There is no data file" not in err


def test_plurals_in_english_are_words_not_brackets(fiji: Run, tmp_path: Path) -> None:
    sheet = write(tmp_path, "one.csv", [HEADER, session_row("Ana Vake")])
    out = fiji("import", "attendance", str(sheet)).out
    assert "one.csv: 1 row read (headers on line 1)." in out
    assert "Would create: 1 new person, 1 new training session, 1 attendance." in out
    assert "(s)" not in out
    pdf = tmp_path / "t.pdf"
    said = fiji("report", "training", "--quarter", "2025Q3", "--pdf", str(pdf)).out
    assert said == f"Wrote {pdf} (1 page, 2025Q3).\n"


def test_a_refused_submit_lists_its_problems_in_french(fiji: Run, folder: Path) -> None:
    from bluepacific_desktop.domain.enums import RecordKind
    from bluepacific_desktop.store.device import set_setting
    from bluepacific_desktop.store.services import RecordService
    from bluepacific_desktop.store.store import Store
    from bluepacific_desktop.sync.state import HUB_ROLE

    with Store.open(folder) as store, store.write() as session:
        set_setting(session, HUB_ROLE, "focal_point")
        data = {"capability_code": "SLTD", "period": "2025-03", "searches": 10, "hits": 12}
        RecordService(session).create(RecordKind.CAPABILITY_REPORT, data)
    code, _, err = fr(fiji, "returns", "submit", "2025-03")
    assert code == 1
    assert f"Mars 2025 n'a pas été soumis{NBSP}: 1 problème à corriger d'abord." in err
    assert "12 concordances pour seulement 10 recherches" in err
    assert "was not submitted" not in err and "hits but only" not in err
    code, out, _ = fr(fiji, "returns", "nil", "2025-04", "--sessions-complete")
    assert code == 0, out
    assert f"Avril 2025 est maintenant à l'état «{NBSP}rapport néant (soumis){NBSP}»" in out
    code, out, _ = fr(fiji, "returns", "history", "2025-04")
    assert code == 0 and f"rapport néant{NBSP}: brouillon → soumis  par cet ordinateur" in out
    assert "(pas encore sur le serveur)" in out and "by this computer" not in out


def test_help_is_in_french_headings_and_our_own_words(run: Run) -> None:
    code, out, _ = fr(run, "--help")
    assert code == 0
    assert out.startswith(f"utilisation{NBSP}: bluepacific-desktop ")
    assert f"arguments positionnels{NBSP}:" in out and f"options{NBSP}:" in out
    assert "afficher cette aide et quitter" in out
    assert "configurer cet ordinateur pour son pays" in out  # `init`'s help
    assert "usage:" not in out and "show this help message" not in out
    assert "set up this computer" not in out


def test_argparse_errors_are_in_french_with_the_same_exit_code(run: Run) -> None:
    code, _, err = fr(run, "status", "--bogus")
    assert code == 2
    assert f"bluepacific-desktop{NBSP}: erreur{NBSP}: arguments non reconnus{NBSP}: --bogus" in err
    assert "error:" not in err and "unrecognized" not in err
    code, _, err = fr(run, "init")
    assert code == 2 and "les arguments suivants sont obligatoires" in err


def test_argparse_speaks_the_computers_language_and_init_lang_is_not_the_messages(
    run: Run,
) -> None:
    done = run("init", "--country", "VU", "--lang", "fr")  # the computer's, not the messages'
    assert done.code == 0 and "set up for Vanuatu (VU), language fr, time zone " in done.out
    said = run("status", "--bogus")
    assert said.code == 2 and "arguments non reconnus" in said.err
    said = run("--lang", "en", "status", "--bogus")
    assert "unrecognized arguments: --bogus" in said.err
