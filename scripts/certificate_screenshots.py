"""Renders docs/screenshots/certificate-en.png and certificate-fr.png from a throwaway store.

QT_QPA_PLATFORM=offscreen PYTHONPATH=src .venv/bin/python \\
    scripts/certificate_screenshots.py docs/screenshots
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.render.certificate_pdf import write_certificates_pdf
from bluepacific_desktop.store.device import set_setting, set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync.state import HUB_URL
from bluepacific_desktop.workflows import certificates

tmp = Path(tempfile.mkdtemp())
store = Store.open(tmp / "data")
with store.write() as s:
    set_up_device(s, "TO")
    set_setting(s, HUB_URL, "https://hub.bluepacific.example")
    svc = RecordService(s)
    holder = svc.create(
        RecordKind.PERSON, {"full_name": "Losaline Fīfita ʻAhokava", "sex": "female"}
    )
    t1 = svc.create(RecordKind.PERSON, {"full_name": "Sēmisi Pōteki", "sex": "male"})
    t2 = svc.create(RecordKind.PERSON, {"full_name": "Mele Taufaʻāhau", "sex": "female"})
    sess = svc.create(
        RecordKind.TRAINING_SESSION,
        {
            "course_code": "HR_POLICING",
            "start_date": "2025-09-01",
            "end_date": "2025-09-03",
            "mode": "in_person",
            "location": "Nukuʻalofa",
            "organiser": "Tonga Police Training Academy",
            "trainer_ids": [t1.id, t2.id],
        },
    )
    svc.create(
        RecordKind.ATTENDANCE,
        {
            "session_id": sess.id,
            "person_id": holder.id,
            "completed": True,
            "certificate_issued": True,
        },
    )
    sid = sess.id
sheets = certificates.issue_for_session(store, sid)
out = Path(sys.argv[1])
for lang in ("en", "fr"):
    pdf = tmp / f"certificate-{lang}.pdf"
    write_certificates_pdf(sheets, pdf, lang, "a4")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "100",
            "-png",
            "-singlefile",
            str(pdf),
            str(out / f"certificate-{lang}"),
        ],
        check=True,
    )
store.close()
