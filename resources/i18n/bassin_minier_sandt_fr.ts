<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>SandtTab</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="15" />
        <source>The Base Sandt tools are being built.</source>
        <translation>Les outils de la base Sandt sont en construction.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="21" />
        <source>Base Sandt</source>
        <translation>Base Sandt</translation>
    </message>
</context>
</TS>
