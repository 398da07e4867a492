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
        <location filename="../../mbm_qgis_plugin/gui/dock.py" line="25" />
        <source>Bassin minier</source>
        <translation>Bassin minier</translation>
    </message>
</context>
<context>
    <name>BassinMinierPlugin</name>
    <message>
        <location filename="../../mbm_qgis_plugin/plugin.py" line="43" />
        <source>&amp;Bassin minier</source>
        <translation>&amp;Bassin minier</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/plugin.py" line="50" />
        <source>Bassin minier</source>
        <translation>Bassin minier</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/plugin.py" line="47" />
        <source>Show or hide the Bassin minier panel</source>
        <translation>Afficher ou masquer le panneau Bassin minier</translation>
    </message>
</context>
<context>
    <name>MbmAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/base.py" line="71" />
        <source>Base Sandt</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="72" />
        <source>Concessions</source>
        <translation>Concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="73" />
        <source>Trame verte</source>
        <translation>Trame verte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="55"/>
        <source>Patrimoine</source>
        <translation>Patrimoine</translation>
    </message>
</context>
<context>
    <name>MbmModel</name>
    <message>
        <location filename="../../processing_algorithms/models.py" line="49" />
        <source>Chain: check the concessions and build their dossiers</source>
        <translation>Chaîne : contrôler les concessions et construire leurs dossiers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="50" />
        <source>Chain: trame verte schema, progress and PDF</source>
        <translation>Chaîne : schéma de trame verte, avancement et PDF</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="51" />
        <source>Chain: yearly review of the GIRZOM programme (dry run)</source>
        <translation>Chaîne : revue annuelle du programme GIRZOM (simulation)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="59" />
        <source>Runs Check concession perimeters, then Concession inventory and dossiers: the anomalies of the perimeters (ANOMALIES), one row per concession with its shafts, pumping stations and communes (INVENTORY), and one PDF and HTML dossier per concession in the dossiers folder.</source>
        <translation>Enchaîne « Contrôler les périmètres des concessions » puis « Inventaire et dossiers des concessions » : les anomalies des périmètres, une ligne par concession avec ses puits, stations de relevage et communes (inventaire), et un dossier PDF et HTML par concession dans le dossier choisi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="77" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="79" />
        <source>Polygon layer of the communes, with fields insee and nom.</source>
        <translation>Couche de polygones des communes, avec les champs insee et nom.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="80" />
        <source>Concessions</source>
        <translation>Concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="82" />
        <source>Polygon layer of the concession perimeters, in any CRS.</source>
        <translation>Couche de polygones des périmètres des concessions, dans n'importe quel système de coordonnées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="83" />
        <source>Declared area field (hectares)</source>
        <translation>Champ de la surface déclarée (hectares)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="85" />
        <source>Optional numeric field with the area declared in the mining title, in hectares.</source>
        <translation>Champ numérique facultatif de la surface déclarée dans le titre minier, en hectares.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="86" />
        <source>Mining hazards</source>
        <translation>Aléas miniers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="88" />
        <source>Polygon layer of the mining hazard zones, with fields type and niveau.</source>
        <translation>Couche de polygones des zones d'aléas miniers, avec les champs type et niveau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="89" />
        <source>Concession id field</source>
        <translation>Champ identifiant de la concession</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="91" />
        <source>Field holding the concession's identifier (default concession_id).</source>
        <translation>Champ de l'identifiant de la concession (concession_id par défaut).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="92" />
        <source>Shafts</source>
        <translation>Puits</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="93" />
        <source>Point layer of the mine shafts (puits).</source>
        <translation>Couche de points des puits de mine.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="94" />
        <source>Shaft status field</source>
        <translation>Champ de l'état des puits</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="96" />
        <source>Field of the shaft treatment status: traite, non_traite or inconnu.</source>
        <translation>Champ de l'état de traitement des puits : traité, non traité ou inconnu (valeurs traite, non_traite, inconnu).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="97" />
        <source>Pumping stations</source>
        <translation>Stations de relevage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="99" />
        <source>Point layer of the pumping stations (stations de relevage).</source>
        <translation>Couche de points des stations de relevage des eaux.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="100" />
        <source>Anomalies of the perimeters</source>
        <translation>Anomalies des périmètres</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="102" />
        <source>One feature per anomaly: kind, concessions, message, area.</source>
        <translation>Une entité par anomalie : nature, concessions, message, surface.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="103" />
        <source>Concession inventory</source>
        <translation>Inventaire des concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="105" />
        <source>One polygon per concession with its shafts, pumping stations and communes.</source>
        <translation>Un polygone par concession avec ses puits, stations de relevage et communes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="106" />
        <source>Dossiers folder</source>
        <translation>Dossier de sortie des dossiers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="108" />
        <source>Folder receiving one PDF and one HTML dossier per concession and index.html.</source>
        <translation>Dossier qui reçoit un dossier PDF et un HTML par concession, et index.html.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="109" />
        <source>Sandt base</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="111" />
        <source>GeoPackage path, or postgis:connection/schema for a PostGIS base.</source>
        <translation>Chemin du GeoPackage, ou postgis:connexion/schéma pour une base PostGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="113" />
        <source>Commune polygons with their INSEE code and their EPCI.</source>
        <translation>Polygones des communes avec leur code INSEE et leur EPCI.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="114" />
        <source>Match threshold (0–100)</source>
        <translation>Seuil de rapprochement (0 à 100)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="116" />
        <source>Lowest name similarity accepted; below it the row is not found.</source>
        <translation>Ressemblance minimale des noms acceptée ; en dessous, la ligne est « non trouvée ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="117" />
        <source>Programme table</source>
        <translation>Tableau de programmation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="118" />
        <source>CSV, XLSX or ODS file of the year's programme.</source>
        <translation>Fichier CSV, XLSX ou ODS du programme de l'année.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="119" />
        <source>Import report (dry run)</source>
        <translation>Rapport d'import (simulation)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="121" />
        <source>One row per programme row: what the import would do and what to fix.</source>
        <translation>Une ligne par ligne du programme : ce que l'import ferait et ce qu'il faut corriger.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="122" />
        <source>Sandt progress</source>
        <translation>Avancement Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="124" />
        <source>One polygon per commune with its cités, dwellings and renovation progress.</source>
        <translation>Un polygone par commune avec ses cités, ses logements et l'avancement de la rénovation.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="125" />
        <source>Barrier layers (lines)</source>
        <translation>Couches d'obstacles (lignes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="127" />
        <source>Motorways, railways…: where a corridor crosses one, a conflict point.</source>
        <translation>Autoroutes, voies ferrées… : là où un corridor en croise un, un point de conflit.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="129" />
        <source>Communes with their EPCI: totals by EPCI, and the background of the map.</source>
        <translation>Communes avec leur EPCI : totaux par EPCI et fond de la carte.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="130" />
        <source>Habitat layers (polygons)</source>
        <translation>Couches d'habitats (polygones)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="132" />
        <source>Polygon layers of habitat patches: woods, wetlands, terrils, parks…</source>
        <translation>Couches de polygones des taches d'habitat : bois, zones humides, terrils, parcs…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="133" />
        <source>Maximum corridor distance (m)</source>
        <translation>Distance maximale des corridors (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="135" />
        <source>Réservoirs whose edges are closer than this are linked by a corridor.</source>
        <translation>Les réservoirs dont les bords sont plus proches que cette distance sont reliés par un corridor.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="136" />
        <source>Merge distance (m)</source>
        <translation>Distance de fusion (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="137" />
        <source>Patches closer than this form one réservoir.</source>
        <translation>Les taches plus proches que cette distance forment un seul réservoir.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="138" />
        <source>Minimum réservoir area (ha)</source>
        <translation>Surface minimale d'un réservoir (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="140" />
        <source>Groups of patches smaller than this are not réservoirs.</source>
        <translation>Les groupes de taches plus petits ne sont pas des réservoirs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="141" />
        <source>Works done</source>
        <translation>Travaux réalisés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="143" />
        <source>Polygons or lines of the works done (hedges planted, crossings, restored cavaliers…).</source>
        <translation>Polygones ou lignes des travaux réalisés (haies plantées, passages, cavaliers restaurés…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="144" />
        <source>Sous-trame field</source>
        <translation>Champ de sous-trame</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="146" />
        <source>Field holding the sous-trame of each patch; empty: each layer's name is its sous-trame.</source>
        <translation>Champ de la sous-trame de chaque tache ; vide : le nom de chaque couche est sa sous-trame.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="147" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="148" />
        <source>Title printed at the top of the page.</source>
        <translation>Titre imprimé en haut de la page.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="149" />
        <source>Réservoirs de biodiversité</source>
        <translation>Réservoirs de biodiversité</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="150" />
        <source>reservoir_id, sous_trame, surface_ha</source>
        <translation>reservoir_id, sous_trame, surface_ha</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="151" />
        <source>Conflict points</source>
        <translation>Points de conflit</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="152" />
        <source>corridor_id, barriere</source>
        <translation>corridor_id, barriere</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="153" />
        <source>Corridors with progress</source>
        <translation>Corridors avec leur avancement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="154" />
        <source>Each corridor with its status and pct_realise.</source>
        <translation>Chaque corridor avec son statut et sa part réalisée (pct_realise).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="155" />
        <source>Totals by EPCI</source>
        <translation>Totaux par EPCI</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="157" />
        <source>One row per EPCI (only when communes are given).</source>
        <translation>Une ligne par EPCI (seulement quand les communes sont données).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="158" />
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="159" />
        <source>Where to write the A3 landscape PDF.</source>
        <translation>Où écrire le PDF A3 paysage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="63" />
        <source>Runs Trame verte schema (réservoirs, corridors, conflict points), then Trame verte implementation status against the works done (share of each corridor restored, totals by EPCI when communes are given), then Trame verte schema map (PDF) on an A3 landscape page.</source>
        <translation>Enchaîne « Schéma de trame verte (réservoirs, corridors, points de conflit) », puis « Avancement de la trame verte » d'après les travaux réalisés (part de chaque corridor remise en état, totaux par EPCI quand les communes sont données), puis « Carte du schéma de trame verte (PDF) » sur une page A3 paysage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/models.py" line="67" />
        <source>Simulates the import of the year's programme into the base Sandt (dry run: nothing is written) and maps the base's progress by commune. Review the report, then apply the programme with Update the Sandt base from a programme table, Dry run unticked.</source>
        <translation>Simule l'import du programme de l'année dans la base Sandt (simulation : rien n'est écrit) et cartographie l'avancement de la base par commune. Relisez le rapport, puis appliquez le programme avec « Mettre à jour la base Sandt depuis un tableau de programme », case Simulation décochée.</translation>
    </message>
</context>
<context>
    <name>MbmProvider</name>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="27" />
        <source>Bassin minier</source>
        <translation>Bassin minier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="30" />
        <source>Bassin minier — Mission Bassin Minier Nord-Pas-de-Calais</source>
        <translation>Bassin minier — Mission Bassin Minier Nord-Pas-de-Calais</translation>
    </message>
</context>
</TS>
