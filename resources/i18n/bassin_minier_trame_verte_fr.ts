<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>TrameVerteTab</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="15" />
        <source>The Trame verte tools are being built.</source>
        <translation>Les outils de la trame verte sont en construction.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="21" />
        <source>Trame verte</source>
        <translation>Trame verte</translation>
    </message>
</context>
</TS>
