<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
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
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intent(s)</source>
        <translation>
            <numerusform>%n intent</numerusform>
            <numerusform>%n intents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of spaces</source>
        <translation>
            <numerusform>%n pair of spaces</numerusform>
            <numerusform>%n pairs of spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with something open</source>
        <translation>
            <numerusform>%n with something open</numerusform>
            <numerusform>%n with something open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) of packets evaluated</source>
        <translation>
            <numerusform>%n class of packets evaluated</numerusform>
            <numerusform>%n classes of packets evaluated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s): %1</source>
        <translation>
            <numerusform>%n template: %1</numerusform>
            <numerusform>%n templates: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Resize %n object(s)</source>
        <translation>
            <numerusform>Resize %n object</numerusform>
            <numerusform>Resize %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>Move %n object</numerusform>
            <numerusform>Move %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditOperations</name>
    <message numerus="yes">
        <source>Remove %n object(s)</source>
        <translation>
            <numerusform>Remove %n object</numerusform>
            <numerusform>Remove %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>Paste %n object</numerusform>
            <numerusform>Paste %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Se&amp;lection (%n object(s))</source>
        <translation>
            <numerusform>Se&amp;lection (%n object)</numerusform>
            <numerusform>Se&amp;lection (%n objects)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1</source>
        <translation>
            <numerusform>%n page, %1</numerusform>
            <numerusform>%n pages, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowLogPage</name>
    <message numerus="yes">
        <source>Imported: %n file(s)</source>
        <translation>
            <numerusform>Imported: %n file</numerusform>
            <numerusform>Imported: %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n file to %1</numerusform>
            <numerusform>Wrote %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n objects selected</source>
        <translation>
            <numerusform>%n objects selected</numerusform>
            <numerusform>%n objects selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
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
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 (and %n more warning(s))</source>
        <translation>
            <numerusform>%1 (and %n more warning)</numerusform>
            <numerusform>%1 (and %n more warnings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n object(s) and what depended on them</source>
        <translation>
            <numerusform>Removed %n object and what depended on them</numerusform>
            <numerusform>Removed %n objects and what depended on them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>Copied %n object</numerusform>
            <numerusform>Copied %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n object(s)</source>
        <translation>
            <numerusform>Pasted %n object</numerusform>
            <numerusform>Pasted %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n object(s)</source>
        <translation>
            <numerusform>Duplicated %n object</numerusform>
            <numerusform>Duplicated %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening %n more design(s) in windows of their own</source>
        <translation>
            <numerusform>Opening %n more design in windows of their own</numerusform>
            <numerusform>Opening %n more designs in windows of their own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), the first: %1</source>
        <translation>
            <numerusform>%n warning, the first: %1</numerusform>
            <numerusform>%n warnings, the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s): %1</source>
        <translation>
            <numerusform>Exported %n template: %1</numerusform>
            <numerusform>Exported %n templates: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s): %1; %2</source>
        <translation>
            <numerusform>Exported %n template: %1; %2</numerusform>
            <numerusform>Exported %n templates: %1; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s); %1</source>
        <translation>
            <numerusform>Imported %n file; %1</numerusform>
            <numerusform>Imported %n files; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message numerus="yes">
        <source>%1: left out %n reference(s) it cannot use where it was pasted</source>
        <translation>
            <numerusform>%1: left out %n reference it cannot use where it was pasted</numerusform>
            <numerusform>%1: left out %n references it cannot use where it was pasted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n dropped</numerusform>
            <numerusform>%n dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
</TS>
