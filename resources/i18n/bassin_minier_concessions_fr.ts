<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ConcessionAnomalies</name>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/checks.py" line="43"/>
        <source>Empty geometry</source>
        <translation>Géométrie vide</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/checks.py" line="44"/>
        <source>Invalid geometry</source>
        <translation>Géométrie invalide</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/checks.py" line="45"/>
        <source>Duplicate id</source>
        <translation>Identifiant en double</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/checks.py" line="46"/>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/checks.py" line="47"/>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/checks.py" line="48"/>
        <source>Sliver</source>
        <translation>Micro-surface</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/checks.py" line="49"/>
        <source>Area difference</source>
        <translation>Écart de surface</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/checks.py" line="51"/>
        <source>Other anomaly</source>
        <translation>Autre anomalie</translation>
    </message>
</context>
<context>
    <name>ConcessionsCheckAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="40"/>
        <source>Check concession perimeters</source>
        <translation>Contrôler les périmètres des concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="43"/>
        <source>Checks the perimeters of mining concessions before a stop-of-works or renunciation file: invalid geometries (bow-tie rings…, with where), empty geometries, duplicate ids, overlaps between concessions, gaps enclosed by concessions, digitizing slivers narrower than the sliver width, and drawn areas that differ from the declared ones. Invalid geometries are repaired in memory for the other checks; the input layer is never modified. Areas are computed in Lambert-93 (EPSG:2154) whatever the layer's CRS, and the anomalies are written in Lambert-93.</source>
        <translation>Contrôle les périmètres des concessions minières avant un dossier d'arrêt des travaux ou de renonciation : géométries invalides (anneaux en nœud papillon…, avec leur emplacement), géométries vides, identifiants dupliqués, chevauchements entre concessions, lacunes encloses par les concessions, micro-surfaces de numérisation plus étroites que la largeur donnée, et surfaces dessinées qui s'écartent des surfaces déclarées. Les géométries invalides sont réparées en mémoire pour les autres contrôles ; la couche d'entrée n'est jamais modifiée. Les surfaces sont calculées en Lambert-93 (EPSG:2154) quel que soit le SCR de la couche, et les anomalies sont écrites en Lambert-93.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="53"/>
        <source>Concessions</source>
        <translation>Concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="53"/>
        <source>Polygon layer of the concession perimeters, in any CRS.</source>
        <translation>Couche de polygones des périmètres des concessions, dans n'importe quel SCR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="56"/>
        <source>Concession id field</source>
        <translation>Champ identifiant de la concession</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="56"/>
        <source>Field holding the concession&apos;s identifier (default concession_id); each value must be unique.</source>
        <translation>Champ portant l'identifiant de la concession (concession_id par défaut) ; chaque valeur doit être unique.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="60"/>
        <source>Declared area field (hectares)</source>
        <translation>Champ de la surface déclarée (hectares)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="60"/>
        <source>Optional numeric field with the area declared in the mining title, in hectares.</source>
        <translation>Champ numérique facultatif portant la surface déclarée dans le titre minier, en hectares.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="64"/>
        <source>Area tolerance (%)</source>
        <translation>Tolérance sur la surface (%)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="64"/>
        <source>Largest accepted difference between drawn and declared area, in percent.</source>
        <translation>Plus grand écart accepté entre surface dessinée et surface déclarée, en pour cent.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="68"/>
        <source>Sliver maximum width (m)</source>
        <translation>Largeur maximale d'une micro-surface (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="68"/>
        <source>An overlap or gap nowhere wider than this is a digitizing sliver (micro_surface).</source>
        <translation>Un chevauchement ou une lacune nulle part plus large que cette valeur est un reliquat de numérisation (micro_surface).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="77"/>
        <source>Concession anomalies</source>
        <translation>Anomalies des concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="77"/>
        <source>One feature per anomaly: concession_id, anomalie, surface_m2, detail.</source>
        <translation>Une entité par anomalie : concession_id, anomalie, surface_m2, detail.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="90"/>
        <source>The declared area field &apos;{}&apos; is not numeric: choose a field of hectares.</source>
        <translation>Le champ de surface déclarée « {} » n'est pas numérique : choisissez un champ en hectares.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="97"/>
        <source>Layer CRS: {}; areas and anomalies computed in {}.</source>
        <translation>SCR de la couche : {} ; surfaces et anomalies calculées en {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="111"/>
        <source>The anomalies output cannot be created.</source>
        <translation>La couche des anomalies ne peut pas être créée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="121"/>
        <source>{} concessions checked, {} anomalies: {}</source>
        <translation>{} concessions contrôlées, {} anomalies : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="86"/>
        <source>The concessions layer has no field &apos;{}&apos;: choose the field of the declared areas (hectares) or leave it empty.</source>
        <translation>La couche des concessions n'a pas de champ « {} » : choisissez le champ des surfaces déclarées (en hectares) ou laissez-le vide.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="72"/>
        <source>Smallest gap or overlap reported (m²)</source>
        <translation>Surface minimale signalée des lacunes et chevauchements (m²)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/check.py" line="72"/>
        <source>Gaps and overlaps (slivers included) of a smaller area are not reported; 0 reports them all.</source>
        <translation>Les lacunes et chevauchements (micro-surfaces comprises) de surface inférieure ne sont pas signalés ; 0 les signale tous.</translation>
    </message>
</context>
<context>
    <name>ConcessionsInputs</name>
    <message>
        <location filename="../../processing_algorithms/concessions/common.py" line="42"/>
        <source>The layer &apos;{}&apos; must be a point layer: choose a layer of points.</source>
        <translation>La couche « {} » doit être une couche de points : choisissez une couche de points.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/common.py" line="44"/>
        <source>The layer &apos;{}&apos; must be a polygon layer: choose a layer of polygons.</source>
        <translation>La couche « {} » doit être une couche de polygones : choisissez une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/common.py" line="47"/>
        <source>The layer &apos;{}&apos; has no coordinate reference system: set it in the layer properties (e.g. EPSG:27561 for a plan in NTF Lambert Nord, EPSG:2154 for Lambert-93), then run again.</source>
        <translation>La couche « {} » n'a pas de système de coordonnées : définissez-le dans les propriétés de la couche (par exemple EPSG:27561 pour un plan en NTF Lambert Nord, EPSG:2154 pour le Lambert-93), puis relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/common.py" line="58"/>
        <source>The layer &apos;{}&apos; holds no feature: choose the layer of the concession perimeters.</source>
        <translation>La couche « {} » ne contient aucune entité : choisissez la couche des périmètres des concessions.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/common.py" line="52"/>
        <source>The coordinates of the layer &apos;{}&apos; do not fall in France once its CRS ({}) is applied: its CRS is probably wrong. Set the right one in the layer properties (e.g. EPSG:27561 for a plan in NTF Lambert Nord), then run again.</source>
        <translation>Les coordonnées de la couche « {} » ne tombent pas en France une fois son système de coordonnées ({}) appliqué : ce SCR est probablement faux. Définissez le bon dans les propriétés de la couche (par exemple EPSG:27561 pour un plan en NTF Lambert Nord), puis relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/common.py" line="19"/>
        <source>The concessions layer cannot be read: choose a polygon layer.</source>
        <translation>La couche des concessions est illisible : choisissez une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/common.py" line="22"/>
        <source>The concessions layer has no field &apos;{}&apos;: choose the field holding the concession ids.</source>
        <translation>La couche des concessions n'a pas de champ « {} » : choisissez le champ qui porte les identifiants des concessions.</translation>
    </message>
</context>
<context>
    <name>ConcessionsReportAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="84"/>
        <source>Concession inventory and dossiers</source>
        <translation>Inventaire et dossiers des concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="87"/>
        <source>For each concession: area in hectares, shafts and untreated shafts (non_traite or inconnu), pumping stations, communes with their share of the concession&apos;s area. With a report folder, writes one dossier per concession as HTML and as PDF (print layout atlas: map of the perimeter with shafts by status, stations and communes, tables, date and sources) and an index.html listing them. Layers may be in any CRS; everything is measured in Lambert-93.</source>
        <translation>Pour chaque concession : surface en hectares, puits et puits non traités (non_traite ou inconnu), stations de relevage, communes avec leur part de la surface de la concession. Avec un dossier de sortie, écrit un dossier par concession en HTML et en PDF (atlas de mise en page : carte du périmètre avec les puits par état, les stations et les communes, tableaux, date et sources) et un index.html qui les liste. Les couches peuvent être dans n'importe quel SCR ; tout est mesuré en Lambert-93.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="96"/>
        <source>Concessions</source>
        <translation>Concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="96"/>
        <source>Polygon layer of the concession perimeters.</source>
        <translation>Couche de polygones des périmètres des concessions.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="99"/>
        <source>Concession id field</source>
        <translation>Champ identifiant de la concession</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="99"/>
        <source>Field holding the concession&apos;s identifier.</source>
        <translation>Champ portant l'identifiant de la concession.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="103"/>
        <source>Shafts</source>
        <translation>Puits</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="103"/>
        <source>Optional point layer of the mine shafts (puits).</source>
        <translation>Couche de points facultative des puits de mine.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="106"/>
        <source>Shaft status field</source>
        <translation>Champ de l'état des puits</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="106"/>
        <source>Field of the shaft treatment status: traite, non_traite or inconnu (anything else counts as inconnu).</source>
        <translation>Champ de l'état de traitement du puits : traite, non_traite ou inconnu (toute autre valeur compte comme inconnu).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="110"/>
        <source>Pumping stations</source>
        <translation>Stations de relevage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="110"/>
        <source>Optional point layer of the pumping stations (stations de relevage).</source>
        <translation>Couche de points facultative des stations de relevage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="113"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="113"/>
        <source>Optional polygon layer of the communes, with fields insee and nom.</source>
        <translation>Couche de polygones facultative des communes, avec les champs insee et nom.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="116"/>
        <source>Mining hazards</source>
        <translation>Aléas miniers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="116"/>
        <source>Optional polygon layer of the mining hazard zones, with fields type and niveau.</source>
        <translation>Couche de polygones facultative des zones d'aléas miniers, avec les champs type et niveau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="119"/>
        <source>Concession inventory</source>
        <translation>Inventaire des concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="119"/>
        <source>One polygon per concession: concession_id, surface_ha, nb_puits, nb_puits_non_traites, nb_stations, nb_communes, communes.</source>
        <translation>Un polygone par concession : concession_id, surface_ha, nb_puits, nb_puits_non_traites, nb_stations, nb_communes, communes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="123"/>
        <source>Dossiers folder</source>
        <translation>Dossier de sortie des dossiers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="123"/>
        <source>Optional folder receiving one HTML and one PDF dossier per concession and index.html.</source>
        <translation>Répertoire facultatif qui reçoit un dossier HTML et un dossier PDF par concession, et index.html.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="133"/>
        <source>The layer given as &apos;{}&apos; cannot be read.</source>
        <translation>La couche donnée pour « {} » est illisible.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="156"/>
        <source>The shafts layer has no field &apos;{}&apos;: choose the field of the treatment status.</source>
        <translation>La couche des puits n'a pas de champ « {} » : choisissez le champ de l'état de traitement.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="162"/>
        <source>The communes layer needs a field &apos;nom&apos; (and &apos;insee&apos;): choose the communes layer.</source>
        <translation>La couche des communes doit avoir un champ « nom » (et « insee ») : choisissez la couche des communes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="174"/>
        <source>Concessions CRS: {}; everything measured in {}.</source>
        <translation>SCR des concessions : {} ; tout est mesuré en {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="236"/>
        <source>The inventory output cannot be created.</source>
        <translation>La couche d'inventaire ne peut pas être créée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="291"/>
        <source>The dossiers folder cannot be created: {}</source>
        <translation>Le répertoire des dossiers ne peut pas être créé : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="285"/>
        <source>{} dossiers written to {} ({} PDF).</source>
        <translation>{} dossiers écrits dans {} ({} PDF).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="166"/>
        <source>The hazards layer needs a field &apos;type&apos; or &apos;niveau&apos; (the kind and level of the hazard): choose the layer of the mining hazard zones.</source>
        <translation>La couche des aléas doit avoir un champ « type » ou « niveau » (nature et niveau de l'aléa) : choisissez la couche des zones d'aléas miniers.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="293"/>
        <source>The dossiers folder {} cannot be written to: choose another folder.</source>
        <translation>Le répertoire des dossiers {} n'est pas accessible en écriture : choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="272"/>
        <source>The PDF dossier could not be written for {}: check that the folder can be written to and that no such PDF is open in another program, then run again.</source>
        <translation>Le dossier PDF n'a pas pu être écrit pour {} : vérifiez que le répertoire est accessible en écriture et qu'aucun de ces PDF n'est ouvert dans un autre programme, puis relancez.</translation>
    </message>
</context>
<context>
    <name>ConcessionsTab</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="390"/>
        <source>Concessions</source>
        <translation>Concessions</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="80"/>
        <source>Check the perimeters</source>
        <translation>Contrôler les périmètres</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="106"/>
        <source>Id field</source>
        <translation>Champ identifiant</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="107"/>
        <source>Declared area (ha)</source>
        <translation>Surface déclarée (ha)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="108"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="109"/>
        <source>Sliver width</source>
        <translation>Largeur des micro-surfaces</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="112"/>
        <source>Run the check</source>
        <translation>Lancer le contrôle</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="114"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="125"/>
        <source>Choose the concessions layer, then run the check.</source>
        <translation>Choisissez la couche des concessions, puis lancez le contrôle.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="131"/>
        <source>Concession</source>
        <translation>Concession</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="131"/>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="131"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="136"/>
        <source>Double-click an anomaly to zoom to it.</source>
        <translation>Double-cliquez sur une anomalie pour zoomer dessus.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="139"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="148"/>
        <source>Shafts</source>
        <translation>Puits</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="149"/>
        <source>Shaft status</source>
        <translation>État des puits</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="150"/>
        <source>Pumping stations</source>
        <translation>Stations de relevage</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="151"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="152"/>
        <source>Hazards</source>
        <translation>Aléas</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="153"/>
        <source>Folder</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="154"/>
        <source>Build the dossiers</source>
        <translation>Construire les dossiers</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="159"/>
        <source>Double-click a dossier to open it.</source>
        <translation>Double-cliquez sur un dossier pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="160"/>
        <source>Open the dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="334"/>
        <source>Choose the concessions layer first.</source>
        <translation>Choisissez d'abord la couche des concessions.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="220"/>
        <source>The Bassin minier Processing provider is not loaded.</source>
        <translation>Le fournisseur de traitements Bassin minier n'est pas chargé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="225"/>
        <source>Checking {}…</source>
        <translation>Contrôle de {}…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="243"/>
        <source>The check was cancelled or failed (see the Processing log).</source>
        <translation>Le contrôle a été annulé ou a échoué (voir le journal des traitements).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="264"/>
        <source>{} anomalies. Double-click one to zoom to it.</source>
        <translation>{} anomalies. Double-cliquez sur l'une d'elles pour zoomer dessus.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="267"/>
        <source>No anomaly: the perimeters are clean.</source>
        <translation>Aucune anomalie : les périmètres sont propres.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="283"/>
        <source>Concession anomalies</source>
        <translation>Anomalies des concessions</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="337"/>
        <source>Choose the folder of the dossiers.</source>
        <translation>Choisissez le répertoire des dossiers.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="344"/>
        <source>Building the dossiers…</source>
        <translation>Construction des dossiers…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="358"/>
        <source>{} dossiers in {}.</source>
        <translation>{} dossiers dans {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="102"/>
        <source>Gaps and overlaps (slivers included) of a smaller area are not reported; 0 reports them all.</source>
        <translation>Les lacunes et chevauchements (micro-surfaces comprises) de surface inférieure ne sont pas signalés ; 0 les signale tous.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="110"/>
        <source>Smallest area reported</source>
        <translation>Surface minimale signalée</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="131"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="276"/>
        <source>{} ha</source>
        <translation>{} ha</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="277"/>
        <source>{} m²</source>
        <translation>{} m²</translation>
    </message>
</context>
</TS>
