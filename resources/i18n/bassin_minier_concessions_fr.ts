<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ConcessionsTab</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="15" />
        <source>The Concessions tools are being built.</source>
        <translation>Les outils des concessions sont en construction.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="21" />
        <source>Concessions</source>
        <translation>Concessions</translation>
    </message>
</context>
</TS>
