"""The names of record kinds and of their fields in the UI language, for the screens that show
records of any kind (conflicts, changes the hub refused), instead of the wire names."""

from __future__ import annotations

from PySide6.QtCore import QObject


class RecordWords(QObject):
    def kind(self, kind: str) -> str:
        words = {
            "person": self.tr("Person"),
            "training_session": self.tr("Training session"),
            "attendance": self.tr("Attendance"),
            "capability_report": self.tr("Capability report"),
            "contact": self.tr("Contact"),
            "engagement": self.tr("Engagement"),
            "certificate": self.tr("Certificate"),
        }
        return words.get(kind) or kind.replace("_", " ")

    def field(self, name: str) -> str:
        words = {
            "full_name": self.tr("Name"),
            "sex": self.tr("Sex"),
            "agency": self.tr("Agency"),
            "rank": self.tr("Rank"),
            "position": self.tr("Position"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "trainer_courses": self.tr("Trains courses"),
            "course_code": self.tr("Course"),
            "title": self.tr("Title"),
            "mode": self.tr("Mode"),
            "start_date": self.tr("Start date"),
            "end_date": self.tr("End date"),
            "time_zone": self.tr("Time zone"),
            "location": self.tr("Location"),
            "organiser": self.tr("Organiser"),
            "tags": self.tr("Tags"),
            "trainer_ids": self.tr("Trainers"),
            "notes": self.tr("Notes"),
            "session_id": self.tr("Session"),
            "person_id": self.tr("Person"),
            "status": self.tr("Status"),
            "completed": self.tr("Completed"),
            "pre_score": self.tr("Pre-test"),
            "post_score": self.tr("Post-test"),
            "certificate_issued": self.tr("Certificate"),
            "capability_code": self.tr("Capability"),
            "period": self.tr("Month"),
            "searches": self.tr("Searches"),
            "hits": self.tr("Hits"),
            "notices_requested": self.tr("Notices requested"),
            "diffusions_requested": self.tr("Diffusions requested"),
            "messages_exchanged": self.tr("Messages exchanged"),
            "active_accounts": self.tr("Active accounts"),
            "participants": self.tr("Participants"),
            "narrative": self.tr("Narrative"),
            "success_stories": self.tr("Success stories"),
            "organisation": self.tr("Organisation"),
            "org_type": self.tr("Organisation type"),
            "role": self.tr("Role"),
            "contact_country": self.tr("Country"),
            "emails": self.tr("E-mails"),
            "phones": self.tr("Phones"),
            "languages": self.tr("Languages"),
            "secure_channel": self.tr("I-24/7"),
            "review_date": self.tr("Review date"),
            "date": self.tr("Date"),
            "kind": self.tr("Kind"),
            "summary": self.tr("Summary"),
            "contact_ids": self.tr("Contacts involved"),
            "code": self.tr("Verification code"),
            "attendance_id": self.tr("Attendance"),
            "holder_name": self.tr("Name as printed"),
            "issued_on": self.tr("Issued on"),
            "revoked": self.tr("Revoked"),
            "revoke_reason": self.tr("Reason for revoking"),
        }
        return words.get(name) or name.replace("_", " ").capitalize()
