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
