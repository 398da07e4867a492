<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CitesInput</name>
    <message>
        <location filename="../../processing_algorithms/patrimoine/common.py" line="54" />
        <source>The layer of cités cannot be read: choose a polygon layer.</source>
        <translation>La couche des cités est illisible : choisir une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/common.py" line="56" />
        <source>The layer of cités has no field cite_id: the cités are known by their cite_id in the base Sandt and on the sheets. Rename the identifier column to cite_id.</source>
        <translation>La couche des cités n'a pas de champ cite_id : les cités sont connues par leur cite_id dans la base Sandt et sur les fiches. Renommer la colonne de l'identifiant en cite_id.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/common.py" line="66" />
        <source>The layer given as « {} » cannot be read.</source>
        <translation>La couche donnée pour « {} » est illisible.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/common.py" line="75" />
        <source>The layer « {} » has no field {}: choose the field of {}.</source>
        <translation>La couche « {} » n'a pas de champ {} : choisir le champ {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/common.py" line="82" />
        <source>The layer « {} » has none of the fields {}: choose the field of {}.</source>
        <translation>La couche « {} » n'a aucun des champs {} : choisir le champ {}.</translation>
    </message>
</context>
<context>
    <name>PatrimoineCroisementAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="82" />
        <source>Cross the cités with the Sandt base, the hazards and UNESCO</source>
        <translation>Croiser les cités avec la base Sandt, les aléas et l'UNESCO</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="85" />
        <source>One polygon per cité, keeping every field of the cités (the ranking's note, rang, classe, stabilite, scores…), with nom and commune from the Sandt base when the layer lacks them, and: unesco (bien, zone_tampon or hors: the strongest UNESCO perimeter that overlaps the cité), avancement_pct and reseaux_restants (how many of the four networks have a latest status in the base that is not achevé), alea_max (aucun, faible, moyen, fort) and aleas (the "type — niveau" pairs of the mining hazard zones that overlap the cité, each once). A zone that only touches the edge of a cité does not count. Without a hazards or UNESCO layer, those fields stay empty. Typical filters: "unesco" = 'bien' AND "reseaux_restants" &gt; 0 (UNESCO cités whose works are not finished); "classe" = 'exceptionnelle' AND "alea_max" = 'fort'.</source>
        <translation>Un polygone par cité, avec tous les champs de la couche des cités (note, rang, classe, stabilite, notes par critère… du classement), nom et commune tirés de la base Sandt quand la couche ne les a pas, et : unesco (bien, zone_tampon ou hors : le périmètre UNESCO le plus fort qui recouvre la cité), avancement_pct et reseaux_restants (combien des quatre réseaux ont un dernier statut dans la base qui n'est pas achevé), alea_max (aucun, faible, moyen, fort) et aleas (les couples « type — niveau » des zones d'aléa minier qui recouvrent la cité, chacun une fois). Une zone qui ne fait que toucher le bord d'une cité ne compte pas. Sans couche d'aléas ou sans couche UNESCO, ces champs restent vides. Filtres typiques : "unesco" = 'bien' AND "reseaux_restants" &gt; 0 (cités UNESCO dont les travaux ne sont pas finis) ; "classe" = 'exceptionnelle' AND "alea_max" = 'fort'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="98" />
        <source>Cités</source>
        <translation>Cités</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="98" />
        <source>Polygons of the cités with cite_id: the heritage ranking's output, or any layer with classe.</source>
        <translation>Polygones des cités avec cite_id : la sortie du classement patrimonial, ou toute couche portant classe.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="101" />
        <source>Sandt base</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="101" />
        <source>GeoPackage path, or postgis:connection/schema for a PostGIS base.</source>
        <translation>Chemin du GeoPackage, ou postgis:connexion/schéma pour une base PostGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="140" />
        <source>Mining hazards</source>
        <translation>Aléas miniers</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="103" />
        <source>Optional polygons of the mining hazard zones, with a type and a level (faible, moyen, fort).</source>
        <translation>Polygones facultatifs des zones d'aléa minier, avec un type et un niveau (faible, moyen, fort).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="106" />
        <source>Hazard type field</source>
        <translation>Champ du type d'aléa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="106" />
        <source>Field of the hazard type; empty: the first of type, type_alea, alea, nature, phenomene.</source>
        <translation>Champ du type d'aléa ; vide : le premier de type, type_alea, alea, nature, phenomene.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="111" />
        <source>Hazard level field</source>
        <translation>Champ du niveau d'aléa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="111" />
        <source>Field of the hazard level (faible, moyen, fort); empty: the first of niveau, niveau_alea, intensite, level.</source>
        <translation>Champ du niveau d'aléa (faible, moyen, fort) ; vide : le premier de niveau, niveau_alea, intensite, level.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="147" />
        <source>UNESCO perimeters</source>
        <translation>Périmètres UNESCO</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="116" />
        <source>Optional polygons of the UNESCO World Heritage property (bien) and its buffer zone (zone_tampon).</source>
        <translation>Polygones facultatifs du bien inscrit au patrimoine mondial de l'UNESCO (bien) et de sa zone tampon (zone_tampon).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="120" />
        <source>UNESCO perimeter field</source>
        <translation>Champ du périmètre UNESCO</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="120" />
        <source>Field telling bien from zone_tampon; empty: the first of type, perimetre, zone, statut, nature.</source>
        <translation>Champ qui distingue bien et zone_tampon ; vide : le premier de type, perimetre, zone, statut, nature.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="125" />
        <source>Cités crossed</source>
        <translation>Cités croisées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="125" />
        <source>The cités with every field kept and unesco, avancement_pct, reseaux_restants, alea_max, aleas.</source>
        <translation>Les cités avec tous leurs champs, plus unesco, avancement_pct, reseaux_restants, alea_max, aleas.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="141" />
        <source>the hazard type</source>
        <translation>du type d'aléa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="141" />
        <source>the hazard level</source>
        <translation>du niveau d'aléa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="147" />
        <source>bien / zone_tampon</source>
        <translation>bien / zone_tampon</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="193" />
        <source>Cités not in the Sandt base ({}): their progress and remaining networks stay empty: {}</source>
        <translation>Cités absentes de la base Sandt ({}) : leur avancement et leurs réseaux restants restent vides : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="196" />
        <source>{} cités: {} in the UNESCO property, {} in its buffer zone; {} with networks still to renovate; {} under a fort hazard.</source>
        <translation>{} cités : {} dans le bien UNESCO, {} dans sa zone tampon ; {} avec des réseaux encore à rénover ; {} sous un aléa fort.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="200" />
        <source>No hazards layer: alea_max and aleas are left empty.</source>
        <translation>Pas de couche d'aléas : alea_max et aleas restent vides.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="202" />
        <source>No UNESCO layer: unesco is left empty.</source>
        <translation>Pas de couche UNESCO : unesco reste vide.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="247" />
        <source>cite_id given to several cités: {}</source>
        <translation>cite_id donné à plusieurs cités : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="250" />
        <source>{} cités without cite_id</source>
        <translation>{} cités sans cite_id</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="251" />
        <source>{}. Give each cité its own cite_id (the one of the Sandt base), then run again.</source>
        <translation>{}. Donner à chaque cité son propre cite_id (celui de la base Sandt), puis relancer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="257" />
        <source>Hazard levels that are not faible, moyen or fort: {}. They are listed in aleas; alea_max stays empty where one of them could be the highest.</source>
        <translation>Niveaux d'aléa qui ne sont ni faible, ni moyen, ni fort : {}. Ils figurent dans aleas ; alea_max reste vide là où l'un d'eux pourrait être le plus fort.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="264" />
        <source>The field {} of the UNESCO layer holds neither bien nor zone_tampon (values: {}): choose the field that tells the property from its buffer zone.</source>
        <translation>Le champ {} de la couche UNESCO ne contient ni bien ni zone_tampon (valeurs : {}) : choisir le champ qui distingue le bien de sa zone tampon.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/croisement.py" line="268" />
        <source>UNESCO perimeters neither bien nor zone_tampon, left out: {}</source>
        <translation>Périmètres UNESCO ni bien ni zone_tampon, laissés de côté : {}</translation>
    </message>
</context>
<context>
    <name>PatrimoineFichesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="48" />
        <source>Heritage sheets of the cités (PDF)</source>
        <translation>Fiches patrimoniales des cités (PDF)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="51" />
        <source>Writes one A4 PDF sheet per cité, named &lt;cite_id&gt;.pdf, and an index.html listing them, from the crossed cités (the output of « Cross the cités with the Sandt base, the hazards and UNESCO »): a map of the cité on its commune, its class, note, rank and stability, its five criterion scores as a small chart, its VRD operations from the Sandt base (network, year, status, amount, end of works), its mining hazards, its UNESCO status, sources and date. In French. A cité with many operations continues on a second page (and more if needed): no operation is left out. The filter (an expression, e.g. "classe" = 'exceptionnelle') chooses the cités; the optional communes, hazards and UNESCO layers are drawn on the maps.</source>
        <translation>Écrit une fiche PDF A4 par cité, nommée &lt;cite_id&gt;.pdf, et un index.html qui les liste, à partir des cités croisées (la sortie de « Croiser les cités avec la base Sandt, les aléas et l'UNESCO ») : une carte de la cité sur sa commune, sa classe, sa note, son rang et sa stabilité, ses notes sur les cinq critères en petit graphique, ses opérations VRD de la base Sandt (réseau, année, statut, montant, fin des travaux), ses aléas miniers, son statut UNESCO, les sources et la date. En français. Une cité aux nombreuses opérations continue sur une deuxième page (et plus s'il le faut) : aucune opération n'est omise. Le filtre (une expression, par exemple "classe" = 'exceptionnelle') choisit les cités ; les couches facultatives des communes, des aléas et de l'UNESCO sont dessinées sur les cartes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="63" />
        <source>Crossed cités</source>
        <translation>Cités croisées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="63" />
        <source>The output of the crossing (cite_id, classe, note, rang, stabilite, unesco, alea_max, aleas…).</source>
        <translation>La sortie du croisement (cite_id, classe, note, rang, stabilite, unesco, alea_max, aleas…).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="66" />
        <source>Sandt base</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="66" />
        <source>GeoPackage path, or postgis:connection/schema for a PostGIS base: the VRD operations of each cité come from it.</source>
        <translation>Chemin du GeoPackage, ou postgis:connexion/schéma pour une base PostGIS : les opérations VRD de chaque cité en viennent.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="69" />
        <source>Cités to print (filter)</source>
        <translation>Cités à imprimer (filtre)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="155" />
        <source>Communes (map background)</source>
        <translation>Communes (fond de carte)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="72" />
        <source>Optional polygons of the communes (insee, nom): each map shows the cité on its commune.</source>
        <translation>Polygones facultatifs des communes (insee, nom) : chaque carte montre la cité sur sa commune.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="205" />
        <source>Mining hazards (map)</source>
        <translation>Aléas miniers (carte)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="75" />
        <source>Optional hazard zones (type, niveau) drawn on the maps.</source>
        <translation>Zones d'aléa facultatives (type, niveau) dessinées sur les cartes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="210" />
        <source>UNESCO perimeters (map)</source>
        <translation>Périmètres UNESCO (carte)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="78" />
        <source>Optional UNESCO perimeters (bien, zone_tampon) drawn on the maps.</source>
        <translation>Périmètres UNESCO facultatifs (bien, zone_tampon) dessinés sur les cartes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="81" />
        <source>Sheets folder</source>
        <translation>Dossier des fiches</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="81" />
        <source>Folder receiving &lt;cite_id&gt;.pdf for each cité and index.html.</source>
        <translation>Dossier qui reçoit &lt;cite_id&gt;.pdf pour chaque cité et index.html.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="83" />
        <source>Number of sheets written</source>
        <translation>Nombre de fiches écrites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="145" />
        <source>The layer of cités has no field classe: run « Heritage ranking of the cités » (then the crossing) first, and give its output here.</source>
        <translation>La couche des cités n'a pas de champ classe : lancer d'abord « Classement patrimonial des cités » (puis le croisement), et donner ici sa sortie.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="153" />
        <source>The filter « {} » is not a valid expression: {}</source>
        <translation>Le filtre « {} » n'est pas une expression valide : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="187" />
        <source>No cité matches the filter « {} »: nothing to print.</source>
        <translation>Aucune cité ne répond au filtre « {} » : rien à imprimer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="187" />
        <source>The layer of cités holds no feature.</source>
        <translation>La couche des cités ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="206" />
        <source>the hazard type</source>
        <translation>du type d'aléa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="206" />
        <source>the hazard level</source>
        <translation>du niveau d'aléa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="210" />
        <source>bien / zone_tampon</source>
        <translation>bien / zone_tampon</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="226" />
        <source>The sheets cannot be printed: {}</source>
        <translation>Les fiches ne peuvent pas être imprimées : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="229" />
        <source>The PDF sheet could not be written for {}: check that the folder can be written to and that no such PDF is open in another program, then run again.</source>
        <translation>La fiche PDF n'a pas pu être écrite pour {} : vérifier que le dossier est accessible en écriture et qu'aucun de ces PDF n'est ouvert dans un autre logiciel, puis relancer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="236" />
        <source>Cancelled: {} sheets of {} written.</source>
        <translation>Annulé : {} fiches écrites sur {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="238" />
        <source>{} sheets written to {}.</source>
        <translation>{} fiches écrites dans {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="244" />
        <source>Choose the folder of the sheets.</source>
        <translation>Choisir le dossier des fiches.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="248" />
        <source>The sheets folder cannot be created: {}</source>
        <translation>Le dossier des fiches ne peut pas être créé : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="250" />
        <source>The sheets folder {} cannot be written to: choose another folder.</source>
        <translation>Le dossier des fiches {} n'est pas accessible en écriture : choisir un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/fiches.py" line="69" />
        <source>Optional expression choosing the cités, e.g. "note" &gt;= 75. Empty: every cité.</source>
        <translation>Expression facultative qui choisit les cités, par exemple "note" &gt;= 75. Vide : toutes les cités.</translation>
    </message>
</context>
<context>
    <name>PatrimoineGrid</name>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/grid.py" line="79" />
        <source>The criteria must come as pairs of field and weight: {} values given.</source>
        <translation>Les critères vont par couples champ, poids : {} valeurs données.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/grid.py" line="85" />
        <source>Criterion row {}: the field is empty.</source>
        <translation>Ligne de critère {} : le champ est vide.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/grid.py" line="91" />
        <source>Criterion {}: the weight « {} » is not a number.</source>
        <translation>Critère {} : le poids « {} » n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/grid.py" line="94" />
        <source>Criterion {}: a weight cannot be negative ({}).</source>
        <translation>Critère {} : un poids ne peut pas être négatif ({}).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/grid.py" line="97" />
        <source>The criterion {} is given twice.</source>
        <translation>Le critère {} est donné deux fois.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/grid.py" line="101" />
        <source>The grid needs at least {} criteria (a note needs three scores): {} given.</source>
        <translation>La grille demande au moins {} critères (une note demande trois notes de critère) : {} donnés.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/grid.py" line="105" />
        <source>Every weight is zero: give at least one criterion a positive weight.</source>
        <translation>Tous les poids sont nuls : donner un poids positif à au moins un critère.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/grid.py" line="114" />
        <source>A threshold is a note between 0 and 100: {} given.</source>
        <translation>Un seuil est une note entre 0 et 100 : {} donné.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/grid.py" line="117" />
        <source>The remarquable threshold ({}) must be lower than the exceptionnelle threshold ({}).</source>
        <translation>Le seuil remarquable ({}) doit être inférieur au seuil exceptionnelle ({}).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/grid.py" line="125" />
        <source>A number of cités per class cannot be negative: {} given.</source>
        <translation>Un nombre de cités par classe ne peut pas être négatif : {} donné.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/grid.py" line="263" />
        <source>Unknown method « {} »: seuils or effectifs.</source>
        <translation>Méthode « {} » inconnue : seuils ou effectifs.</translation>
    </message>
</context>
<context>
    <name>PatrimoineHierarchieAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="53" />
        <source>Heritage ranking of the cités</source>
        <translation>Classement patrimonial des cités</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="56" />
        <source>Ranks the cités on the heritage grid. Each criterion is a numeric field scored from 0 to 3 (decimals allowed, empty when not scored yet) with a weight (default: architecture, urbanisme, paysage, histoire, symbolique, weight 1 each). note = 100 / 3 × Σ weight × score / Σ weight over the criteria present, rounded to 2 decimals; with fewer than 3 criteria present the note is empty and the class a_completer. rang: 1 = best note, equal notes share a rank (1, 2, 2, 4). classe (exceptionnelle, remarquable, temoin) from the rounded note, by thresholds (note ≥ exceptionnelle threshold, else ≥ remarquable threshold) or by counts (rank ≤ number of exceptionnelles, else ≤ exceptionnelles + remarquables: cités tied at a boundary all take the higher class, and a warning says how many more than asked). stabilite: share of 200 seeded draws, each weight multiplied by its own factor between 0.8 and 1.2, in which the cité keeps its class (the same method, re-ranked by counts): a class that hangs on the choice of weights shows it. Every field of the layer is kept.</source>
        <translation>Classe les cités sur la grille patrimoniale. Chaque critère est un champ numérique noté de 0 à 3 (décimales permises, vide tant qu'il n'est pas noté) avec un poids (par défaut : architecture, urbanisme, paysage, histoire, symbolique, poids 1 chacun). note = 100 / 3 × Σ poids × note du critère / Σ poids sur les critères renseignés, arrondie à 2 décimales ; avec moins de 3 critères renseignés, la note est vide et la classe a_completer. rang : 1 = meilleure note, les notes égales partagent un rang (1, 2, 2, 4). classe (exceptionnelle, remarquable, temoin) d'après la note arrondie, par seuils (note ≥ seuil exceptionnelle, sinon ≥ seuil remarquable) ou par effectifs (rang ≤ nombre d'exceptionnelles, sinon ≤ exceptionnelles + remarquables : les cités ex æquo à une limite prennent toutes la classe supérieure, et un avertissement dit combien de plus que demandé). stabilite : part de 200 tirages reproductibles, chaque poids multiplié par son propre facteur entre 0,8 et 1,2, où la cité garde sa classe (même méthode, reclassement par effectifs) : une classe qui tient au choix des poids se voit. Tous les champs de la couche sont conservés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="70" />
        <source>Cités</source>
        <translation>Cités</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="70" />
        <source>Polygons of the cités with cite_id, nom and one numeric field per criterion (0 to 3).</source>
        <translation>Polygones des cités avec cite_id, nom et un champ numérique par critère (0 à 3).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="74" />
        <source>Criteria (field, weight)</source>
        <translation>Critères (champ, poids)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="74" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="74" />
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="74" />
        <source>One row per criterion: the field of its scores and its weight (flat: field, weight, field, weight…). Empty: architecture, urbanisme, paysage, histoire, symbolique, weight 1 each.</source>
        <translation>Une ligne par critère : le champ de ses notes et son poids (à plat : champ, poids, champ, poids…). Vide : architecture, urbanisme, paysage, histoire, symbolique, poids 1 chacun.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="80" />
        <source>Classes by</source>
        <translation>Classes par</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="84" />
        <source>seuils: classes from the note and the two thresholds; effectifs: the given numbers of best-ranked cités.</source>
        <translation>seuils : classes d'après la note et les deux seuils ; effectifs : les nombres donnés de cités les mieux classées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="87" />
        <source>Exceptionnelle from note</source>
        <translation>Exceptionnelle à partir de la note</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="87" />
        <source>With seuils: a cité whose rounded note reaches this is exceptionnelle.</source>
        <translation>Avec seuils : une cité dont la note arrondie atteint cette valeur est exceptionnelle.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="91" />
        <source>Remarquable from note</source>
        <translation>Remarquable à partir de la note</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="91" />
        <source>With seuils: a cité whose rounded note reaches this (and not the first threshold) is remarquable.</source>
        <translation>Avec seuils : une cité dont la note arrondie atteint cette valeur (et pas le premier seuil) est remarquable.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="96" />
        <source>Number of exceptionnelles</source>
        <translation>Nombre d'exceptionnelles</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="96" />
        <source>With effectifs: the cités ranked up to this are exceptionnelles (more when tied).</source>
        <translation>Avec effectifs : les cités classées jusqu'à ce rang sont exceptionnelles (davantage en cas d'ex æquo).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="100" />
        <source>Number of remarquables</source>
        <translation>Nombre de remarquables</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="100" />
        <source>With effectifs: the next cités, up to this many, are remarquables (more when tied).</source>
        <translation>Avec effectifs : les cités suivantes, jusqu'à ce nombre, sont remarquables (davantage en cas d'ex æquo).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="104" />
        <source>Heritage ranking</source>
        <translation>Classement patrimonial</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="104" />
        <source>The cités with every field kept and note, criteres_manquants, rang, classe, stabilite.</source>
        <translation>Les cités avec tous leurs champs, plus note, criteres_manquants, rang, classe, stabilite.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="108" />
        <source>Number of cités: {}</source>
        <translation>Nombre de cités : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="125" />
        <source>The layer of cités has no field {}: choose, for each criterion, the field of its scores (fields of the layer: {}).</source>
        <translation>La couche des cités n'a pas de champ {} : choisir, pour chaque critère, le champ de ses notes (champs de la couche : {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="152" />
        <source>Scores that are not numbers from 0 to 3 ({}): {}. Correct them (leave empty a criterion not scored yet), then run again.</source>
        <translation>Notes qui ne sont pas des nombres de 0 à 3 ({}) : {}. Les corriger (laisser vide un critère pas encore noté), puis relancer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="180" />
        <source>The layer of cités holds no feature.</source>
        <translation>La couche des cités ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="182" />
        <source>Stability: 200 draws of the weights…</source>
        <translation>Stabilité : 200 tirages des poids…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="214" />
        <source>{} exceptionnelles, {} remarquables, {} témoins, {} à compléter.</source>
        <translation>{} exceptionnelles, {} remarquables, {} témoins, {} à compléter.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="218" />
        <source>{} cités are exceptionnelles where {} were asked ({} more): the cités tied at rank {} (note {}) all take the higher class.</source>
        <translation>{} cités sont exceptionnelles pour {} demandées ({} de plus) : les cités ex æquo au rang {} (note {}) prennent toutes la classe supérieure.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="221" />
        <source>{} cités are exceptionnelles or remarquables where {} were asked ({} more): the cités tied at rank {} (note {}) all take the higher class.</source>
        <translation>{} cités sont exceptionnelles ou remarquables pour {} demandées ({} de plus) : les cités ex æquo au rang {} (note {}) prennent toutes la classe supérieure.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="226" />
        <source>{} cités asked in the first two classes, but only {} cités have a note.</source>
        <translation>{} cités demandées dans les deux premières classes, mais seules {} cités ont une note.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="230" />
        <source>{} cités have fewer than 3 scores and are à compléter: {}</source>
        <translation>{} cités ont moins de 3 critères notés et sont à compléter : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="234" />
        <source>{} cités keep their class in less than 90 % of the draws (the least stable: {}).</source>
        <translation>{} cités gardent leur classe dans moins de 90 % des tirages (les moins stables : {}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/patrimoine/hierarchie.py" line="241" />
        <source>cite_id given to several cités: {}. The crossing with the base Sandt will refuse them.</source>
        <translation>cite_id donné à plusieurs cités : {}. Le croisement avec la base Sandt les refusera.</translation>
    </message>
</context>
<context>
    <name>PatrimoineSheet</name>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/sheet.py" line="207" />
        <source>the layout template cannot be read: {} ({})</source>
        <translation>le modèle de mise en page est illisible : {} ({})</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/patrimoine/sheet.py" line="213" />
        <source>the layout template lacks the map, the table or its second page: {}</source>
        <translation>il manque au modèle de mise en page la carte, le tableau ou sa deuxième page : {}</translation>
    </message>
</context>
<context>
    <name>PatrimoineTab</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="468" />
        <source>Patrimoine</source>
        <translation>Patrimoine</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="188" />
        <source>exceptionnelle</source>
        <translation>exceptionnelle</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="188" />
        <source>remarquable</source>
        <translation>remarquable</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="189" />
        <source>témoin</source>
        <translation>témoin</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="189" />
        <source>à compléter</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="216" />
        <source>Heritage grid</source>
        <translation>Grille patrimoniale</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="295" />
        <source>Cités</source>
        <translation>Cités</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="225" />
        <source>Criterion field</source>
        <translation>Champ du critère</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="225" />
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="230" />
        <source>One row per criterion: the field of its scores (0 to 3) and its weight.</source>
        <translation>Une ligne par critère : le champ de ses notes (0 à 3) et son poids.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="233" />
        <source>Add a criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="234" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="243" />
        <source>Thresholds on the note</source>
        <translation>Seuils de note</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="244" />
        <source>Numbers of cités</source>
        <translation>Nombres de cités</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="245" />
        <source>Classes by</source>
        <translation>Classes par</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="262" />
        <source>Exceptionnelles</source>
        <translation>Exceptionnelles</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="262" />
        <source>Remarquables</source>
        <translation>Remarquables</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="270" />
        <source>Rank the cités</source>
        <translation>Classer les cités</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="279" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="285" />
        <source>Choose the layer of cités and the criteria, then rank them.</source>
        <translation>Choisir la couche des cités et les critères, puis classer.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="291" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="295" />
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="295" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="303" />
        <source>Rank the cités to see their notes by class.</source>
        <translation>Classer les cités pour voir leurs notes par classe.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="309" />
        <source>Crossing with the works and the hazards</source>
        <translation>Croisement avec les travaux et les aléas</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="314" />
        <source>GeoPackage, or postgis:connection/schema</source>
        <translation>GeoPackage, ou postgis:connexion/schéma</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="319" />
        <source>GeoPackage…</source>
        <translation>GeoPackage…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="320" />
        <source>PostGIS connection…</source>
        <translation>Connexion PostGIS…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="324" />
        <source>Sandt base</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="327" />
        <source>Mining hazards</source>
        <translation>Aléas miniers</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="330" />
        <source>UNESCO</source>
        <translation>UNESCO</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="331" />
        <source>Cross</source>
        <translation>Croiser</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="339" />
        <source>Sheets (PDF)</source>
        <translation>Fiches (PDF)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="343" />
        <source>Communes (maps)</source>
        <translation>Communes (cartes)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="347" />
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="350" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="351" />
        <source>Build the sheets</source>
        <translation>Construire les fiches</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="356" />
        <source>Double-click a sheet to open it.</source>
        <translation>Double-cliquer sur une fiche pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="670" />
        <source>A computation is already running.</source>
        <translation>Un calcul est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="484" />
        <source>The Bassin minier Processing provider is not loaded.</source>
        <translation>Le fournisseur de traitements Bassin minier n'est pas chargé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="504" />
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="506" />
        <source>see the QGIS message log</source>
        <translation>voir le journal des messages de QGIS</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="507" />
        <source>The computation failed: {}</source>
        <translation>Le calcul a échoué : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="673" />
        <source>Choose the layer of cités first.</source>
        <translation>Choisir d'abord la couche des cités.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="541" />
        <source>Give at least three criteria (a note needs three scores).</source>
        <translation>Donner au moins trois critères (une note demande trois notes de critère).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="543" />
        <source>Ranking: notes, then 200 draws of the weights…</source>
        <translation>Classement : notes, puis 200 tirages des poids…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="547" />
        <source>Heritage ranking</source>
        <translation>Classement patrimonial</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="558" />
        <source>Ranked: {}.</source>
        <translation>Classées : {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="593" />
        <source>Open a Sandt base</source>
        <translation>Ouvrir une base Sandt</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="593" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="604" />
        <source>No saved PostgreSQL connection: add one in the Data Source Manager.</source>
        <translation>Aucune connexion PostgreSQL enregistrée : en ajouter une dans le gestionnaire des sources de données.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="609" />
        <source>PostGIS base</source>
        <translation>Base PostGIS</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="606" />
        <source>Saved connection</source>
        <translation>Connexion enregistrée</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="609" />
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="673" />
        <source>Choose the Sandt base (GeoPackage or PostGIS).</source>
        <translation>Choisir la base Sandt (GeoPackage ou PostGIS).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="631" />
        <source>Crossing with the Sandt base, the hazards and UNESCO…</source>
        <translation>Croisement avec la base Sandt, les aléas et l'UNESCO…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="635" />
        <source>Cités crossed (patrimoine)</source>
        <translation>Cités croisées (patrimoine)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="646" />
        <source>Crossed: {} cités in the UNESCO property and {} in its buffer zone; {} with networks still to renovate.</source>
        <translation>Croisement : {} cités dans le bien UNESCO et {} dans sa zone tampon ; {} avec des réseaux encore à rénover.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="673" />
        <source>Choose the folder of the sheets.</source>
        <translation>Choisir le dossier des fiches.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="688" />
        <source>Printing the sheets…</source>
        <translation>Impression des fiches…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="696" />
        <source>The sheets could not be printed: {}</source>
        <translation>Les fiches n'ont pas pu être imprimées : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="707" />
        <source>Cancelled: {} sheets written in {}.</source>
        <translation>Annulé : {} fiches écrites dans {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="710" />
        <source>{} sheets written in {}.</source>
        <translation>{} fiches écrites dans {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="346" />
        <source>Which cités get a sheet, e.g. "note" &gt;= 75. Empty: all.</source>
        <translation>Les cités qui ont une fiche, par exemple "note" &gt;= 75. Vide : toutes.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="253" />
        <source>Exceptionnelle ≥</source>
        <translation>Exceptionnelle ≥</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/patrimoine_tab.py" line="253" />
        <source>Remarquable ≥</source>
        <translation>Remarquable ≥</translation>
    </message>
</context>
</TS>
