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
        <name>DbCommand</name>
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
            <source>%n contacts</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EngagementsTab</name>
        <message numerus="yes">
            <source>%n engagements</source>
            <translation>
                <numerusform>%n engagement</numerusform>
                <numerusform>%n engagements</numerusform>
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
        <name>HubBox</name>
        <message numerus="yes">
            <source>Logged out: the hub access was removed from this computer. %n waiting changes exported to %1; they stay queued for the next login. The file holds personal data: keep it where only the people who need it can open it.</source>
            <translation>
                <numerusform>Logged out: the hub access was removed from this computer. %n waiting change exported to %1; it stays queued for the next login. The file holds personal data: keep it where only the people who need it can open it.</numerusform>
                <numerusform>Logged out: the hub access was removed from this computer. %n waiting changes exported to %1; they stay queued for the next login. The file holds personal data: keep it where only the people who need it can open it.</numerusform>
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
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>The course “%1” (%n rows) is not a course name this app knows. Choose the course it means; it is remembered on this computer for the next sheets.</source>
            <translation>
                <numerusform>The course “%1” (%n row) is not a course name this app knows. Choose the course it means; it is remembered on this computer for the next sheets.</numerusform>
                <numerusform>The course “%1” (%n rows) is not a course name this app knows. Choose the course it means; it is remembered on this computer for the next sheets.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rows refused: %n. Correct them in the sheet and choose it again: nothing is imported while a row is refused.</source>
            <translation>
                <numerusform>Rows refused: %n. Correct it in the sheet and choose it again: nothing is imported while a row is refused.</numerusform>
                <numerusform>Rows refused: %n. Correct them in the sheet and choose it again: nothing is imported while a row is refused.</numerusform>
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
            <source>%n changes waiting</source>
            <translation>
                <numerusform>%n change waiting</numerusform>
                <numerusform>%n changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing to send; %n records received.</source>
            <translation>
                <numerusform>Nothing to send; %n record received.</numerusform>
                <numerusform>Nothing to send; %n records received.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToDoBox</name>
        <message numerus="yes">
            <source>%n months not reported yet, the oldest %1</source>
            <translation>
                <numerusform>%n month not reported yet: %1</numerusform>
                <numerusform>%n months not reported yet, the oldest %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contacts due for review</source>
            <translation>
                <numerusform>%n contact due for review</numerusform>
                <numerusform>%n contacts due for review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records changed in two places: choose what to keep</source>
            <translation>
                <numerusform>%n record changed in two places: choose what to keep</numerusform>
                <numerusform>%n records changed in two places: choose what to keep</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes refused by the hub: fix, then send again</source>
            <translation>
                <numerusform>%n change refused by the hub: fix, then send again</numerusform>
                <numerusform>%n changes refused by the hub: fix, then send again</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes waiting to be sent</source>
            <translation>
                <numerusform>%n change waiting to be sent</numerusform>
                <numerusform>%n changes waiting to be sent</numerusform>
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