<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DeletionImpact</name>
    <message numerus="yes">
        <source>The claim is used by %n pod(s) (%1): it will stay Terminating until they are deleted.</source>
        <translation>
            <numerusform>The claim is used by %n pod (%1): it will stay Terminating until the pod is deleted.</numerusform>
            <numerusform>The claim is used by %n pods (%1): it will stay Terminating until they are deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) name this class; existing volumes stay, but new claims of this class will not be provisioned.</source>
        <translation>
            <numerusform>%n claim names this class; existing volumes stay, but new claims of this class will not be provisioned.</numerusform>
            <numerusform>%n claims name this class; existing volumes stay, but new claims of this class will not be provisioned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ase::ApplyWindow</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before sending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), ready to send.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refuses %n object(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n object(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ase::ChecksList</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before Create.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ase::ExportDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected shares (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected objects (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every row the &amp;pane shows (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) to write:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 to %2 (%n file(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ase::Reflector</name>
    <message numerus="yes">
        <source>Retrying in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ase::ReviewPage</name>
    <message numerus="yes">
        <source>The server refuses %n object(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
