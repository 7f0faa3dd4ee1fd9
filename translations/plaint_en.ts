<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CallLogImporter</name>
    <message numerus="yes">
        <source>%n call(s) with other numbers</source>
        <translation>
            <numerusform>%n call with other numbers</numerusform>
            <numerusform>%n calls with other numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>plaint: %1 is not a case file but a Plaint library of its own, with %n case(s); nothing was imported. Use it with: plaint --library %1 case list</source>
        <translation>
            <numerusform>plaint: %1 is not a case file but a Plaint library of its own, with %n case; nothing was imported. Use it with: plaint --library %1 case list</numerusform>
            <numerusform>plaint: %1 is not a case file but a Plaint library of its own, with %n cases; nothing was imported. Use it with: plaint --library %1 case list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n overdue promise</numerusform>
            <numerusform>%n overdue promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) found.</source>
        <translation>
            <numerusform>%n event found.</numerusform>
            <numerusform>%n events found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal: %n entries, unbroken. Head: %1</source>
        <translation>
            <numerusform>Journal: %n entry, unbroken. Head: %1</numerusform>
            <numerusform>Journal: %n entries, unbroken. Head: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n file(s) re-hashed, all match.</source>
        <translation>
            <numerusform>Evidence: %n file re-hashed, it matches.</numerusform>
            <numerusform>Evidence: %n files re-hashed, all match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n event(s) would be added</source>
        <translation>
            <numerusform>Dry run: %n event would be added</numerusform>
            <numerusform>Dry run: %n events would be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added</source>
        <translation>
            <numerusform>%n event added</numerusform>
            <numerusform>%n events added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 — %3  [%4]  %Ln event(s)</source>
        <translation>
            <numerusform>%1  %2 — %3  [%4]  %Ln event</numerusform>
            <numerusform>%1  %2 — %3  [%4]  %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 (“%2”): %n event(s) written to %3</source>
        <translation>
            <numerusform>Case %1 (“%2”): %n event written to %3</numerusform>
            <numerusform>Case %1 (“%2”): %n events written to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 (“%2”): %n event(s) imported; every record, the journal and every piece of evidence checked.</source>
        <translation>
            <numerusform>Case %1 (“%2”): %n event imported; every record, the journal and every piece of evidence checked.</numerusform>
            <numerusform>Case %1 (“%2”): %n events imported; every record, the journal and every piece of evidence checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s). Journal head: %1</source>
        <translation>
            <numerusform>%Ln event. Journal head: %1</numerusform>
            <numerusform>%Ln events. Journal head: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing… %1% of the file read, %n event(s) so far</source>
        <translation>
            <numerusform>Importing… %1% of the file read, %n event so far</numerusform>
            <numerusform>Importing… %1% of the file read, %n events so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) appeared twice and were taken once.</source>
        <translation>
            <numerusform>%n item appeared twice and was taken once.</numerusform>
            <numerusform>%n items appeared twice and were taken once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) found in the company&apos;s words.</source>
        <translation>
            <numerusform>%n promise found in the company&apos;s words.</numerusform>
            <numerusform>%n promises found in the company&apos;s words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the lines marked !.</source>
        <translation>
            <numerusform>%n warning: see the lines marked !.</numerusform>
            <numerusform>%n warnings: see the lines marked !.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message numerus="yes">
        <source>%n record(s) in the journal no longer exist: they were removed outside Plaint.</source>
        <translation>
            <numerusform>%n record in the journal no longer exists: it was removed outside Plaint.</numerusform>
            <numerusform>%n records in the journal no longer exist: they were removed outside Plaint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) recorded in the journal no longer exist: they were removed outside Plaint.</source>
        <translation>
            <numerusform>%n earlier version recorded in the journal no longer exists: it was removed outside Plaint.</numerusform>
            <numerusform>%n earlier versions recorded in the journal no longer exist: they were removed outside Plaint.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmsBackupImporter</name>
    <message numerus="yes">
        <source>%n message(s) with other numbers</source>
        <translation>
            <numerusform>%n message with other numbers</numerusform>
            <numerusform>%n messages with other numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message numerus="yes">
        <source>%n line(s) in %1 (the first is line %2)</source>
        <translation>
            <numerusform>%n line in %1 (the first is line %2)</numerusform>
            <numerusform>%n lines in %1 (the first is line %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::CaseFileActions</name>
    <message numerus="yes">
        <source>%1 is not a case file but a Plaint library of its own, with %n case(s). Open it instead of your library? Your own library stays as it is.</source>
        <translation>
            <numerusform>%1 is not a case file but a Plaint library of its own, with %n case. Open it instead of your library? Your own library stays as it is.</numerusform>
            <numerusform>%1 is not a case file but a Plaint library of its own, with %n cases. Open it instead of your library? Your own library stays as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” imported: %n event(s), every piece of evidence and the journal checked.</source>
        <translation>
            <numerusform>“%1” imported: %n event, every piece of evidence and the journal checked.</numerusform>
            <numerusform>“%1” imported: %n events, every piece of evidence and the journal checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::CaseListModel</name>
    <message numerus="yes">
        <source>%1 · %n overdue</source>
        <translation>
            <numerusform>%1 · %n overdue</numerusform>
            <numerusform>%1 · %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n overdue promise</numerusform>
            <numerusform>%n overdue promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n due soon</source>
        <translation>
            <numerusform>%1 · %n due soon</numerusform>
            <numerusform>%1 · %n due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — against %2
%Ln event(s)</source>
        <translation>
            <numerusform>%1 — against %2
%Ln event</numerusform>
            <numerusform>%1 — against %2
%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::CaseOverview</name>
    <message numerus="yes">
        <source>That is in %n day(s).</source>
        <translation>
            <numerusform>That is in %n day.</numerusform>
            <numerusform>That is in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This case has %n event(s); its overview is not worked out when it is opened, so that the timeline stays quick.</source>
        <translation>
            <numerusform>This case has %n event; its overview is not worked out when it is opened, so that the timeline stays quick.</numerusform>
            <numerusform>This case has %n events; its overview is not worked out when it is opened, so that the timeline stays quick.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n contact(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n contact&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n contacts&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the first contact</source>
        <translation>
            <numerusform>%n day since the first contact</numerusform>
            <numerusform>%n days since the first contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>promises: %n made</source>
        <translation>
            <numerusform>promises: %n made</numerusform>
            <numerusform>promises: %n made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n broken</numerusform>
            <numerusform>%n broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(%n overdue)</numerusform>
            <numerusform>(%n overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent elsewhere %n time(s) in a row (runaround)</source>
        <translation>
            <numerusform>sent elsewhere %n time (runaround)</numerusform>
            <numerusform>sent elsewhere %n times in a row (runaround)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After that: %1, %n day(s) after you have taken this step, if it has not put things right.</source>
        <translation>
            <numerusform>After that: %1, %n day after you have taken this step, if it has not put things right.</numerusform>
            <numerusform>After that: %1, %n days after you have taken this step, if it has not put things right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runaround: sent elsewhere %n time(s) in a row</source>
        <translation>
            <numerusform>Runaround: sent elsewhere %n time</numerusform>
            <numerusform>Runaround: sent elsewhere %n times in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runaround on request %1: sent elsewhere %n time(s) in a row</source>
        <translation>
            <numerusform>Runaround on request %1: sent elsewhere %n time</numerusform>
            <numerusform>Runaround on request %1: sent elsewhere %n times in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of it on hold (recorded for %2 of %n call(s))</source>
        <translation>
            <numerusform>%1 of it on hold (recorded for %2 of %n call)</numerusform>
            <numerusform>%1 of it on hold (recorded for %2 of %n calls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 travelling (recorded for %n visit(s) or event(s))</source>
        <translation>
            <numerusform>%1 travelling (recorded for %n visit or event)</numerusform>
            <numerusform>%1 travelling (recorded for %n visits or events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n event(s))</source>
        <comment>an agent and how often</comment>
        <translation>
            <numerusform>%1 (%n event)</numerusform>
            <numerusform>%1 (%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more referral(s), listed in the dossier and by plaint analyse.</source>
        <translation>
            <numerusform>… and %n more referral, listed in the dossier and by plaint analyse.</numerusform>
            <numerusform>… and %n more referrals, listed in the dossier and by plaint analyse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What to know first (%n point(s)) and what you will need…</source>
        <translation>
            <numerusform>What to know first (%n point) and what you will need…</numerusform>
            <numerusform>What to know first (%n points) and what you will need…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::EventEditor</name>
    <message numerus="yes">
        <source>This new entry and its %n file(s) are not saved yet.</source>
        <translation>
            <numerusform>This new entry and its %n file are not saved yet.</numerusform>
            <numerusform>This new entry and its %n files are not saved yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::ExportDialog</name>
    <message numerus="yes">
        <source>%1 — %n box(es)</source>
        <translation>
            <numerusform>%1 — %n box</numerusform>
            <numerusform>%1 — %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)) and checked it: every exhibit matches its SHA-256 fingerprint.</source>
        <translation>
            <numerusform>Saved %1 (%n page) and checked it: every exhibit matches its SHA-256 fingerprint.</numerusform>
            <numerusform>Saved %1 (%n pages) and checked it: every exhibit matches its SHA-256 fingerprint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s), %1. This is exactly what will be saved and printed.</source>
        <translation>
            <numerusform>Preview: %n page, %1. This is exactly what will be saved and printed.</numerusform>
            <numerusform>Preview: %n pages, %1. This is exactly what will be saved and printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n exhibit</numerusform>
            <numerusform>%n exhibits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::ImportDialog</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in the backup. Tick the company&apos;s, then Preview.</source>
        <translation>
            <numerusform>%n number in the backup. Tick the company&apos;s, then Preview.</numerusform>
            <numerusform>%n numbers in the backup. Tick the company&apos;s, then Preview.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) so far</source>
        <translation>
            <numerusform>%n event so far</numerusform>
            <numerusform>%n events so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added</source>
        <translation>
            <numerusform>%n event added</numerusform>
            <numerusform>%n events added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will be added</source>
        <translation>
            <numerusform>%n event will be added</numerusform>
            <numerusform>%n events will be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n piece of evidence</numerusform>
            <numerusform>%n pieces of evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n promise</numerusform>
            <numerusform>%n promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n already in the case</numerusform>
            <numerusform>%n already in the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twice in what was read (taken once)</source>
        <translation>
            <numerusform>%n twice in what was read (taken once)</numerusform>
            <numerusform>%n twice in what was read (taken once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::MainWindow</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — against %2 · %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — against %2 · %n event</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — against %2 · %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n overdue promise</numerusform>
            <numerusform>%n overdue promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match.</source>
        <translation>
            <numerusform>%n event matches.</numerusform>
            <numerusform>%n events match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence added.</source>
        <translation>
            <numerusform>%n piece of evidence added.</numerusform>
            <numerusform>%n pieces of evidence added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While Plaint was closed, %n promise(s) fell due.</source>
        <translation>
            <numerusform>While Plaint was closed, %n promise fell due.</numerusform>
            <numerusform>While Plaint was closed, %n promises fell due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written to %1. Open that file with your calendar to be reminded.</source>
        <translation>
            <numerusform>%n deadline written to %1. Open that file with your calendar to be reminded.</numerusform>
            <numerusform>%n deadlines written to %1. Open that file with your calendar to be reminded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported.</source>
        <translation>
            <numerusform>%n event imported.</numerusform>
            <numerusform>%n events imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plaint closes as soon as the evidence you added is stored safely (%n still to go).</source>
        <translation>
            <numerusform>Plaint closes as soon as the evidence you added is stored safely (%n still to go).</numerusform>
            <numerusform>Plaint closes as soon as the evidence you added is stored safely (%n still to go).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving the entry and its %n file(s)…</source>
        <translation>
            <numerusform>Saving the entry and its %n file…</numerusform>
            <numerusform>Saving the entry and its %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to this entry; stored when you save it.</source>
        <translation>
            <numerusform>%n file added to this entry; stored when you save it.</numerusform>
            <numerusform>%n files added to this entry; stored when you save it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added to this entry; stored when you save it.</source>
        <translation>
            <numerusform>%n link added to this entry; stored when you save it.</numerusform>
            <numerusform>%n links added to this entry; stored when you save it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n piece(s) of evidence.</source>
        <translation>
            <numerusform>Saved, with %n piece of evidence.</numerusform>
            <numerusform>Saved, with %n pieces of evidence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::PdfViewer</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::PromisePanel</name>
    <message numerus="yes">
        <source>OVERDUE %n day(s): %1</source>
        <translation>
            <numerusform>OVERDUE %n day: %1</numerusform>
            <numerusform>OVERDUE %n days: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 48 hours</source>
        <translation>
            <numerusform>%n due within 48 hours</numerusform>
            <numerusform>%n due within 48 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;While Plaint was closed, %n promise(s) fell due:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;While Plaint was closed, %n promise fell due:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;While Plaint was closed, %n promises fell due:&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
