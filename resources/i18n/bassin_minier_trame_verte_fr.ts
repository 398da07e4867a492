<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>TrameVerteLayoutAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="28"/>
        <source>Trame verte schema map (PDF)</source>
        <translation>Carte du schéma de trame verte (PDF)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="31"/>
        <source>Prints the trame verte schema on an A3 landscape page from the plugin's print layout (resources/layouts/trame_verte_schema.qpt): title, map, French legend (Réservoir de biodiversité, Corridor à préserver, Corridor à remettre en bon état, Point de conflit), scale bar, north arrow, sources and date. Layers are drawn with the plugin's styles (resources/styles/trame_verte_*.qml); the layers of the project are not changed.</source>
        <translation>Imprime le schéma de trame verte sur une page A3 paysage à partir de la mise en page de l'extension (resources/layouts/trame_verte_schema.qpt) : titre, carte, légende (Réservoir de biodiversité, Corridor à préserver, Corridor à remettre en bon état, Point de conflit), échelle graphique, flèche du nord, sources et date. Les couches sont dessinées avec les styles de l'extension (resources/styles/trame_verte_*.qml) ; les couches du projet ne sont pas modifiées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="39"/>
        <source>Réservoirs</source>
        <translation>Réservoirs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="39"/>
        <source>Réservoirs of mbm:trame_verte_schema.</source>
        <translation>Réservoirs produits par mbm:trame_verte_schema.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="42"/>
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="42"/>
        <source>Corridors of mbm:trame_verte_schema (field statut).</source>
        <translation>Corridors produits par mbm:trame_verte_schema (champ statut).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="45"/>
        <source>Conflict points</source>
        <translation>Points de conflit</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="45"/>
        <source>Conflict points of mbm:trame_verte_schema.</source>
        <translation>Points de conflit produits par mbm:trame_verte_schema.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="48"/>
        <source>Background (e.g. communes)</source>
        <translation>Fond de carte (par ex. communes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="48"/>
        <source>Polygons drawn under the schema, e.g. the communes.</source>
        <translation>Polygones dessinés sous le schéma, par exemple les communes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="55"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="79"/>
        <source>Trame verte du Bassin minier</source>
        <translation>Trame verte du Bassin minier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="55"/>
        <source>Title printed at the top of the page.</source>
        <translation>Titre imprimé en haut de la page.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="58"/>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="58"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="58"/>
        <source>Where to write the A3 landscape PDF.</source>
        <translation>Où écrire le PDF A3 paysage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="71"/>
        <source>The corridors layer has no &apos;statut&apos; field: give the corridors made by the trame verte schema.</source>
        <translation>La couche des corridors n'a pas de champ « statut » : donnez les corridors produits par le schéma de trame verte.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="88"/>
        <source>Legend: {}</source>
        <translation>Légende : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="52"/>
        <source>Barrier layers (lines)</source>
        <translation>Couches d'obstacles (lignes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="52"/>
        <source>Motorways, railways… drawn as obstacles.</source>
        <translation>Autoroutes, voies ferrées… dessinées comme obstacles.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="85"/>
        <source>The PDF could not be written: {}. Check that its folder exists and can be written to, and that the file is not open in another program.</source>
        <translation>Le PDF n'a pas pu être écrit : {}. Vérifiez que son dossier existe et est accessible en écriture, et que le fichier n'est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="74"/>
        <source>The schema is empty (no réservoir, no corridor): the map will only show the background. Check the habitat layers and the minimum réservoir area of the schema.</source>
        <translation>Le schéma est vide (aucun réservoir, aucun corridor) : la carte ne montrera que le fond. Vérifiez les couches d'habitats et la surface minimale des réservoirs du schéma.</translation>
    </message>
</context>
<context>
    <name>TrameVerteSchemaAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="57"/>
        <source>Trame verte schema (réservoirs, corridors, conflict points)</source>
        <translation>Schéma de trame verte (réservoirs, corridors, points de conflit)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="60"/>
        <source>Draws the trame verte schema from habitat layers. Patches closer than the merge distance form one réservoir; réservoirs of at least the minimum area are kept. Réservoirs whose edges are closer than the maximum corridor distance are linked: every such pair ends up connected, directly or through others (a link is dropped only when two shorter links join the same réservoirs through a third one). Without a resistance layer, corridors are straight lines between the nearest edges and their cost is their length. With one, corridors follow least-cost paths on a friction raster (BioDispersal scale: 0 habitat … 10 000 barrier; a cell costs max(friction, 1) per metre), and their cost is the accumulated cost. A corridor is 'a_remettre_en_bon_etat' when it crosses a barrier line or land whose friction reaches the unsuitable threshold, else 'a_preserver'. Each crossing of a barrier is a conflict point. Layers in other CRSs are reprojected to the first habitat layer's CRS (Lambert-93 if it is not metric).</source>
        <translation>Dessine le schéma de trame verte à partir des couches d'habitats. Les taches plus proches que la distance de fusion forment un seul réservoir ; les réservoirs d'au moins la surface minimale sont gardés. Les réservoirs dont les bords sont plus proches que la distance maximale de corridor sont reliés : chacune de ces paires finit connectée, directement ou par d'autres réservoirs (un lien n'est retiré que si deux liens plus courts relient les mêmes réservoirs par un troisième). Sans couche de résistance, les corridors sont des segments entre les bords les plus proches et leur coût est leur longueur. Avec une couche de résistance, les corridors suivent les chemins de moindre coût sur un raster de friction (échelle BioDispersal : 0 habitat … 10 000 obstacle ; une cellule coûte max(friction, 1) par mètre) et leur coût est le coût cumulé. Un corridor est « a_remettre_en_bon_etat » s'il traverse un obstacle linéaire ou un milieu dont la friction atteint le seuil d'inhospitalité, sinon « a_preserver ». Chaque traversée d'un obstacle est un point de conflit. Les couches dans d'autres SCR sont reprojetées dans le SCR de la première couche d'habitats (Lambert-93 s'il n'est pas métrique).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="77"/>
        <source>Habitat layers (polygons)</source>
        <translation>Couches d'habitats (polygones)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="77"/>
        <source>Polygon layers of habitat patches: woods, wetlands, terrils, parks…</source>
        <translation>Couches de polygones des taches d'habitat : boisements, zones humides, terrils, parcs…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="80"/>
        <source>Sous-trame field</source>
        <translation>Champ de sous-trame</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="80"/>
        <source>Field holding the sous-trame of each patch; when empty or missing, each layer&apos;s name is its sous-trame.</source>
        <translation>Champ portant la sous-trame de chaque tache ; s'il est vide ou absent, le nom de la couche sert de sous-trame.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="84"/>
        <source>Minimum réservoir area (ha)</source>
        <translation>Surface minimale d'un réservoir (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="84"/>
        <source>Groups of patches smaller than this are not réservoirs.</source>
        <translation>Les groupes de taches plus petits ne sont pas des réservoirs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="88"/>
        <source>Merge distance (m)</source>
        <translation>Distance de fusion (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="88"/>
        <source>Patches closer than this form one réservoir; its area is the area of its patches.</source>
        <translation>Les taches plus proches que cette distance forment un seul réservoir ; sa surface est celle de ses taches.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="92"/>
        <source>Maximum corridor distance (m)</source>
        <translation>Distance maximale des corridors (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="92"/>
        <source>Réservoirs whose edges are closer than this are linked by a corridor.</source>
        <translation>Les réservoirs dont les bords sont plus proches que cette distance sont reliés par un corridor.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="96"/>
        <source>Barrier layers (lines)</source>
        <translation>Couches d'obstacles (lignes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="96"/>
        <source>Motorways, railways…: where a corridor crosses one, a conflict point.</source>
        <translation>Autoroutes, voies ferrées… : là où un corridor en traverse un, un point de conflit.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="99"/>
        <source>Resistance layer (polygons)</source>
        <translation>Couche de résistance (polygones)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="99"/>
        <source>Land-use polygons with a friction; when given, corridors follow least-cost paths.</source>
        <translation>Polygones d'occupation du sol avec une friction ; si elle est donnée, les corridors suivent les chemins de moindre coût.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="102"/>
        <source>Friction field</source>
        <translation>Champ de friction</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="102"/>
        <source>Friction value (number) or land-use class code looked up in the friction table.</source>
        <translation>Valeur de friction (nombre) ou code de classe d'occupation du sol cherché dans la table de friction.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="106"/>
        <source>Raster resolution (m)</source>
        <translation>Résolution du raster (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="106"/>
        <source>Cell size of the friction raster for least-cost paths.</source>
        <translation>Taille des cellules du raster de friction pour les chemins de moindre coût.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="110"/>
        <source>Friction table (CSV)</source>
        <translation>Table de friction (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="110"/>
        <source>CSV &apos;classe;libelle;friction&apos; used when the friction field holds class codes; default: the plugin&apos;s table for the wooded sous-trame.</source>
        <translation>CSV « classe;libelle;friction » utilisé quand le champ de friction contient des codes de classe ; par défaut : la table de l'extension pour la sous-trame boisée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="114"/>
        <source>Friction outside resistance polygons</source>
        <translation>Friction hors des polygones de résistance</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="114"/>
        <source>Friction of cells that no resistance polygon covers.</source>
        <translation>Friction des cellules qu'aucun polygone de résistance ne couvre.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="118"/>
        <source>Unsuitable land friction</source>
        <translation>Friction d'un milieu inhospitalier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="118"/>
        <source>A least-cost corridor through a cell of at least this friction is to be restored.</source>
        <translation>Un corridor de moindre coût qui traverse une cellule d'au moins cette friction est à remettre en bon état.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="123"/>
        <source>Réservoirs de biodiversité</source>
        <translation>Réservoirs de biodiversité</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="123"/>
        <source>reservoir_id, sous_trame, surface_ha</source>
        <translation>reservoir_id, sous_trame, surface_ha</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="126"/>
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="126"/>
        <source>corridor_id, reservoir_a, reservoir_b, longueur_m, cout, statut</source>
        <translation>corridor_id, reservoir_a, reservoir_b, longueur_m, cout, statut</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="129"/>
        <source>Conflict points</source>
        <translation>Points de conflit</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="129"/>
        <source>corridor_id, barriere</source>
        <translation>corridor_id, barriere</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="152"/>
        <source>Choose at least one habitat layer (polygons).</source>
        <translation>Choisissez au moins une couche d'habitats (polygones).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="176"/>
        <source>A resistance layer is given without its friction field: choose the friction field.</source>
        <translation>Une couche de résistance est donnée sans son champ de friction : choisissez le champ de friction.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="185"/>
        <source>Working CRS: {}</source>
        <translation>SCR de travail : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="200"/>
        <source>Friction table unreadable: {}</source>
        <translation>Table de friction illisible : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="208"/>
        <source>{} patches, {} réservoirs</source>
        <translation>{} taches, {} réservoirs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="223"/>
        <source>No réservoir: no habitat patch group reaches the minimum area.</source>
        <translation>Aucun réservoir : aucun groupe de taches d'habitat n'atteint la surface minimale.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="259"/>
        <source>{} corridors, {} conflict points</source>
        <translation>{} corridors, {} points de conflit</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="156"/>
        <source>The habitat layer &apos;{}&apos; is not a polygon layer: give polygon layers of habitat patches.</source>
        <translation>La couche d'habitats « {} » n'est pas une couche de polygones : donnez des couches de polygones de taches d'habitat.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="161"/>
        <source>The barrier layer '{}' is not a line layer: give line layers (motorways, railways…).</source>
        <translation>La couche d'obstacles « {} » n'est pas une couche de lignes : donnez des couches de lignes (autoroutes, voies ferrées…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="179"/>
        <source>The resistance layer has no field &apos;{}&apos;: choose one of its fields ({}).</source>
        <translation>La couche de résistance n'a pas de champ « {} » : choisissez l'un de ses champs ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="218"/>
        <source>At {} m the friction raster would have {} million cells, too many for the memory: choose a raster resolution of at least {} m, or habitat layers covering a smaller area.</source>
        <translation>À {} m, le raster de friction aurait {} millions de cellules, trop pour la mémoire : choisissez une résolution d'au moins {} m, ou des couches d'habitats couvrant une zone plus petite.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="188"/>
        <source>The layer &apos;{}&apos; has no CRS: its coordinates are taken as {}. Set its CRS if they are not.</source>
        <translation>La couche « {} » n'a pas de SCR : ses coordonnées sont prises en {}. Définissez son SCR si ce n'est pas le cas.</translation>
    </message>
</context>
<context>
    <name>TrameVerteStatusAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="42"/>
        <source>Trame verte implementation status</source>
        <translation>Avancement de la trame verte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="45"/>
        <source>For each corridor, the share of its length outside the réservoirs that the works done cover (pct_realise, in %). Works are polygons, or lines and points counted within the tolerance. OUTPUT: the corridors with longueur_utile_m, longueur_realisee_m, pct_realise and, when communes are given, the EPCI crossed by the longest part (epci). OUTPUT_EPCI (when communes are given): one row per EPCI with nb_corridors, longueur_m, longueur_realisee_m and pct_realise, each corridor's length split between the communes it crosses.</source>
        <translation>Pour chaque corridor, la part de sa longueur hors des réservoirs couverte par les travaux réalisés (pct_realise, en %). Les travaux sont des polygones, ou des lignes et des points comptés dans la tolérance. OUTPUT : les corridors avec longueur_utile_m, longueur_realisee_m, pct_realise et, si les communes sont données, l'EPCI traversé sur la plus grande longueur (epci). OUTPUT_EPCI (si les communes sont données) : une ligne par EPCI avec nb_corridors, longueur_m, longueur_realisee_m et pct_realise, la longueur de chaque corridor étant répartie entre les communes qu'il traverse.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="54"/>
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="54"/>
        <source>Corridors of mbm:trame_verte_schema.</source>
        <translation>Corridors produits par mbm:trame_verte_schema.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="57"/>
        <source>Réservoirs</source>
        <translation>Réservoirs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="57"/>
        <source>Réservoirs of mbm:trame_verte_schema: the corridor parts inside them are not counted.</source>
        <translation>Réservoirs produits par mbm:trame_verte_schema : les parties de corridor à l'intérieur ne sont pas comptées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="60"/>
        <source>Works done</source>
        <translation>Travaux réalisés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="60"/>
        <source>Polygons or lines of the works done (hedges planted, crossings, restored cavaliers…).</source>
        <translation>Polygones ou lignes des travaux réalisés (haies plantées, passages à faune, cavaliers restaurés…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="64"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="64"/>
        <source>Communes with their EPCI, for totals by EPCI.</source>
        <translation>Communes avec leur EPCI, pour les totaux par EPCI.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="67"/>
        <source>EPCI field of the communes</source>
        <translation>Champ EPCI des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="67"/>
        <source>Empty: the first of epci_nom, nom_epci, epci, epci_siren found.</source>
        <translation>Vide : le premier trouvé parmi epci_nom, nom_epci, epci, epci_siren.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="70"/>
        <source>Tolerance for linear works (m)</source>
        <translation>Tolérance des travaux linéaires (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="70"/>
        <source>A line of works covers the corridor within this distance.</source>
        <translation>Une ligne de travaux couvre le corridor à cette distance près.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="74"/>
        <source>Corridors with progress</source>
        <translation>Corridors avec avancement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="74"/>
        <source>Each corridor with pct_realise.</source>
        <translation>Chaque corridor avec pct_realise.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="77"/>
        <source>Totals by EPCI</source>
        <translation>Totaux par EPCI</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="77"/>
        <source>One row per EPCI (only when communes are given).</source>
        <translation>Une ligne par EPCI (seulement si les communes sont données).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="97"/>
        <source>The corridors layer has no &apos;statut&apos; field: give the corridors made by the trame verte schema.</source>
        <translation>La couche des corridors n'a pas de champ « statut » : donnez les corridors produits par le schéma de trame verte.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="105"/>
        <source>The communes layer has no EPCI field ({}): choose the EPCI field.</source>
        <translation>La couche des communes n'a pas de champ EPCI ({}) : choisissez le champ EPCI.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="117"/>
        <source>No works in the works layer: every corridor is at 0 %.</source>
        <translation>Aucun travail dans la couche des travaux : chaque corridor est à 0 %.</translation>
    </message>
</context>
<context>
    <name>TrameVerteTab</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="229"/>
        <source>Trame verte</source>
        <translation>Trame verte</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="62"/>
        <source>Layers of the project</source>
        <translation>Couches du projet</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="67"/>
        <source>Habitats (polygons)</source>
        <translation>Habitats (polygones)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="69"/>
        <source>Empty: each layer&apos;s name is its sous-trame.</source>
        <translation>Vide : le nom de chaque couche est sa sous-trame.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="70"/>
        <source>Sous-trame field</source>
        <translation>Champ de sous-trame</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="74"/>
        <source>Barriers (lines)</source>
        <translation>Obstacles (lignes)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="80"/>
        <source>Resistance (optional)</source>
        <translation>Résistance (facultatif)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="82"/>
        <source>Friction field</source>
        <translation>Champ de friction</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="85"/>
        <source>Distances</source>
        <translation>Distances</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="88"/>
        <source>Minimum réservoir area</source>
        <translation>Surface minimale d'un réservoir</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="90"/>
        <source>Merge patches closer than</source>
        <translation>Fusionner les taches à moins de</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="92"/>
        <source>Link réservoirs closer than</source>
        <translation>Relier les réservoirs à moins de</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="94"/>
        <source>Raster resolution (least-cost)</source>
        <translation>Résolution du raster (moindre coût)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="98"/>
        <source>Draw the schema</source>
        <translation>Dessiner le schéma</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="100"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="113"/>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="115"/>
        <source>Trame verte du Bassin minier</source>
        <translation>Trame verte du Bassin minier</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="116"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="121"/>
        <source>Background</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="122"/>
        <source>Export the PDF…</source>
        <translation>Exporter le PDF…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="236"/>
        <source>Tick at least one habitat layer.</source>
        <translation>Cochez au moins une couche d'habitats.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="272"/>
        <source>The Bassin minier Processing provider is not loaded.</source>
        <translation>Le fournisseur de traitements Bassin minier n'est pas chargé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="238"/>
        <source>Drawing the schema…</source>
        <translation>Dessin du schéma…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="329"/>
        <source>Conflict points</source>
        <translation>Points de conflit</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="329"/>
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="329"/>
        <source>Réservoirs de biodiversité</source>
        <translation>Réservoirs de biodiversité</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="344"/>
        <source>{} réservoirs, {} corridors, {} conflict points.</source>
        <translation>{} réservoirs, {} corridors, {} points de conflit.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="383"/>
        <source>Export the PDF</source>
        <translation>Exporter le PDF</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="383"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="394"/>
        <source>Draw the schema first.</source>
        <translation>Dessinez d'abord le schéma.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="410"/>
        <source>PDF written: {}</source>
        <translation>PDF écrit : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="128"/>
        <source>Implementation tracking</source>
        <translation>Suivi des réalisations</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="135"/>
        <source>Works done</source>
        <translation>Travaux réalisés</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="140"/>
        <source>Communes (totals by EPCI)</source>
        <translation>Communes (totaux par EPCI)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="141"/>
        <source>Compute the progress</source>
        <translation>Calculer l'avancement</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="259"/>
        <source>Choose the layer of works done.</source>
        <translation>Choisissez la couche des travaux réalisés.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="261"/>
        <source>Computing the progress…</source>
        <translation>Calcul de l'avancement…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="267"/>
        <source>A computation is already running.</source>
        <translation>Un calcul est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="361"/>
        <source>Corridor progress</source>
        <translation>Avancement des corridors</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="374"/>
        <source>Progress by EPCI</source>
        <translation>Avancement par EPCI</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="369"/>
        <source>Corridors done: {} % of {} km.</source>
        <translation>Corridors réalisés : {} % de {} km.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="296"/>
        <source>The computation was cancelled.</source>
        <translation>Le calcul a été annulé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="412"/>
        <source>see the QGIS message log</source>
        <translation>voir le journal des messages de QGIS</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="300"/>
        <source>The computation failed: {}</source>
        <translation>Le calcul a échoué : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="413"/>
        <source>The PDF could not be written: {}</source>
        <translation>Le PDF n'a pas pu être écrit : {}</translation>
    </message>
</context>
</TS>
