<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CapabilitiesPage</name>
        <message numerus="yes">
            <source>Delete the %n capability reports of %1?</source>
            <translation>
                <numerusform>Delete the %n capability report of %1?</numerusform>
                <numerusform>Delete the %n capability reports of %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n reports of %1.</source>
            <translation>
                <numerusform>Deleted %n report of %1.</numerusform>
                <numerusform>Deleted %n reports of %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CapabilityGridModel</name>
        <message numerus="yes">
            <source>%1, the last %n months:</source>
            <translation>
                <numerusform>%1, the last month:</numerusform>
                <numerusform>%1, the last %n months:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificatesCommand</name>
        <message numerus="yes">
            <source>Wrote %1 (%n certificates).</source>
            <translation>
                <numerusform>Wrote %1 (%n certificate).</numerusform>
                <numerusform>Wrote %1 (%n certificates).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificatesDialog</name>
        <message numerus="yes">
            <source>Saved %1 (%n certificates).</source>
            <translation>
                <numerusform>Saved %1 (%n certificate).</numerusform>
                <numerusform>Saved %1 (%n certificates).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message numerus="yes">
            <source>Not reviewed for long: the review date passed more than %n months ago. Check these details with the contact, or erase them.</source>
            <translation>
                <numerusform>Not reviewed for long: the review date passed more than %n month ago. Check these details with the contact, or erase them.</numerusform>
                <numerusform>Not reviewed for long: the review date passed more than %n months ago. Check these details with the contact, or erase them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DbCheck</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The data file is damaged: SQLite's integrity check found %n problems: %1.</source>
            <translation>
                <numerusform>The data file is damaged: SQLite's integrity check found %n problem: %1.</numerusform>
                <numerusform>The data file is damaged: SQLite's integrity check found %n problems: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The data file does not match this version of Blue Pacific: the table %1 lacks the columns %2.</source>
            <translation>
                <numerusform>The data file does not match this version of Blue Pacific: the table %1 lacks the column %2.</numerusform>
                <numerusform>The data file does not match this version of Blue Pacific: the table %1 lacks the columns %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The data file does not match this version of Blue Pacific: the table %1 has columns this version does not know: %2.</source>
            <translation>
                <numerusform>The data file does not match this version of Blue Pacific: the table %1 has a column this version does not know: %2.</numerusform>
                <numerusform>The data file does not match this version of Blue Pacific: the table %1 has columns this version does not know: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… %n more foreign key problems.</source>
            <translation>
                <numerusform>… %n more foreign key problem.</numerusform>
                <numerusform>… %n more foreign key problems.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queued changes are of an unknown kind: %1.</source>
            <translation>
                <numerusform>%n queued change is of an unknown kind: %1.</numerusform>
                <numerusform>%n queued changes are of an unknown kind: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queued changes refer to a %1 that does not exist: outbox entries %2.</source>
            <translation>
                <numerusform>%n queued change refers to a %1 that does not exist: outbox entry %2.</numerusform>
                <numerusform>%n queued changes refer to a %1 that does not exist: outbox entries %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n %1 records were never sent to the hub and have no queued change, so they would never sync: %2.</source>
            <translation>
                <numerusform>%n %1 record was never sent to the hub and has no queued change, so it would never sync: %2.</numerusform>
                <numerusform>%n %1 records were never sent to the hub and have no queued change, so they would never sync: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n %1 records are marked as confirmed by the hub while a change to them is still waiting to be sent: %2.</source>
            <translation>
                <numerusform>%n %1 record is marked as confirmed by the hub while a change to it is still waiting to be sent: %2.</numerusform>
                <numerusform>%n %1 records are marked as confirmed by the hub while a change to them is still waiting to be sent: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendance rows belong to a training session that is missing or deleted: %1.</source>
            <translation>
                <numerusform>%n attendance row belongs to a training session that is missing or deleted: %1.</numerusform>
                <numerusform>%n attendance rows belong to a training session that is missing or deleted: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendance rows name a person who is missing or deleted: %1.</source>
            <translation>
                <numerusform>%n attendance row names a person who is missing or deleted: %1.</numerusform>
                <numerusform>%n attendance rows name a person who is missing or deleted: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training sessions list a trainer who is missing or deleted: %1.</source>
            <translation>
                <numerusform>%n training session lists a trainer who is missing or deleted: %1.</numerusform>
                <numerusform>%n training sessions list a trainer who is missing or deleted: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n engagements involve a contact who is missing or deleted: %1.</source>
            <translation>
                <numerusform>%n engagement involves a contact who is missing or deleted: %1.</numerusform>
                <numerusform>%n engagements involve a contact who is missing or deleted: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DbCommand</name>
        <message numerus="yes">
            <source>All %n checks passed: %1.</source>
            <translation>
                <numerusform>%n check passed: %1.</numerusform>
                <numerusform>All %n checks passed: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>db check found %n problems (listed above).</source>
            <translation>
                <numerusform>db check found %n problem (listed above).</numerusform>
                <numerusform>db check found %n problems (listed above).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DirectoryTab</name>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EngagementsTab</name>
        <message numerus="yes">
            <source>%Ln engagements</source>
            <translation>
                <numerusform>%Ln engagement</numerusform>
                <numerusform>%Ln engagements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorWords</name>
        <message numerus="yes">
            <source>The link stopped moving data for %n seconds. Sync will try again and continue where it stopped.</source>
            <translation>
                <numerusform>The link stopped moving data for %n second. Sync will try again and continue where it stopped.</numerusform>
                <numerusform>The link stopped moving data for %n seconds. Sync will try again and continue where it stopped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hub is busy checking other sign-ins. Nothing was changed: log in again in %n seconds.</source>
            <translation>
                <numerusform>The hub is busy checking other sign-ins. Nothing was changed: log in again in %n second.</numerusform>
                <numerusform>The hub is busy checking other sign-ins. Nothing was changed: log in again in %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hub stayed busy: this sync waited %n seconds in all and stopped. Nothing is lost: the changes stay queued and go with the next sync.</source>
            <translation>
                <numerusform>The hub stayed busy: this sync waited %n second in all and stopped. Nothing is lost: the changes stay queued and go with the next sync.</numerusform>
                <numerusform>The hub stayed busy: this sync waited %n seconds in all and stopped. Nothing is lost: the changes stay queued and go with the next sync.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes on this computer have not reached the hub yet. Sync first, or export them. Nothing was changed.</source>
            <translation>
                <numerusform>%n change on this computer has not reached the hub yet. Sync first, or export it. Nothing was changed.</numerusform>
                <numerusform>%n changes on this computer have not reached the hub yet. Sync first, or export them. Nothing was changed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Blue Pacific is open in %n other windows or commands (processes %1). Close them, then restore. Nothing was changed.</source>
            <translation>
                <numerusform>Blue Pacific is open in %n other window or command (process %1). Close it, then restore. Nothing was changed.</numerusform>
                <numerusform>Blue Pacific is open in %n other windows or commands (processes %1). Close them, then restore. Nothing was changed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message numerus="yes">
            <source>Wrote %n %1 records to %2.</source>
            <translation>
                <numerusform>Wrote %n %1 record to %2.</numerusform>
                <numerusform>Wrote %n %1 records to %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HubBox</name>
        <message numerus="yes">
            <source>Logged out: the hub access was removed from this computer. %Ln waiting changes exported to %1; they stay queued for the next login. The file holds personal data: keep it where only the people who need it can open it.</source>
            <translation>
                <numerusform>Logged out: the hub access was removed from this computer. %Ln waiting change exported to %1; it stays queued for the next login. The file holds personal data: keep it where only the people who need it can open it.</numerusform>
                <numerusform>Logged out: the hub access was removed from this computer. %Ln waiting changes exported to %1; they stay queued for the next login. The file holds personal data: keep it where only the people who need it can open it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message numerus="yes">
            <source>%n rows refused; nothing was written.</source>
            <translation>
                <numerusform>%n row refused; nothing was written.</numerusform>
                <numerusform>%n rows refused; nothing was written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows refused; nothing would be written.</source>
            <translation>
                <numerusform>%n row refused; nothing would be written.</numerusform>
                <numerusform>%n rows refused; nothing would be written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Course “%1” (%n rows from line %2) is not a course name: it may be %3.</source>
            <translation>
                <numerusform>Course “%1” (%n row from line %2) is not a course name: it may be %3.</numerusform>
                <numerusform>Course “%1” (%n rows from line %2) is not a course name: it may be %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Created: %n contacts.</source>
            <translation>
                <numerusform>Created: %n contact.</numerusform>
                <numerusform>Created: %n contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would create: %n contacts.</source>
            <translation>
                <numerusform>Would create: %n contact.</numerusform>
                <numerusform>Would create: %n contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new people</source>
            <translation>
                <numerusform>%n new person</numerusform>
                <numerusform>%n new people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new training sessions</source>
            <translation>
                <numerusform>%n new training session</numerusform>
                <numerusform>%n new training sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendances</source>
            <translation>
                <numerusform>%n attendance</numerusform>
                <numerusform>%n attendances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Filled in: %n registered attendees.</source>
            <translation>
                <numerusform>Filled in: %n registered attendee.</numerusform>
                <numerusform>Filled in: %n registered attendees.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would fill in: %n registered attendees.</source>
            <translation>
                <numerusform>Would fill in: %n registered attendee.</numerusform>
                <numerusform>Would fill in: %n registered attendees.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n rows read (headers on line %2).</source>
            <translation>
                <numerusform>%1: %n row read (headers on line %2).</numerusform>
                <numerusform>%1: %n rows read (headers on line %2).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>The course “%1” (%Ln rows) is not a course name this app knows. Choose the course it means; it is remembered on this computer for the next sheets.</source>
            <translation>
                <numerusform>The course “%1” (%Ln row) is not a course name this app knows. Choose the course it means; it is remembered on this computer for the next sheets.</numerusform>
                <numerusform>The course “%1” (%Ln rows) is not a course name this app knows. Choose the course it means; it is remembered on this computer for the next sheets.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rows refused: %Ln. Correct them in the sheet and choose it again: nothing is imported while a row is refused.</source>
            <translation>
                <numerusform>Rows refused: %Ln. Correct it in the sheet and choose it again: nothing is imported while a row is refused.</numerusform>
                <numerusform>Rows refused: %Ln. Correct them in the sheet and choose it again: nothing is imported while a row is refused.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWords</name>
        <message numerus="yes">
            <source>%n or more others with similar names</source>
            <translation>
                <numerusform>%n or more others with similar names</numerusform>
                <numerusform>%n or more others with similar names</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n others with similar names</source>
            <translation>
                <numerusform>%n other with a similar name</numerusform>
                <numerusform>%n others with similar names</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockBox</name>
        <message numerus="yes">
            <source>Saved: the app locks after %n minutes without use.</source>
            <translation>
                <numerusform>Saved: the app locks after %n minute without use.</numerusform>
                <numerusform>Saved: the app locks after %n minutes without use.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockWords</name>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n seconds, or use your hub password.</source>
            <translation>
                <numerusform>Too many wrong PINs: wait %n second, or use your hub password.</numerusform>
                <numerusform>Too many wrong PINs: wait %n seconds, or use your hub password.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n minutes, or use your hub password.</source>
            <translation>
                <numerusform>Too many wrong PINs: wait %n minute, or use your hub password.</numerusform>
                <numerusform>Too many wrong PINs: wait %n minutes, or use your hub password.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthEditor</name>
        <message numerus="yes">
            <source>%n capability reports of this month, read-only.</source>
            <translation>
                <numerusform>%n capability report of this month, read-only.</numerusform>
                <numerusform>%n capability reports of this month, read-only.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n capability reports saved for this month.</source>
            <translation>
                <numerusform>%n capability report saved for this month.</numerusform>
                <numerusform>%n capability reports saved for this month.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1: %n capability reports.</source>
            <translation>
                <numerusform>Saved %1: %n capability report.</numerusform>
                <numerusform>Saved %1: %n capability reports.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: %n values to fix, marked in red (the tooltip says why). %1</source>
            <translation>
                <numerusform>Nothing was saved: %n value to fix, marked in red (the tooltip says why). %1</numerusform>
                <numerusform>Nothing was saved: %n values to fix, marked in red (the tooltip says why). %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthsModel</name>
        <message numerus="yes">
            <source>%n reports need attention (see Sync)</source>
            <translation>
                <numerusform>%n report needs attention (see Sync)</numerusform>
                <numerusform>%n reports need attention (see Sync)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reports waiting to sync</source>
            <translation>
                <numerusform>%n report waiting to sync</numerusform>
                <numerusform>%n reports waiting to sync</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonCommand</name>
        <message numerus="yes">
            <source>Wrote %1 (%n pages).</source>
            <translation>
                <numerusform>Wrote %1 (%n page).</numerusform>
                <numerusform>Wrote %1 (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemWords</name>
        <message numerus="yes">
            <source>%n trainers no longer exist on this computer; choose the trainers again.</source>
            <translation>
                <numerusform>%n trainer no longer exists on this computer; choose the trainers again.</numerusform>
                <numerusform>%n trainers no longer exist on this computer; choose the trainers again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contacts no longer exist in the directory; choose the contacts again.</source>
            <translation>
                <numerusform>%n contact no longer exists in the directory; choose the contacts again.</numerusform>
                <numerusform>%n contacts no longer exist in the directory; choose the contacts again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This contact takes part in %n engagements. Remove them from those engagements first.</source>
            <translation>
                <numerusform>This contact takes part in %n engagement. Remove them from that engagement first.</numerusform>
                <numerusform>This contact takes part in %n engagements. Remove them from those engagements first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message numerus="yes">
            <source>%n figures of %1 are far from the usual ones. If they are right, say why for each capability, and submit again.</source>
            <translation>
                <numerusform>%n figure of %1 is far from the usual ones. If it is right, say why, and submit again.</numerusform>
                <numerusform>%n figures of %1 are far from the usual ones. If they are right, say why for each capability, and submit again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problems stop %1 from being submitted. Correct the figures on the Capabilities screen, then submit again.</source>
            <translation>
                <numerusform>%n problem stops %1 from being submitted. Correct the figures on the Capabilities screen, then submit again.</numerusform>
                <numerusform>%n problems stop %1 from being submitted. Correct the figures on the Capabilities screen, then submit again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefusalWords</name>
        <message numerus="yes">
            <source>Entry period closed: the figures of %1 for %2 could be changed until %3 UTC (%n days after the deadline); ask the regional team for an exception. The change is kept on your computer, set aside.</source>
            <translation>
                <numerusform>Entry period closed: the figures of %1 for %2 could be changed until %3 UTC (%n day after the deadline); ask the regional team for an exception. The change is kept on your computer, set aside.</numerusform>
                <numerusform>Entry period closed: the figures of %1 for %2 could be changed until %3 UTC (%n days after the deadline); ask the regional team for an exception. The change is kept on your computer, set aside.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message numerus="yes">
            <source>Wrote %1 (%n rows, %2).</source>
            <translation>
                <numerusform>Wrote %1 (%n row, %2).</numerusform>
                <numerusform>Wrote %1 (%n rows, %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n pages, %2).</source>
            <translation>
                <numerusform>Wrote %1 (%n page, %2).</numerusform>
                <numerusform>Wrote %1 (%n pages, %2).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportTexts</name>
        <message numerus="yes">
            <source>%1 printed to the file %2 (pages: %n).</source>
            <translation>
                <numerusform>%1 printed to the file %2 (%n page).</numerusform>
                <numerusform>%1 printed to the file %2 (%n pages).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 sent to the printer «%2» (pages: %n).</source>
            <translation>
                <numerusform>%1 sent to the printer “%2” (%n page).</numerusform>
                <numerusform>%1 sent to the printer “%2” (%n pages).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (pages: %n).</source>
            <translation>
                <numerusform>Saved %1 (pages: %n).</numerusform>
                <numerusform>Saved %1 (pages: %n).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Returns</name>
        <message numerus="yes">
            <source>%1: %2 %3 is far from the usual %4 (the median of the last %n months); confirm it with a short explanation.</source>
            <translation>
                <numerusform>%1: %2 %3 is far from the usual %4 (the median of the last month); confirm it with a short explanation.</numerusform>
                <numerusform>%1: %2 %3 is far from the usual %4 (the median of the last %n months); confirm it with a short explanation.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReturnsCommand</name>
        <message numerus="yes">
            <source>%1 was not submitted: %n problems to fix first.</source>
            <translation>
                <numerusform>%1 was not submitted: %n problem to fix first.</numerusform>
                <numerusform>%1 was not submitted: %n problems to fix first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReturnsPage</name>
        <message numerus="yes">
            <source>%1. %n capability reports saved.</source>
            <translation>
                <numerusform>%1. %n capability report saved.</numerusform>
                <numerusform>%1. %n capability reports saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 was not submitted: %n problems.</source>
            <translation>
                <numerusform>%1 was not submitted: %n problem.</numerusform>
                <numerusform>%1 was not submitted: %n problems.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewBox</name>
        <message numerus="yes">
            <source>in %n months</source>
            <translation>
                <numerusform>in %n month</numerusform>
                <numerusform>in %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved: “Still correct” now sets the next review in %n months.</source>
            <translation>
                <numerusform>Saved: “Still correct” now sets the next review in %n month.</numerusform>
                <numerusform>Saved: “Still correct” now sets the next review in %n months.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SheetsCommand</name>
        <message numerus="yes">
            <source>Wrote %1 (%n pages).</source>
            <translation>
                <numerusform>Wrote %1 (%n page).</numerusform>
                <numerusform>Wrote %1 (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusCommand</name>
        <message numerus="yes">
            <source>(%n deleted)</source>
            <translation>
                <numerusform>(%n deleted)</numerusform>
                <numerusform>(%n deleted)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes the hub refused; they need someone to look at them</source>
            <translation>
                <numerusform>%n change the hub refused; it needs someone to look at it</numerusform>
                <numerusform>%n changes the hub refused; they need someone to look at them</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncCommand</name>
        <message numerus="yes">
            <source>Wrote %n changes not yet on the hub to %1; they stay queued.</source>
            <translation>
                <numerusform>Wrote %n change not yet on the hub to %1; it stays queued.</numerusform>
                <numerusform>Wrote %n changes not yet on the hub to %1; they stay queued.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent: %n changes</source>
            <translation>
                <numerusform>Sent: %n change</numerusform>
                <numerusform>Sent: %n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n the hub already had)</source>
            <translation>
                <numerusform>(%n the hub already had)</numerusform>
                <numerusform>(%n the hub already had)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Received: %n records</source>
            <translation>
                <numerusform>Received: %n record</numerusform>
                <numerusform>Received: %n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set aside: %n changes the hub refused:</source>
            <translation>
                <numerusform>Set aside: %n change the hub refused:</numerusform>
                <numerusform>Set aside: %n changes the hub refused:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes have not reached the hub: they were set aside or wait for a conflict decision (see 'status' and 'conflicts list').</source>
            <translation>
                <numerusform>%n change has not reached the hub: it was set aside or waits for a conflict decision (see 'status' and 'conflicts list').</numerusform>
                <numerusform>%n changes have not reached the hub: they were set aside or wait for a conflict decision (see 'status' and 'conflicts list').</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message numerus="yes">
            <source>The hub is busy; trying again in %n seconds.</source>
            <translation>
                <numerusform>The hub is busy; trying again in %n second.</numerusform>
                <numerusform>The hub is busy; trying again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message numerus="yes">
            <source>%Ln changes waiting</source>
            <translation>
                <numerusform>%Ln change waiting</numerusform>
                <numerusform>%Ln changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing to send; %Ln records received.</source>
            <translation>
                <numerusform>Nothing to send; %Ln record received.</numerusform>
                <numerusform>Nothing to send; %Ln records received.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minutes left</source>
            <translation>
                <numerusform>about %n minute left</numerusform>
                <numerusform>about %n minutes left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToDoBox</name>
        <message numerus="yes">
            <source>%n months with no figures and no return yet, the oldest %1</source>
            <translation>
                <numerusform>%n month with no figures and no return yet: %1</numerusform>
                <numerusform>%n months with no figures and no return yet, the oldest %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts due for review</source>
            <translation>
                <numerusform>%Ln contact due for review</numerusform>
                <numerusform>%Ln contacts due for review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records changed in two places: choose what to keep</source>
            <translation>
                <numerusform>%Ln record changed in two places: choose what to keep</numerusform>
                <numerusform>%Ln records changed in two places: choose what to keep</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes refused by the hub: fix, then send again</source>
            <translation>
                <numerusform>%Ln change refused by the hub: fix, then send again</numerusform>
                <numerusform>%Ln changes refused by the hub: fix, then send again</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes waiting to be sent</source>
            <translation>
                <numerusform>%Ln change waiting to be sent</numerusform>
                <numerusform>%Ln changes waiting to be sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months sent back to you; the oldest, %1: “%2”</source>
            <translation>
                <numerusform>%n month sent back to you; the oldest, %1: “%2”</numerusform>
                <numerusform>%n months sent back to you; the oldest, %1: “%2”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message numerus="yes">
            <source>Delete the session «%1» and its %n attendance records?</source>
            <translation>
                <numerusform>Delete the session «%1» and its %n attendance record?</numerusform>
                <numerusform>Delete the session «%1» and its %n attendance records?</numerusform>
            </translation>
        </message>
    </context>
</TS>