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
    <name>ConcessionsPerimeter</name>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="43"/>
        <source>concession</source>
        <translation>concession</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="44"/>
        <source>vertex order</source>
        <translation>ordre des sommets</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="45"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="46"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="57"/>
        <source>The column &quot;{}&quot; given for the {} does not exist in the vertex table (columns: {}).</source>
        <translation>La colonne « {} » indiquée pour {} n'existe pas dans la table des sommets (colonnes : {}).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="74"/>
        <source>Vertex table: no column found for {}. Columns read: {}. The header row must name the columns (Concession, Sommet or Point or Ordre, X, Y), or give them in the fields of the algorithm (ID_FIELD, ORDER_FIELD, X_FIELD, Y_FIELD).</source>
        <translation>Table des sommets : aucune colonne trouvée pour {}. Colonnes lues : {}. La ligne d'en-tête doit nommer les colonnes (Concession, Sommet ou Point ou Ordre, X, Y), ou indiquez-les dans les champs de l'algorithme (ID_FIELD, ORDER_FIELD, X_FIELD, Y_FIELD).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="74"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="182"/>
        <source>Line {}: {}. The line is ignored.</source>
        <translation>Ligne {} : {}. La ligne est ignorée.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="187"/>
        <source>Line {}: no concession id. The line is ignored.</source>
        <translation>Ligne {} : pas d'identifiant de concession. La ligne est ignorée.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="198"/>
        <source>line {}: {} &quot;{}&quot; is not a number</source>
        <translation>ligne {} : {} « {} » n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="202"/>
        <source>line {}: {} is empty</source>
        <translation>ligne {} : {} vide</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="222"/>
        <source>vertex without order (line(s) {})</source>
        <translation>sommet sans numéro ni nom (ligne(s) {})</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="226"/>
        <source>vertex order given more than once: {}</source>
        <translation>sommet(s) donné(s) plusieurs fois : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="240"/>
        <source>{} distinct vertex(es): a perimeter needs at least 3</source>
        <translation>{} sommet(s) distinct(s) : il en faut au moins 3 pour un périmètre</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="251"/>
        <source>the ring crosses itself: side {}–{} crosses side {}–{} (vertices in the wrong order?)</source>
        <translation>le contour se recoupe : le côté {}–{} croise le côté {}–{} (sommets dans le désordre ?)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="379"/>
        <source>its vertices cannot be put in Lambert-93 from the CRS of the table</source>
        <translation>ses sommets ne peuvent pas être passés en Lambert-93 depuis le SCR de la table</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="393"/>
        <source>no vertex of this concession in the table: the drawn perimeter is copied, not rebuilt</source>
        <translation>aucun sommet de cette concession dans la table : le périmètre dessiné est recopié, non reconstruit</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="407"/>
        <source>the rebuilt ring is not a valid polygon</source>
        <translation>le contour reconstruit n'est pas un polygone valide</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="413"/>
        <source>no drawn perimeter with this id to compare</source>
        <translation>aucun périmètre dessiné de cet identifiant à comparer</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="421"/>
        <source>the drawn perimeter lies up to {} m from the decree&apos;s (tolerance {} m)</source>
        <translation>le périmètre dessiné s'écarte jusqu'à {} m de celui du décret (tolérance {} m)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="448"/>
        <source>no perimeter</source>
        <translation>aucun périmètre</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="474"/>
        <source>The vertex table holds no vertex row: check that each row gives a concession, a vertex order, X and Y.</source>
        <translation>La table des sommets ne contient aucune ligne de sommet : vérifiez que chaque ligne donne une concession, un numéro de sommet, X et Y.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="454"/>
        <source>in agreement</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="455"/>
        <source>drifted</source>
        <translation>en écart</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="456"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="457"/>
        <source>missing from the table</source>
        <translation>absent de la table</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="437"/>
        <source>{} perimeter in agreement</source>
        <translation>{} conforme</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="437"/>
        <source>{} perimeters in agreement</source>
        <translation>{} conformes</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="439"/>
        <source>{} perimeter drifted</source>
        <translation>{} en écart</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="439"/>
        <source>{} perimeters drifted</source>
        <translation>{} en écart</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="441"/>
        <source>{} invalid perimeter</source>
        <translation>{} invalide</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="441"/>
        <source>{} invalid perimeters</source>
        <translation>{} invalides</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="443"/>
        <source>{} perimeter missing from the table</source>
        <translation>{} absent de la table</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/concessions/perimeter.py" line="443"/>
        <source>{} perimeters missing from the table</source>
        <translation>{} absents de la table</translation>
    </message>
