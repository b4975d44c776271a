"""Renders docs/screenshots/sign-in-sheet-en.png and sign-in-sheet-fr.png (the first page of
a session's sign-in sheet) from a throwaway store.

QT_QPA_PLATFORM=offscreen PYTHONPATH=src .venv/bin/python \\
    scripts/sign_in_screenshots.py docs/screenshots
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.render.sign_in_pdf import write_sign_in_pdf
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.workflows.sign_in_sheets import sign_in_sheet

PEOPLE = [
    ("Losaline Fīfita ʻAhokava", "female", "Tonga Police", "Sergeant"),
    ("Sēmisi Pōteki", "male", "Tonga Police", "Constable"),
    ("Mele Taufaʻāhau", "female", "Tonga Police", "Inspector"),
    ("Viliami Tuʻipulotu", "male", "Tonga Customs", "Officer"),
    ("ʻAna Havili", "female", "Tonga Police", "Constable"),
    ("Tēvita Fonua", "male", "Immigration Tonga", ""),
]

tmp = Path(tempfile.mkdtemp())
store = Store.open(tmp / "data")
with store.write() as s:
    set_up_device(s, "TO")
    svc = RecordService(s)
    sess = svc.create(
        RecordKind.TRAINING_SESSION,
        {
            "course_code": "HR_POLICING",
            "start_date": "2025-09-01",
            "end_date": "2025-09-03",
            "mode": "in_person",
            "location": "Nukuʻalofa",
            "organiser": "Tonga Police Training Academy",
        },
    )
    for name, sex, agency, rank in PEOPLE:
        person = svc.create(
            RecordKind.PERSON,
            {"full_name": name, "sex": sex, "agency": agency, "rank": rank or None},
        )
        svc.create(RecordKind.ATTENDANCE, {"session_id": sess.id, "person_id": person.id})
    sid = sess.id
sheet = sign_in_sheet(store, sid)
out = Path(sys.argv[1])
for lang in ("en", "fr"):
    pdf = tmp / f"sign-in-sheet-{lang}.pdf"
    write_sign_in_pdf(sheet, pdf, lang, "a4")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "80",
            "-png",
            "-singlefile",
            str(pdf),
            str(out / f"sign-in-sheet-{lang}"),
        ],
        check=True,
    )
store.close()
