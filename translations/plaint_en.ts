<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>%1  %2 — %3  [%4]  %n event(s)</source>
        <translation>
            <numerusform>%1  %2 — %3  [%4]  %n event</numerusform>
            <numerusform>%1  %2 — %3  [%4]  %n events</numerusform>
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
        <source>%n event(s) found.</source>
        <translation>
            <numerusform>%n event found.</numerusform>
            <numerusform>%n events found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s). Journal head: %1</source>
        <translation>
            <numerusform>%n event. Journal head: %1</numerusform>
            <numerusform>%n events. Journal head: %1</numerusform>
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
        <source>Case %1 (&quot;%2&quot;): %n event(s) written to %3</source>
        <translation>
            <numerusform>Case %1 (&quot;%2&quot;): %n event written to %3</numerusform>
            <numerusform>Case %1 (&quot;%2&quot;): %n events written to %3</numerusform>
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
</context>
<context>
    <name>plaint::CaseFileActions</name>
    <message numerus="yes">
        <source>&quot;%1&quot; imported: %n event(s), every piece of evidence and the journal checked.</source>
        <translation>
            <numerusform>&quot;%1&quot; imported: %n event, every piece of evidence and the journal checked.</numerusform>
            <numerusform>&quot;%1&quot; imported: %n events, every piece of evidence and the journal checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plaint::CaseListModel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n overdue</source>
        <translation>
            <numerusform>%1 · %n overdue</numerusform>
            <numerusform>%1 · %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — against %2
%n event(s)</source>
        <translation>
            <numerusform>%1 — against %2
%n event</numerusform>
            <numerusform>%1 — against %2
%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n overdue promise</numerusform>
            <numerusform>%n overdue promises</numerusform>
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
</context>
</TS>