</context>
<context>
    <name>ConcessionsPerimeterAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="70"/>
        <source>Rebuild concession perimeters from decree vertices</source>
        <translation>Reconstruire les périmètres des concessions depuis les sommets des décrets</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="73"/>
        <source>Rebuilds the perimeter of each concession from the table of vertices listed in its decree (one row per vertex: concession, vertex order, X, Y; CSV, XLSX or ODS file, or a table layer), in the CRS of the decree (NTF Lambert Nord, EPSG:27561, by default). The order is an integer, or a point name (A, B, C…) taken in the order of the file; decimal commas are accepted. A concession with fewer than 3 vertices, an order given twice or a ring that crosses itself is 'invalide', with the reason. Given the drawn perimeters, each rebuilt one is compared with its drawn one: the largest distance between their boundaries (ecart_max_m, Hausdorff distance) and the difference of areas (ecart_surface_pct); beyond the tolerance the statut is 'ecart'. A drawn perimeter without any vertex in the table is 'absent' (its drawn outline is copied). The output, in Lambert-93 (EPSG:2154), can be checked and reported by the other concessions algorithms.</source>
        <translation>Reconstruit le périmètre de chaque concession à partir de la table des sommets de son décret (une ligne par sommet : concession, numéro du sommet, X, Y ; fichier CSV, XLSX ou ODS, ou couche table), dans le SCR du décret (NTF Lambert Nord, EPSG:27561, par défaut). Le numéro est un entier, ou un nom de point (A, B, C…) pris dans l'ordre du fichier ; les virgules décimales sont acceptées. Une concession de moins de 3 sommets, dont un sommet est donné deux fois ou dont le contour se recoupe est « invalide », avec la raison. Avec les périmètres dessinés, chaque périmètre reconstruit est comparé au périmètre dessiné : plus grande distance entre leurs contours (ecart_max_m, distance de Hausdorff) et différence de surface (ecart_surface_pct) ; au-delà de la tolérance, le statut est « ecart ». Un périmètre dessiné sans aucun sommet dans la table est « absent » (son contour dessiné est recopié). Le résultat, en Lambert-93 (EPSG:2154), peut être contrôlé et mis en dossiers par les autres algorithmes des concessions.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="86"/>
        <source>Vertex table of the decrees</source>
        <translation>Table des sommets des décrets</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="86"/>
        <source>Tables (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Tables (*.csv *.txt *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="86"/>
        <source>CSV, XLSX or ODS file, or the id or name of a table layer of the project: one row per vertex with the concession id, the vertex order, X and Y.</source>
        <translation>Fichier CSV, XLSX ou ODS, ou identifiant ou nom d'une couche table du projet : une ligne par sommet avec l'identifiant de la concession, le numéro du sommet, X et Y.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="94"/>
        <source>Concession id column</source>
        <translation>Colonne de l'identifiant de concession</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="94"/>
        <source>Vertex order column</source>
        <translation>Colonne du numéro de sommet</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="95"/>
        <source>X column</source>
        <translation>Colonne X</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="95"/>
        <source>Y column</source>
        <translation>Colonne Y</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="98"/>
        <source>Header of this column when it is not recognised; blank = detected from the French headers (Concession, Sommet / Point / Ordre, X, Y).</source>
        <translation>En-tête de cette colonne quand il n'est pas reconnu ; vide = détecté d'après les en-têtes français (Concession, Sommet / Point / Ordre, X, Y).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="103"/>
        <source>CRS of the vertex coordinates</source>
        <translation>SCR des coordonnées des sommets</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="103"/>
        <source>The CRS the decree gives its coordinates in: EPSG:27561 (NTF Lambert Nord, default), 27571, 27572, 2154 (Lambert-93), 4326…</source>
        <translation>Le SCR dans lequel le décret donne ses coordonnées : EPSG:27561 (NTF Lambert Nord, par défaut), 27571, 27572, 2154 (Lambert-93), 4326…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="107"/>
        <source>Drawn perimeters to compare</source>
        <translation>Périmètres dessinés à comparer</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="107"/>
        <source>Optional polygon layer of the drawn concession perimeters, in any CRS.</source>
        <translation>Couche de polygones facultative des périmètres dessinés des concessions, dans n'importe quel SCR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="111"/>
        <source>Concession id field of the drawn perimeters</source>
        <translation>Champ identifiant de concession des périmètres dessinés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="111"/>
        <source>Field of the drawn perimeters holding the concession id of the vertex table (default concession_id).</source>
        <translation>Champ des périmètres dessinés qui porte l'identifiant de concession de la table des sommets (par défaut concession_id).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="116"/>
        <source>Tolerance (m)</source>
        <translation>Tolérance (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="116"/>
        <source>Largest accepted distance between the rebuilt and the drawn boundary; beyond it the statut is &apos;ecart&apos;.</source>
        <translation>Plus grande distance acceptée entre le contour reconstruit et le contour dessiné ; au-delà, le statut est « ecart ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="120"/>
        <source>Rebuilt perimeters</source>
        <translation>Périmètres reconstruits</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="120"/>
        <source>One polygon per concession, in Lambert-93: concession_id, nb_sommets, surface_ha, ecart_max_m, ecart_surface_pct, statut (ok, ecart, invalide, absent), detail.</source>
        <translation>Un polygone par concession, en Lambert-93 : concession_id, nb_sommets, surface_ha, ecart_max_m, ecart_surface_pct, statut (ok, ecart, invalide, absent), detail.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="132"/>
        <source>No vertex table given: choose the CSV, XLSX or ODS file of the decrees&apos; vertices.</source>
        <translation>Aucune table des sommets : choisissez le fichier CSV, XLSX ou ODS des sommets des décrets.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="159"/>
        <source>Vertex table: {}; columns: concession &quot;{}&quot;, order &quot;{}&quot;, X &quot;{}&quot;, Y &quot;{}&quot;.</source>
        <translation>Table des sommets : {} ; colonnes : concession « {} », numéro « {} », X « {} », Y « {} ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="170"/>
        <source>Vertex CRS: {}; perimeters written in {}.</source>
        <translation>SCR des sommets : {} ; périmètres écrits en {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="178"/>
        <source>The drawn perimeters have no field &apos;{}&apos;: choose the field holding the concession ids.</source>
        <translation>Les périmètres dessinés n'ont pas de champ « {} » : choisissez le champ qui porte les identifiants des concessions.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="200"/>
        <source>The rebuilt perimeters output cannot be created.</source>
        <translation>La couche des périmètres reconstruits ne peut pas être créée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="229"/>
        <source>The vertex coordinates (X {} to {}, Y {} to {}) do not fall in France in the CRS {}: choose the CRS the decree uses in &quot;CRS of the vertex coordinates&quot; (EPSG:27561 for NTF Lambert Nord, EPSG:2154 for Lambert-93…), or check that X and Y are not swapped.</source>
        <translation>Les coordonnées des sommets (X de {} à {}, Y de {} à {}) ne tombent pas en France dans le SCR {} : choisissez le SCR du décret dans « SCR des coordonnées des sommets » (EPSG:27561 pour NTF Lambert Nord, EPSG:2154 pour Lambert-93…), ou vérifiez que X et Y ne sont pas inversés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/perimeter.py" line="214"/>
        <source>Rebuilt perimeters: {}.</source>
        <translation>Périmètres reconstruits : {}.</translation>
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
        <location filename="../../processing_algorithms/concessions/report.py" line="98"/>
        <source>Concessions</source>
        <translation>Concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="98"/>
        <source>Polygon layer of the concession perimeters.</source>
        <translation>Couche de polygones des périmètres des concessions.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="101"/>
        <source>Concession id field</source>
        <translation>Champ identifiant de la concession</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="101"/>
        <source>Field holding the concession&apos;s identifier.</source>
        <translation>Champ portant l'identifiant de la concession.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="105"/>
        <source>Shafts</source>
        <translation>Puits</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="105"/>
        <source>Optional point layer of the mine shafts (puits).</source>
        <translation>Couche de points facultative des puits de mine.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="108"/>
        <source>Shaft status field</source>
        <translation>Champ de l'état des puits</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="108"/>
        <source>Field of the shaft treatment status: traite, non_traite or inconnu (anything else counts as inconnu).</source>
        <translation>Champ de l'état de traitement du puits : traite, non_traite ou inconnu (toute autre valeur compte comme inconnu).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="112"/>
        <source>Pumping stations</source>
        <translation>Stations de relevage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="112"/>
        <source>Optional point layer of the pumping stations (stations de relevage).</source>
        <translation>Couche de points facultative des stations de relevage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="115"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="115"/>
        <source>Optional polygon layer of the communes, with fields insee and nom.</source>
        <translation>Couche de polygones facultative des communes, avec les champs insee et nom.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="118"/>
        <source>Mining hazards</source>
        <translation>Aléas miniers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="118"/>
        <source>Optional polygon layer of the mining hazard zones, with fields type and niveau.</source>
        <translation>Couche de polygones facultative des zones d'aléas miniers, avec les champs type et niveau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="121"/>
        <source>Concession inventory</source>
        <translation>Inventaire des concessions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="121"/>
        <source>One polygon per concession: concession_id, surface_ha, nb_puits, nb_puits_non_traites, nb_stations, nb_communes, communes.</source>
        <translation>Un polygone par concession : concession_id, surface_ha, nb_puits, nb_puits_non_traites, nb_stations, nb_communes, communes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="125"/>
        <source>Dossiers folder</source>
        <translation>Dossier de sortie des dossiers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="125"/>
        <source>Optional folder receiving one HTML and one PDF dossier per concession and index.html.</source>
        <translation>Répertoire facultatif qui reçoit un dossier HTML et un dossier PDF par concession, et index.html.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="135"/>
        <source>The layer given as &apos;{}&apos; cannot be read.</source>
        <translation>La couche donnée pour « {} » est illisible.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="158"/>
        <source>The shafts layer has no field &apos;{}&apos;: choose the field of the treatment status.</source>
        <translation>La couche des puits n'a pas de champ « {} » : choisissez le champ de l'état de traitement.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="164"/>
        <source>The communes layer needs a field &apos;nom&apos; (and &apos;insee&apos;): choose the communes layer.</source>
        <translation>La couche des communes doit avoir un champ « nom » (et « insee ») : choisissez la couche des communes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="176"/>
        <source>Concessions CRS: {}; everything measured in {}.</source>
        <translation>SCR des concessions : {} ; tout est mesuré en {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="238"/>
        <source>The inventory output cannot be created.</source>
        <translation>La couche d'inventaire ne peut pas être créée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="287"/>
        <source>The dossiers folder cannot be created: {}</source>
        <translation>Le répertoire des dossiers ne peut pas être créé : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="280"/>
        <source>{} dossiers written to {} ({} PDF).</source>
        <translation>{} dossiers écrits dans {} ({} PDF).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="168"/>
        <source>The hazards layer needs a field &apos;type&apos; or &apos;niveau&apos; (the kind and level of the hazard): choose the layer of the mining hazard zones.</source>
        <translation>La couche des aléas doit avoir un champ « type » ou « niveau » (nature et niveau de l'aléa) : choisissez la couche des zones d'aléas miniers.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="289"/>
        <source>The dossiers folder {} cannot be written to: choose another folder.</source>
        <translation>Le répertoire des dossiers {} n'est pas accessible en écriture : choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="272"/>
        <source>The PDF dossier could not be written for {}: check that the folder can be written to and that no such PDF is open in another program, then run again.</source>
        <translation>Le dossier PDF n'a pas pu être écrit pour {} : vérifiez que le répertoire est accessible en écriture et qu'aucun de ces PDF n'est ouvert dans un autre programme, puis relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="87"/>
        <source>For each concession: area in hectares, shafts and shafts not treated or of unknown status, pumping stations, communes with their share of the concession&apos;s area, mining hazards. With a dossiers folder, writes one dossier per concession as an HTML page and a PDF, and an index.html listing them. The PDF: page 1 shows the map of the concession (outlined, its surroundings veiled) and the summary; every shaft (not treated and unknown status first), pumping station, commune and hazard follows in tables continued on as many pages as needed. Cancelling keeps only whole dossiers. Layers may be in any CRS; everything is measured in Lambert-93.</source>
        <translation>Pour chaque concession : surface en hectares, puits et puits non traités ou d'état inconnu, stations de relevage, communes avec leur part de la surface de la concession, aléas miniers. Avec un dossier de sortie, écrit un dossier par concession, en page HTML et en PDF, et un index.html qui les liste. Le PDF : la page 1 montre la carte de la concession (soulignée, ses alentours voilés) et la synthèse ; chaque puits (les non traités et d'état inconnu en premier), station de relevage, commune et aléa suit dans des tableaux continués sur autant de pages que nécessaire. Une annulation ne garde que des dossiers complets. Les couches peuvent être dans n'importe quel SCR ; tout est mesuré en Lambert-93.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="268"/>
        <source>Dossier of {}…</source>
        <translation>Dossier de {}…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/concessions/report.py" line="276"/>
        <source>Building the dossiers was cancelled: {} of {} dossiers written to {}, each whole (HTML and PDF); the others were not started or were removed.</source>
        <translation>Construction des dossiers annulée : {} dossier(s) sur {} écrit(s) dans {}, chacun complet (HTML et PDF) ; les autres n'ont pas été commencés ou ont été retirés.</translation>
    </message>
</context>
<context>
    <name>ConcessionsTab</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="564"/>
        <source>Concessions</source>
        <translation>Concessions</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="98"/>
        <source>Check the perimeters</source>
        <translation>Contrôler les périmètres</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="124"/>
        <source>Id field</source>
        <translation>Champ identifiant</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="125"/>
        <source>Declared area (ha)</source>
        <translation>Surface déclarée (ha)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="234"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="127"/>
        <source>Sliver width</source>
        <translation>Largeur des micro-surfaces</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="130"/>
        <source>Run the check</source>
        <translation>Lancer le contrôle</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="240"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="143"/>
        <source>Choose the concessions layer, then run the check.</source>
        <translation>Choisissez la couche des concessions, puis lancez le contrôle.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="149"/>
        <source>Concession</source>
        <translation>Concession</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="149"/>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="149"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="154"/>
        <source>Double-click an anomaly to zoom to it.</source>
        <translation>Double-cliquez sur une anomalie pour zoomer dessus.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="161"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="170"/>
        <source>Shafts</source>
        <translation>Puits</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="171"/>
        <source>Shaft status</source>
        <translation>État des puits</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="172"/>
        <source>Pumping stations</source>
        <translation>Stations de relevage</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="173"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="174"/>
        <source>Hazards</source>
        <translation>Aléas</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="175"/>
        <source>Folder</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="176"/>
        <source>Build the dossiers</source>
        <translation>Construire les dossiers</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="187"/>
        <source>Double-click a dossier to open it.</source>
        <translation>Double-cliquez sur un dossier pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="189"/>
        <source>Open the dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="497"/>
        <source>Choose the concessions layer first.</source>
        <translation>Choisissez d'abord la couche des concessions.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="372"/>
        <source>The Bassin minier Processing provider is not loaded.</source>
        <translation>Le fournisseur de traitements Bassin minier n'est pas chargé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="308"/>
        <source>Checking {}…</source>
        <translation>Contrôle de {}…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="326"/>
        <source>The check was cancelled or failed (see the Processing log).</source>
        <translation>Le contrôle a été annulé ou a échoué (voir le journal des traitements).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="347"/>
        <source>{} anomalies. Double-click one to zoom to it.</source>
        <translation>{} anomalies. Double-cliquez sur l'une d'elles pour zoomer dessus.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="350"/>
        <source>No anomaly: the perimeters are clean.</source>
        <translation>Aucune anomalie : les périmètres sont propres.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="432"/>
        <source>Concession anomalies</source>
        <translation>Anomalies des concessions</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="500"/>
        <source>Choose the folder of the dossiers.</source>
        <translation>Choisissez le répertoire des dossiers.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="507"/>
        <source>Building the dossiers…</source>
        <translation>Construction des dossiers…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="527"/>
        <source>{} dossiers in {}.</source>
        <translation>{} dossiers dans {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="524"/>
        <source>Building the dossiers was cancelled.</source>
        <translation>Construction des dossiers annulée.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="120"/>
        <source>Gaps and overlaps (slivers included) of a smaller area are not reported; 0 reports them all.</source>
        <translation>Les lacunes et chevauchements (micro-surfaces comprises) de surface inférieure ne sont pas signalés ; 0 les signale tous.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="128"/>
        <source>Smallest area reported</source>
        <translation>Surface minimale signalée</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="149"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="428"/>
        <source>{} ha</source>
        <translation>{} ha</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="429"/>
        <source>{} m²</source>
        <translation>{} m²</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="409"/>
        <source>Perimeters from the decrees</source>
        <translation>Périmètres des décrets</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="217"/>
        <source>Tables (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="218"/>
        <source>CSV, XLSX or ODS file listing the vertices of each decree: concession, vertex order, X, Y.</source>
        <translation>Fichier CSV, XLSX ou ODS des sommets de chaque décret : concession, ordre du sommet, X, Y.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="223"/>
        <source>The CRS the decree gives its coordinates in.</source>
        <translation>Le SCR dans lequel le décret donne ses coordonnées.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="230"/>
        <source>Largest accepted distance between the rebuilt and the drawn boundary.</source>
        <translation>Écart maximal accepté entre le contour reconstruit et le contour dessiné.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="232"/>
        <source>Vertex table</source>
        <translation>Table des sommets</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="233"/>
        <source>Vertex CRS</source>
        <translation>SCR des sommets</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="236"/>
        <source>Rebuild the perimeters</source>
        <translation>Reconstruire les périmètres</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="238"/>
        <source>Compared with the concessions layer and id field chosen above.</source>
        <translation>Comparés à la couche des concessions et au champ identifiant choisis plus haut.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="246"/>
        <source>Choose the vertex table of the decrees, then rebuild the perimeters.</source>
        <translation>Choisissez la table des sommets des décrets, puis reconstruisez les périmètres.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="255"/>
        <source>Double-click a perimeter to zoom to it.</source>
        <translation>Double-cliquez sur un périmètre pour zoomer dessus.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="377"/>
        <source>Rebuilding the perimeters…</source>
        <translation>Reconstruction des périmètres…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="387"/>
        <source>Rebuilding the perimeters was cancelled or failed (see the Processing log).</source>
        <translation>La reconstruction des périmètres a été annulée ou a échoué (voir le journal des traitements).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="402"/>
        <source>Rebuilt perimeters: {}.</source>
        <translation>Périmètres reconstruits : {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/concessions_tab.py" line="405"/>
        <source>{} ({}): {}</source>
        <translation>{} ({}) : {}</translation>
    </message>
</context>
</TS>
