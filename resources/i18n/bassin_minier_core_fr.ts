<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmTask</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/base_tab.py" line="124"/>
        <source>{} (cancelled)</source>
        <translation>{} (annulé)</translation>
    </message>
</context>
<context>
    <name>BassinMinierDock</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/dock.py" line="25"/>
        <source>Bassin minier</source>
        <translation>Bassin minier</translation>
    </message>
</context>
<context>
    <name>BassinMinierPlugin</name>
    <message>
        <location filename="../../mbm_qgis_plugin/plugin.py" line="44"/>
        <source>&amp;Bassin minier</source>
        <translation>&amp;Bassin minier</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/plugin.py" line="51"/>
        <source>Bassin minier</source>
        <translation>Bassin minier</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/plugin.py" line="48"/>
        <source>Show or hide the Bassin minier panel</source>
        <translation>Afficher ou masquer le panneau Bassin minier</translation>
    </message>
</context>
<context>
    <name>MbmAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/base.py" line="51"/>
        <source>Base Sandt</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="52"/>
        <source>Concessions</source>
        <translation>Concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="53"/>
        <source>Trame verte</source>
        <translation>Trame verte</translation>
    </message>
</context>
<context>
    <name>MbmProvider</name>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="27"/>
        <source>Bassin minier</source>
        <translation>Bassin minier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="30"/>
        <source>Bassin minier — Mission Bassin Minier Nord-Pas-de-Calais</source>
        <translation>Bassin minier — Mission Bassin Minier Nord-Pas-de-Calais</translation>
    </message>
</context>
</TS>
