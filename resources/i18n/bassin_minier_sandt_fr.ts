<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>SandtBaseField</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="851" />
        <source>Open a Sandt base</source>
        <translation>Ouvrir une base Sandt</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="851" />
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="861" />
        <source>PostGIS base</source>
        <translation>Base PostGIS</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="865" />
        <source>No saved PostgreSQL connection: add one in the Data Source Manager.</source>
        <translation>Aucune connexion PostgreSQL enregistrée : en ajouter une dans le Gestionnaire des sources de données.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="868" />
        <source>Saved connection</source>
        <translation>Connexion enregistrée</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="871" />
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="884" />
        <source>GeoPackage, or postgis:connection/schema</source>
        <translation>GeoPackage, ou postgis:connexion/schéma</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="889" />
        <source>GeoPackage…</source>
        <translation>GeoPackage…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="890" />
        <source>PostGIS connection…</source>
        <translation>Connexion PostGIS…</translation>
    </message>
</context>
<context>
    <name>SandtCreateAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="28" />
        <source>Create the Sandt base</source>
        <translation>Créer la base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="31" />
        <source>Creates a new Sandt base (GeoPackage, or a PostGIS schema) from a polygon layer of cités minières with the fields cite_id, nom, insee and optionally commune and nb_logements. The base holds the tables cites, operations, historique, imports and alias. A duplicate or empty cite_id is refused and listed.</source>
        <translation>Crée une nouvelle base Sandt (GeoPackage ou schéma PostGIS) à partir d'une couche de polygones des cités minières portant les champs cite_id, nom, insee et, en option, commune et nb_logements. La base contient les tables cites, operations, historique, imports et alias. Un cite_id vide ou en double est refusé et listé.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="38" />
        <source>Cités minières</source>
        <translation>Cités minières</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="38" />
        <source>Polygons of the cités with cite_id (unique), nom, insee; commune and nb_logements optional.</source>
        <translation>Polygones des cités avec cite_id (unique), nom, insee ; commune et nb_logements facultatifs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="41" />
        <source>Sandt base (GeoPackage)</source>
        <translation>Base Sandt (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="41" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="44" />
        <source>PostGIS base instead (postgis:connection/schema)</source>
        <translation>Base PostGIS à la place (postgis:connexion/schéma)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="44" />
        <source>To create the base in PostgreSQL: postgis: followed by the name of a QGIS saved connection, a slash and the schema. Credentials come from the connection's QGIS authentication.</source>
        <translation>Pour créer la base dans PostgreSQL : postgis: suivi du nom d'une connexion enregistrée dans QGIS, d'une barre oblique et du schéma. Les identifiants viennent de l'authentification QGIS de la connexion.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="49" />
        <source>Base location</source>
        <translation>Emplacement de la base</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="58" />
        <source>The layer of cités cannot be read.</source>
        <translation>La couche des cités est illisible.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="62" />
        <source>The layer of cités lacks the fields: {}. Rename its columns.</source>
        <translation>La couche des cités n'a pas les champs : {}. Renommer ses colonnes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="99" />
        <source>Sandt base created with {} cités: {}</source>
        <translation>Base Sandt créée avec {} cités : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="41" />
        <source>The new GeoPackage. An existing file is replaced, unless it is a Sandt base that holds imports.</source>
        <translation>Le nouveau GeoPackage. Un fichier existant est remplacé, sauf s'il s'agit d'une base Sandt qui contient des imports.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="92" />
        <source>nb_logements is not a number for {} cités, left empty: {}</source>
        <translation>nb_logements n'est pas un nombre pour {} cités, laissé vide : {}</translation>
    </message>
</context>
<context>
    <name>SandtLabels</name>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="29" />
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="30" />
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="31" />
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="32" />
        <source>not found</source>
        <translation>non trouvé</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="33" />
        <source>ambiguous</source>
        <translation>ambigu</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="34" />
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="35" />
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="47" />
        <source>not started</source>
        <translation>non engagé</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="48" />
        <source>programmed</source>
        <translation>programmé</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="49" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="50" />
        <source>finished</source>
        <translation>achevé</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="62" />
        <source>roads</source>
        <translation>voirie</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="63" />
        <source>sewerage</source>
        <translation>assainissement</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="64" />
        <source>drinking water</source>
        <translation>eau potable</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="65" />
        <source>street lighting</source>
        <translation>éclairage public</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="77" />
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="78" />
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="90" />
        <source>operation</source>
        <translation>opération</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="91" />
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="92" />
        <source>amount excl. VAT</source>
        <translation>montant HT</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="93" />
        <source>length (m)</source>
        <translation>longueur (m)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="94" />
        <source>end of works</source>
        <translation>fin des travaux</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="95" />
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="96" />
        <source>updated on</source>
        <translation>mis à jour le</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="97" />
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="98" />
        <source>progress (%)</source>
        <translation>avancement (%)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="106" />
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="112" />
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/labels.py" line="113" />
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
</context>
<context>
    <name>SandtNames</name>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/names.py" line="345" />
        <source>No cité of the base for the INSEE code {}: check the commune.</source>
        <translation>Aucune cité de la base pour le code INSEE {} : vérifier la commune.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/names.py" line="347" />
        <source>No cité of the base for the commune "{}": check the commune.</source>
        <translation>Aucune cité de la base pour la commune « {} » : vérifier la commune.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/names.py" line="352" />
        <source>Cité recognised by a saved alias.</source>
        <translation>Cité reconnue par un alias enregistré.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/names.py" line="356" />
        <source>The INSEE code {} is that of {} in the base, not of "{}": correct the INSEE code or the commune.</source>
        <translation>Le code INSEE {} est celui de {} dans la base, pas de « {} » : corriger le code INSEE ou la commune.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/names.py" line="361" />
        <source>No cité of the base for the INSEE code {}: check the code.</source>
        <translation>Aucune cité de la base pour le code INSEE {} : vérifier le code.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/names.py" line="375" />
        <source>Cité "{}" is not in the base for this commune. The closest, "{}" ({}), is under the threshold {}. Correct the name or choose the cité.</source>
        <translation>Cité « {} » absente de la base pour cette commune. La plus proche, « {} » ({}), est sous le seuil {}. Corriger le nom ou choisir la cité.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/names.py" line="379" />
        <source>Cité "{}" is not in the base for this commune. Correct the name or choose the cité.</source>
        <translation>Cité « {} » absente de la base pour cette commune. Corriger le nom ou choisir la cité.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/names.py" line="385" />
        <source>"{}" ({})</source>
        <translation>« {} » ({})</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/names.py" line="387" />
        <source>Cité "{}": several cités are possible ({}). Choose the cité.</source>
        <translation>Cité « {} » : plusieurs cités possibles ({}). Choisir la cité.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/names.py" line="391" />
        <source>Name matched to "{}".</source>
        <translation>Nom rapproché de « {} ».</translation>
    </message>
</context>
<context>
    <name>SandtPlanning</name>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="37" />
        <source>INSEE code (field "INSEE code column")</source>
        <translation>Code INSEE (champ « Colonne du code INSEE »)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="38" />
        <source>Commune (field "Commune column")</source>
        <translation>Commune (champ « Colonne de la commune »)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="39" />
        <source>Cité (field "Cité column")</source>
        <translation>Cité (champ « Colonne de la cité »)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="40" />
        <source>Network (field "Network column")</source>
        <translation>Réseau (champ « Colonne du réseau »)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="41" />
        <source>Status (field "Status column")</source>
        <translation>Statut (champ « Colonne du statut »)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="42" />
        <source>Programme year (field "Programme year column")</source>
        <translation>Année programme (champ « Colonne de l'année de programme »)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="43" />
        <source>Amount excl. VAT (field "Amount excl. VAT column")</source>
        <translation>Montant HT (champ « Colonne du montant HT »)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="44" />
        <source>Length (field "Length column")</source>
        <translation>Longueur (champ « Colonne de la longueur »)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="45" />
        <source>End of works date (field "End of works date column")</source>
        <translation>Date fin travaux (champ « Colonne de la date de fin de travaux »)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="74" />
        <source>The column "{}" given for {} does not exist in the table (columns: {}).</source>
        <translation>La colonne « {} » indiquée pour {} n'existe pas dans le tableau (colonnes : {}).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="96" />
        <source>{} or {}</source>
        <translation>{} ou {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="98" />
        <source>No usable header for: {}. Columns read: {}. The header row must name the columns (Code INSEE, Commune, Cité, Réseau, Statut, Année programme…), or give the columns in the fields of the dialog.</source>
        <translation>Aucun en-tête utilisable pour : {}. Colonnes lues : {}. La ligne d'en-têtes doit nommer les colonnes (Code INSEE, Commune, Cité, Réseau, Statut, Année programme…), ou indiquer les colonnes dans les champs de la boîte de dialogue.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="98" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="188" />
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="190" />
        <source>Unreadable line: {}. Line as typed: "{}"</source>
        <translation>Ligne illisible : {}. Ligne telle que saisie : « {} »</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="191" />
        <source>Total line ("{}"): a total or sub-total line is never imported.</source>
        <translation>Ligne de total (« {} ») : une ligne de total ou de sous-total n'est jamais importée.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="192" />
        <source>Invalid line: {}.</source>
        <translation>Ligne invalide : {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="229" />
        <source>{} {} ≠ {}</source>
        <translation>{} {} ≠ {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="233" />
        <source>Same cité, network and year as line {} but other values ({}): only line {} is taken; correct the file and import it again.</source>
        <translation>Même cité, réseau et année que la ligne {} mais d'autres valeurs ({}) : seule la ligne {} est prise ; corriger le fichier et le réimporter.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="237" />
        <source>Repeats line {} (same values): line ignored.</source>
        <translation>Répète la ligne {} (mêmes valeurs) : ligne ignorée.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="193" />
        <source>New operation: {} {}.</source>
        <translation>Nouvelle opération : {} {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="194" />
        <source>Changed: {}.</source>
        <translation>Modifié : {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="195" />
        <source>{} {} → {}</source>
        <translation>{} {} → {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/planning.py" line="196" />
        <source>Already up to date.</source>
        <translation>Déjà à jour.</translation>
    </message>
</context>
<context>
    <name>SandtProgressAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="40" />
        <source>Sandt progress by commune or EPCI</source>
        <translation>Avancement Sandt par commune ou EPCI</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="43" />
        <source>Summarises the Sandt base per commune or per EPCI (communes dissolved): number of cités and dwellings, cités per state (non_engage, programme, en_cours, acheve), share of dwellings in cités whose four networks are finished, total amount excl. VAT. The output is styled as a choropleth on pct_logements_acheve.</source>
        <translation>Résume la base Sandt par commune ou par EPCI (communes fusionnées) : nombre de cités et de logements, cités par état (non_engage, programme, en_cours, acheve), part des logements dans les cités dont les quatre réseaux sont achevés, montant HT total. La sortie est stylée en carte choroplèthe sur pct_logements_acheve.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="50" />
        <source>Sandt base</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="50" />
        <source>GeoPackage path, or postgis:connection/schema for a PostGIS base.</source>
        <translation>Chemin du GeoPackage, ou postgis:connexion/schéma pour une base PostGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="52" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="52" />
        <source>Commune polygons with their INSEE code and their EPCI.</source>
        <translation>Polygones des communes avec leur code INSEE et leur EPCI.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="55" />
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="59" />
        <source>commune: one polygon per commune; epci: communes dissolved per EPCI.</source>
        <translation>commune : un polygone par commune ; epci : communes fusionnées par EPCI.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="60" />
        <source>INSEE code field</source>
        <translation>Champ du code INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="60" />
        <source>Field of the communes holding the INSEE code (blank: insee).</source>
        <translation>Champ des communes portant le code INSEE (vide : insee).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="63" />
        <source>EPCI field</source>
        <translation>Champ de l'EPCI</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="63" />
        <source>Field of the communes holding the EPCI code (needed to group by EPCI).</source>
        <translation>Champ des communes portant le code de l'EPCI (nécessaire pour regrouper par EPCI).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="66" />
        <source>Sandt progress</source>
        <translation>Avancement Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="66" />
        <source>Polygons with nb_cites, nb_logements, nb_cites per state, pct_logements_acheve and montant_ht_total.</source>
        <translation>Polygones avec nb_cites, nb_logements, nb_cites par état, pct_logements_acheve et montant_ht_total.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="94" />
        <source>The communes layer cannot be read.</source>
        <translation>La couche des communes est illisible.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="105" />
        <source>The communes layer has no field {}.</source>
        <translation>La couche des communes n'a pas de champ {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="107" />
        <source>Grouping by EPCI needs the EPCI field of the communes.</source>
        <translation>Le regroupement par EPCI demande le champ EPCI des communes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="114" />
        <source>The communes layer has no feature.</source>
        <translation>La couche des communes ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="117" />
        <source>No cité of the base lies in these communes: check that the field {} holds the INSEE codes of the communes of the base.</source>
        <translation>Aucune cité de la base n'est dans ces communes : vérifier que le champ {} contient les codes INSEE des communes de la base.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="121" />
        <source>{} cités of the base are in no commune of the layer and are left out of the totals: {}</source>
        <translation>{} cités de la base ne sont dans aucune commune de la couche et sont laissées hors des totaux : {}</translation>
    </message>
</context>
<context>
    <name>SandtRules</name>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="320" />
        <source>INSEE code "{}" is malformed (5 digits expected)</source>
        <translation>code INSEE « {} » mal formé (5 chiffres attendus)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="322" />
        <source>neither INSEE code nor commune: fill in one of them</source>
        <translation>ni code INSEE ni commune : renseigner l'un des deux</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="324" />
        <source>empty cité name: fill in the cité</source>
        <translation>nom de cité vide : renseigner la cité</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="326" />
        <source>cité name "{}" is uncertain: give the cité for sure</source>
        <translation>nom de cité « {} » incertain : indiquer la cité de façon sûre</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="332" />
        <source>network "{}" is uncertain: give the network for sure</source>
        <translation>réseau « {} » incertain : indiquer le réseau de façon sûre</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="335" />
        <source>unknown network "{}" (roads, sewerage, drinking water or street lighting)</source>
        <translation>réseau « {} » inconnu (voirie, assainissement, eau potable ou éclairage public)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="341" />
        <source>status "{}" is uncertain: import only a confirmed status</source>
        <translation>statut « {} » incertain : n'importer qu'un statut confirmé</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="344" />
        <source>unknown status "{}" (programmed, in progress or finished)</source>
        <translation>statut « {} » inconnu (programmé, en cours ou achevé)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="351" />
        <source>programme year {} is impossible (between {} and {})</source>
        <translation>année de programme {} impossible (entre {} et {})</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="354" />
        <source>empty programme year: fill it in</source>
        <translation>année de programme vide : la renseigner</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="356" />
        <source>programme year "{}" is unreadable (4 digits expected)</source>
        <translation>année de programme « {} » illisible (4 chiffres attendus)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="376" />
        <source>end of works date "{}" is unreadable (dd/mm/yyyy expected)</source>
        <translation>date de fin de travaux « {} » illisible (jj/mm/aaaa attendu)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="385" />
        <source>negative amount excl. VAT ({}): correct the amount</source>
        <translation>montant HT négatif ({}) : corriger le montant</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="386" />
        <source>amount excl. VAT "{0}" is ambiguous: write {1} or {2}</source>
        <translation>montant HT « {0} » ambigu : écrire {1} ou {2}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="387" />
        <source>amount excl. VAT "{}" is not a finite number: correct the cell</source>
        <translation>montant HT « {} » qui n'est pas un nombre fini : corriger la cellule</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="388" />
        <source>amount excl. VAT "{}" is implausible (over one billion euros): correct the cell</source>
        <translation>montant HT « {} » invraisemblable (plus d'un milliard d'euros) : corriger la cellule</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="391" />
        <source>amount excl. VAT "{}" is not a number</source>
        <translation>montant HT « {} » non numérique</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="394" />
        <source>negative length ({}): correct the length</source>
        <translation>longueur négative ({}) : corriger la longueur</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="395" />
        <source>length "{0}" is ambiguous: write {1} or {2}</source>
        <translation>longueur « {0} » ambiguë : écrire {1} ou {2}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="396" />
        <source>length "{}" is not a finite number: correct the cell</source>
        <translation>longueur « {} » qui n'est pas un nombre fini : corriger la cellule</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="397" />
        <source>length "{}" is implausible (over 100 km): correct the cell</source>
        <translation>longueur « {} » invraisemblable (plus de 100 km) : corriger la cellule</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/rules.py" line="400" />
        <source>length "{}" is not a number</source>
        <translation>longueur « {} » non numérique</translation>
    </message>
</context>
<context>
    <name>SandtStorage</name>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="131" />
        <source>No base given: choose a GeoPackage or a PostGIS base.</source>
        <translation>Aucune base indiquée : choisir un GeoPackage ou une base PostGIS.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="136" />
        <source>PostGIS base "{}": write postgis:&lt;connection name&gt;/&lt;schema&gt;.</source>
        <translation>Base PostGIS « {} » : écrire postgis:&lt;nom de la connexion&gt;/&lt;schéma&gt;.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="156" />
        <source>The PostgreSQL connection "{}" does not exist in QGIS: create it in the Data Source Manager.</source>
        <translation>La connexion PostgreSQL « {} » n'existe pas dans QGIS : la créer dans le Gestionnaire des sources de données.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="211" />
        <source>The table "{}" of the base {} cannot be read: is it really a Sandt base (made by "Create the Sandt base")?</source>
        <translation>La table « {} » de la base {} est illisible : est-ce bien une base Sandt (créée par « Créer la base Sandt ») ?</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="200" />
        <source>The PostgreSQL base {} cannot be read: {}</source>
        <translation>La base PostgreSQL {} est illisible : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="206" />
        <source>The Sandt base {} does not exist: create it first (Create the Sandt base).</source>
        <translation>La base Sandt {} n'existe pas : la créer d'abord (Créer la base Sandt).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="252" />
        <source>the layer of cités is empty</source>
        <translation>la couche des cités est vide</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="254" />
        <source>empty cite_id for the features {}</source>
        <translation>cite_id vide pour les entités {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="256" />
        <source>duplicate cite_id: {}</source>
        <translation>cite_id en double : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="264" />
        <source>malformed INSEE code (5 characters expected): {}</source>
        <translation>code INSEE mal formé (5 caractères attendus) : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="268" />
        <source>geometries that are not polygons: {}</source>
        <translation>géométries qui ne sont pas des polygones : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="271" />
        <source>invalid geometries (tool "Fix geometries"): {}</source>
        <translation>géométries invalides (outil « Réparer les géométries ») : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="274" />
        <source>Base not created: {}. Correct the layer of cités.</source>
        <translation>Base non créée : {}. Corriger la couche des cités.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="274" />
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="311" />
        <source>Base not created: {} is already a Sandt base with {} import(s) and their history. Choose another file or schema (or delete the old base if that is really wanted).</source>
        <translation>Base non créée : {} est déjà une base Sandt avec {} import(s) et leur historique. Choisir un autre fichier ou schéma (ou supprimer l'ancienne base si c'est vraiment voulu).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="332" />
        <source>The file {} already exists.</source>
        <translation>Le fichier {} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="338" />
        <source>Cannot write {} ({}): close this file if it is open (QGIS project, other software) or choose another name.</source>
        <translation>Impossible d'écrire {} ({}) : fermer ce fichier s'il est ouvert (projet QGIS, autre logiciel) ou choisir un autre nom.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="348" />
        <source>Cannot create {}: {}</source>
        <translation>Impossible de créer {} : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="371" />
        <source>The table {}.{} already exists.</source>
        <translation>La table {}.{} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="380" />
        <source>Base not created in {}: {}</source>
        <translation>Base non créée dans {} : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="406" />
        <source>Cannot open a transaction on the base {}.</source>
        <translation>Impossible d'ouvrir une transaction sur la base {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="409" />
        <source>Cannot open a transaction on the base {}: {}</source>
        <translation>Impossible d'ouvrir une transaction sur la base {} : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="419" />
        <source>Writing to the base failed, nothing was changed: {}</source>
        <translation>L'écriture dans la base a échoué, rien n'a été modifié : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="560" />
        <source>Import refused: {} operation(s) it would change have changed since it was prepared (revision {} → {}), probably by another import at the same time: {}. Nothing was written; run the dry run again, then apply.</source>
        <translation>Import refusé : {} opération(s) qu'il modifierait ont changé depuis sa préparation (révision {} → {}), sans doute par un autre import simultané : {}. Rien n'a été écrit ; relancer la simulation puis appliquer.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="631" />
        <source>The base {} has no revision: it is not a Sandt base.</source>
        <translation>La base {} n'a pas de révision : ce n'est pas une base Sandt.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="688" />
        <source>Import {} does not exist in the base (imports: {}).</source>
        <translation>L'import {} n'existe pas dans la base (imports : {}).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="688" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="691" />
        <source>Import {} is already undone.</source>
        <translation>L'import {} est déjà annulé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="700" />
        <source>import {}</source>
        <translation>l'import {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="702" />
        <source>imports {} (the latest first)</source>
        <translation>les imports {} (du plus récent au plus ancien)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="704" />
        <source>Undo refused: import {} has since changed operations of import {} (imports {}). Undo {} first.</source>
        <translation>Annulation refusée : l'import {} a modifié depuis des opérations de l'import {} (imports {}). Annuler d'abord {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="758" />
        <source>The cité {} does not exist in the base.</source>
        <translation>La cité {} n'existe pas dans la base.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="796" />
        <source>An amount or a length is not a finite number: nothing was written.</source>
        <translation>Un montant ou une longueur n'est pas un nombre fini : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="810" />
        <source>PostGIS schema "{}" refused: a schema name holds only letters without accents, digits and "_", does not start with a digit and has at most 63 characters (e.g. sandt, sandt_2026).</source>
        <translation>Schéma PostGIS « {} » refusé : un nom de schéma ne contient que des lettres sans accent, des chiffres et « _ », ne commence pas par un chiffre et compte au plus 63 caractères (par exemple sandt, sandt_2026).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="836" />
        <source>feature {}</source>
        <translation>entité {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="886" />
        <source>Cannot write into the table "{}": {}</source>
        <translation>Écriture impossible dans la table « {} » : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="894" />
        <source>Cannot update the table "{}": {}</source>
        <translation>Mise à jour impossible dans la table « {} » : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/storage.py" line="727" />
        <source>Cannot delete from the table "{}": {}</source>
        <translation>Suppression impossible dans la table « {} » : {}</translation>
    </message>
</context>
<context>
    <name>SandtTab</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="261" />
        <source>Base Sandt</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="95" />
        <source>Base and programme</source>
        <translation>Base et programme</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="100" />
        <source>GeoPackage, or postgis:connection/schema</source>
        <translation>GeoPackage, ou postgis:connexion/schéma</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="102" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="105" />
        <source>GeoPackage…</source>
        <translation>GeoPackage…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="106" />
        <source>PostGIS connection…</source>
        <translation>Connexion PostGIS…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="107" />
        <source>Create from the active layer of cités…</source>
        <translation>Créer depuis la couche active des cités…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="110" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="115" />
        <source>CSV, XLSX or ODS programme file</source>
        <translation>Fichier de programme CSV, XLSX ou ODS</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="120" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="132" />
        <source>Dry run</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="135" />
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="158" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="645" />
        <source>Keep this cité</source>
        <translation>Retenir cette cité</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="217" />
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="781" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="203" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="203" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="226" />
        <source>Select a cité on the map to see its operations and history.</source>
        <translation>Sélectionner une cité sur la carte pour voir ses opérations et son historique.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="297" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="295" />
        <source>Select the polygon layer of cités in the Layers panel first.</source>
        <translation>Sélectionner d'abord la couche de polygones des cités dans le panneau Couches.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="297" />
        <source>New Sandt base</source>
        <translation>Nouvelle base Sandt</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="319" />
        <source>Programme file</source>
        <translation>Fichier de programme</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="319" />
        <source>Tables (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="369" />
        <source>The Processing provider of the plugin is not loaded.</source>
        <translation>Le fournisseur Traitements de l'extension n'est pas chargé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="365" />
        <source>Failed: {}</source>
        <translation>Échec : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="400" />
        <source>Dry run in progress…</source>
        <translation>Simulation en cours…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="421" />
        <source>Import in progress…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="557" />
        <source>Dry run: {}. Nothing was written.</source>
        <translation>Simulation : {}. Rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="565" />
        <source>Import {} applied: {}.</source>
        <translation>Import {} appliqué : {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="696" />
        <source>Select an import in the list first.</source>
        <translation>Choisir d'abord un import dans la liste.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="707" />
        <source>Undoing import {}…</source>
        <translation>Annulation de l'import {}…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="711" />
        <source>Import {} undone.</source>
        <translation>Import {} annulé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="731" />
        <source>Cités (base Sandt)</source>
        <translation>Cités (base Sandt)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="733" />
        <source>The cités of this base cannot be read.</source>
        <translation>Les cités de cette base sont illisibles.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="781" />
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="781" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="781" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="781" />
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="790" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="687" />
        <source>{} inserted, {} updated, {} set aside</source>
        <translation>{} insérées, {} mises à jour, {} écartées</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="418" />
        <source>The programme file changed since the dry run: run the dry run again and review it before applying.</source>
        <translation>Le fichier de programme a changé depuis la simulation : relancer la simulation et la relire avant d'appliquer.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="118" />
        <source>Choose the programme file</source>
        <translation>Choisir le fichier du programme</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="123" />
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="133" />
        <source>Read the programme and show what the import would do, without writing anything.</source>
        <translation>Lire le programme et montrer ce que ferait l'import, sans rien écrire.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="136" />
        <source>Write the reviewed import into the base, in one transaction.</source>
        <translation>Écrire dans la base l'import vérifié, en une seule transaction.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="138" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="139" />
        <source>Stop the dry run or the import under way (nothing is written).</source>
        <translation>Arrêter la simulation ou l'import en cours (rien n'est écrit).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="163" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="228" />
        <source>Cité</source>
        <translation>Cité</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="163" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="163" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="163" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="178" />
        <source>Cité for the selected line:</source>
        <translation>Cité de la ligne choisie :</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="185" />
        <source>Keep this cité…</source>
        <translation>Retenir cette cité…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="187" />
        <source>Saved as an alias in the base, after confirmation: later imports will recognise this name.</source>
        <translation>Enregistrée comme alias dans la base, après confirmation : les imports suivants reconnaîtront ce nom.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="203" />
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="214" />
        <source>Undo the selected import…</source>
        <translation>Annuler l'import choisi…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="215" />
        <source>Restore what the import changed, after confirmation.</source>
        <translation>Rétablir ce que l'import a changé, après confirmation.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="221" />
        <source>Cités on the map</source>
        <translation>Cités sur la carte</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="275" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="276" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="306" />
        <source>Creating the base…</source>
        <translation>Création de la base…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="313" />
        <source>Sandt base created with {} cités: {}</source>
        <translation>Base Sandt créée avec {} cités : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="340" />
        <source>First sheet with the columns</source>
        <translation>Première feuille portant les colonnes</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="362" />
        <source>Stopped: nothing was written.</source>
        <translation>Arrêté : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="512" />
        <source>All lines ({})</source>
        <translation>Toutes les lignes ({})</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="548" />
        <source>no line</source>
        <translation>aucune ligne</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="601" />
        <source>Line {} — {}: {}</source>
        <translation>Ligne {} — {} : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="619" />
        <source>Choose the cité…</source>
        <translation>Choisir la cité…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="621" />
        <source>{} — {} ({}), score {}</source>
        <translation>{} — {} ({}), score {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="623" />
        <source>None of these cités</source>
        <translation>Aucune de ces cités</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="633" />
        <source>Choose the cité of the selected line first.</source>
        <translation>Choisir d'abord la cité de la ligne sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="638" />
        <source>Line {} stays unresolved: correct the name in the file, or add the cité to the base, then run the dry run again.</source>
        <translation>La ligne {} reste sans cité : corriger le nom dans le fichier, ou ajouter la cité à la base, puis relancer la simulation.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="642" />
        <source>From now on, "{}" typed in the programmes of {} will mean the cité "{}" ({}), for this import and every later one.

Save this alias in the base?</source>
        <translation>Désormais, « {} » saisi dans les programmes de {} désignera la cité « {} » ({}), pour cet import et tous les suivants.

Enregistrer cet alias dans la base ?</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="646" />
        <source>Nothing saved.</source>
        <translation>Rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="653" />
        <source>Alias saved: "{}" is "{}" from now on.</source>
        <translation>Alias enregistré : « {} » désigne désormais « {} ».</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="701" />
        <source>Undo import {} of {} (file "{}": {})?

The operations it added are removed and those it changed get back their previous values.</source>
        <translation>Annuler l'import {} du {} (fichier « {} » : {}) ?

Les opérations qu'il a ajoutées sont supprimées et celles qu'il a modifiées retrouvent leurs valeurs précédentes.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="704" />
        <source>Undo an import</source>
        <translation>Annuler un import</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="705" />
        <source>Nothing undone.</source>
        <translation>Rien n'a été annulé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="778" />
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="800" />
        <source>the cité</source>
        <translation>la cité</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="803" />
        <source>import {} — {}: operation {}</source>
        <translation>import {} — {} : opération {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="805" />
        <source>import {} — {} — {}: {} → {}</source>
        <translation>import {} — {} — {} : {} → {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="597" />
        <source>Line {} — {} — {}: {}</source>
        <translation>Ligne {} — {} — {} : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="203" />
        <source>File and lines</source>
        <translation>Fichier et lignes</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="547" />
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="222" />
        <source>Add the cités of the base to the map; select one to see its operations and history here.</source>
        <translation>Ajouter les cités de la base à la carte ; en sélectionner une pour voir ici ses opérations et son historique.</translation>
    </message>
</context>
<context>
    <name>SandtTable</name>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="130" />
        <source>The file "{}" cannot be found: check the path.</source>
        <translation>Le fichier « {} » est introuvable : vérifier le chemin.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="304" />
        <source>The file "{}" is empty.</source>
        <translation>Le fichier « {} » est vide.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="141" />
        <source>The file "{}" is not a readable table (CSV, XLSX, ODS).</source>
        <translation>Le fichier « {} » n'est pas un tableau lisible (CSV, XLSX, ODS).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="155" />
        <source>column {}</source>
        <translation>colonne {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="201" />
        <source>{} holds no data: nothing to import.</source>
        <translation>{} ne contient aucune donnée : rien à importer.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="202" />
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="223" />
        <source>The file "{}" is in UTF-16 but is cut or damaged at line {}: nothing was imported; save the whole file again.</source>
        <translation>Le fichier « {} » est en UTF-16 mais coupé ou abîmé à la ligne {} : rien n'a été importé ; réenregistrer le fichier entier.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="248" />
        <source>The file "{}" is in UTF-8 but ends in the middle of a character (line {}): it was probably cut short. Nothing was imported; ask for the whole file.</source>
        <translation>Le fichier « {} » est en UTF-8 mais se termine au milieu d'un caractère (ligne {}) : il a sans doute été tronqué. Rien n'a été importé ; demander le fichier complet.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="253" />
        <source>The file "{}" mixes encodings: it is in UTF-8, but {} line(s) are not valid UTF-8 (a character cut in two, or text in another encoding such as Windows-1252): line(s) {}. Nothing was imported; save the whole file again in UTF-8.</source>
        <translation>Le fichier « {} » mélange des encodages : il est en UTF-8, mais {} ligne(s) ne sont pas de l'UTF-8 valide (caractère coupé en deux, ou texte dans un autre encodage comme Windows-1252) : ligne(s) {}. Rien n'a été importé ; réenregistrer le fichier entier en UTF-8.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="262" />
        <source>The file "{}" is neither UTF-8 nor Windows-1252: byte 0x{:02X} at line {} cannot be read. Nothing was imported; save the file again as CSV UTF-8.</source>
        <translation>Le fichier « {} » n'est ni en UTF-8 ni en Windows-1252 : l'octet 0x{:02X} de la ligne {} est illisible. Rien n'a été importé ; réenregistrer le fichier en CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="287" />
        <source>Line {} cannot be read: {}</source>
        <translation>La ligne {} est illisible : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="300" />
        <source>The file "{}" is not a CSV text (binary content): save it as CSV or XLSX.</source>
        <translation>Le fichier « {} » n'est pas un texte CSV (contenu binaire) : l'enregistrer en CSV ou en XLSX.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="321" />
        <source>The file "{}"</source>
        <translation>Le fichier « {} »</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="328" />
        <source>{} (CSV, separator "{}", {}, header at line {})</source>
        <translation>{} (CSV, séparateur « {} », {}, en-têtes à la ligne {})</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="411" />
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="361" />
        <source>(lines {} to {} of the file: a cell spans several lines)</source>
        <translation>(lignes {} à {} du fichier : une cellule s'étend sur plusieurs lignes)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="395" />
        <source>a double quote (") opens a cell and is never closed on this line, so the line cannot be cut into cells: remove the quote or close it</source>
        <translation>un guillemet (") ouvre une cellule sans jamais la refermer sur cette ligne, qui ne peut donc pas être découpée en cellules : supprimer ce guillemet ou le refermer</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="409" />
        <source>the line has {} cells but the header only {}: a separator "{}" inside a cell shifts the columns; put that cell between double quotes</source>
        <translation>la ligne a {} cellules mais l'en-tête seulement {} : un séparateur « {} » dans une cellule décale les colonnes ; mettre cette cellule entre guillemets</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="444" />
        <source>The file "{}" is not a readable workbook (XLSX or ODS): save it again.</source>
        <translation>Le fichier « {} » n'est pas un classeur lisible (XLSX ou ODS) : le réenregistrer.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="448" />
        <source>The workbook "{}" has no sheet with data.</source>
        <translation>Le classeur « {} » n'a aucune feuille contenant des données.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="450" />
        <source>The sheet "{}" does not exist in "{}" (sheets: {}).</source>
        <translation>La feuille « {} » n'existe pas dans « {} » (feuilles : {}).</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="455" />
        <source>Sheet "{}" of "{}"</source>
        <translation>Feuille « {} » de « {} »</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="474" />
        <source>{} (sheet "{}", header at row {})</source>
        <translation>{} (feuille « {} », en-têtes à la ligne {})</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="481" />
        <source>No sheet of "{}" has a usable header row: {}</source>
        <translation>Aucune feuille de « {} » n'a de ligne d'en-têtes utilisable : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/sandt/table_reader.py" line="504" />
        <source>The table "{}" has no column: its first line must carry the headers.</source>
        <translation>Le tableau « {} » n'a aucune colonne : sa première ligne doit porter les en-têtes.</translation>
    </message>
</context>
<context>
    <name>SandtUndoImportAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="23" />
        <source>Undo a Sandt import</source>
        <translation>Annuler un import Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="26" />
        <source>Restores the operations of the Sandt base as they were before an import, from the history table. Refused when a later import changed the same operations: undo that one first.</source>
        <translation>Rétablit les opérations de la base Sandt telles qu'elles étaient avant un import, d'après la table historique. Refusé quand un import ultérieur a modifié les mêmes opérations : annuler celui-ci d'abord.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="31" />
        <source>Sandt base</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="31" />
        <source>GeoPackage path, or postgis:connection/schema for a PostGIS base.</source>
        <translation>Chemin du GeoPackage, ou postgis:connexion/schéma pour une base PostGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="33" />
        <source>Import to undo</source>
        <translation>Import à annuler</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="33" />
        <source>The import_id shown in the imports table or in the dock.</source>
        <translation>L'import_id affiché dans la table imports ou dans le panneau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="36" />
        <source>Undone import</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="37" />
        <source>Operations restored</source>
        <translation>Opérations rétablies</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="55" />
        <source>Import {} undone: {} operations restored.</source>
        <translation>Import {} annulé : {} opérations rétablies.</translation>
    </message>
</context>
<context>
    <name>SandtUpdateAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="70" />
        <source>Update the Sandt base from a programme table</source>
        <translation>Mettre à jour la base Sandt depuis un tableau de programme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="84" />
        <source>Sandt base</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="84" />
        <source>GeoPackage path, or postgis:connection/schema for a PostGIS base.</source>
        <translation>Chemin du GeoPackage, ou postgis:connexion/schéma pour une base PostGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="86" />
        <source>Programme table</source>
        <translation>Tableau de programme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="86" />
        <source>Tables (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="95" />
        <source>INSEE code column</source>
        <translation>Colonne du code INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="95" />
        <source>Commune column</source>
        <translation>Colonne de la commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="96" />
        <source>Cité column</source>
        <translation>Colonne de la cité</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="96" />
        <source>Network column</source>
        <translation>Colonne du réseau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="97" />
        <source>Status column</source>
        <translation>Colonne du statut</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="97" />
        <source>Programme year column</source>
        <translation>Colonne de l'année de programme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="98" />
        <source>Amount excl. VAT column</source>
        <translation>Colonne du montant HT</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="98" />
        <source>Length column</source>
        <translation>Colonne de la longueur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="99" />
        <source>End of works date column</source>
        <translation>Colonne de la date de fin de travaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="102" />
        <source>Header of this column when it is not recognised; blank = detected from the French headers.</source>
        <translation>En-tête de cette colonne quand il n'est pas reconnu ; vide = détecté d'après les en-têtes français.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="105" />
        <source>Match threshold (0–100)</source>
        <translation>Seuil de rapprochement (0–100)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="110" />
        <source>Dry run (write nothing)</source>
        <translation>Simulation (ne rien écrire)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="113" />
        <source>Base revision reviewed</source>
        <translation>Révision de la base vérifiée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="118" />
        <source>Import report</source>
        <translation>Rapport d'import</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="121" />
        <source>Import id (0 for a dry run)</source>
        <translation>Numéro d'import (0 pour une simulation)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="122" />
        <source>Base revision read</source>
        <translation>Révision de la base lue</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="126" />
        <source>Rows: {}</source>
        <translation>Lignes : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="133" />
        <source>No programme table given.</source>
        <translation>Aucun tableau de programme indiqué.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="175" />
        <source>The programme table cannot be used: {}</source>
        <translation>Le tableau de programme est inutilisable : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="203" />
        <source>Dry run: nothing written.</source>
        <translation>Simulation : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="205" />
        <source>Nothing to write: the base is already up to date for this table.</source>
        <translation>Rien à écrire : la base est déjà à jour pour ce tableau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="210" />
        <source>Concurrent import: {}</source>
        <translation>Import concurrent : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="212" />
        <source>Nothing was written: {}</source>
        <translation>Rien n'a été écrit : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="213" />
        <source>Import {} applied: {} inserted, {} updated.</source>
        <translation>Import {} appliqué : {} insérées, {} mises à jour.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="241" />
        <source>Import {} was applied, but its report could not be written ({}): see the imports of the base, or undo it.</source>
        <translation>L'import {} a été appliqué, mais son rapport n'a pas pu être écrit ({}) : voir les imports de la base, ou l'annuler.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="73" />
        <source>Reads a programme table (CSV in UTF-8 or cp1252 with ; or , separators, XLSX, ODS, or a table layer), matches each row to a cité of the base by INSEE code (or commune name) and cité name, checks the values and writes the operations in one transaction. The header row may stand below title lines; total lines are never imported. The import report has one row per data line of the file: ligne (counted from the line after the header), cite_id, score, action (insere = inserted, mis_a_jour = updated, inchange = unchanged, non_trouve = not found, ambigu = ambiguous, invalide = invalid, doublon = duplicate) and a message saying what to fix. While "Dry run (write nothing)" is checked (the default), nothing is written: review the report, then uncheck it to apply.</source>
        <translation>Lit un tableau de programme (CSV en UTF-8 ou cp1252 séparé par ; ou ,, XLSX, ODS, ou une couche table), rapproche chaque ligne d'une cité de la base par le code INSEE (ou le nom de la commune) et le nom de la cité, contrôle les valeurs et écrit les opérations en une seule transaction. La ligne d'en-têtes peut se trouver sous des lignes de titre ; les lignes de total ne sont jamais importées. Le rapport d'import a une ligne par ligne de données du fichier : ligne (comptée à partir de la ligne qui suit les en-têtes), cite_id, score, action (insere = inséré, mis_a_jour = mis à jour, inchange = inchangé, non_trouve = non trouvé, ambigu, invalide, doublon) et un message qui dit quoi corriger. Tant que « Simulation (ne rien écrire) » est cochée (par défaut), rien n'est écrit : vérifier le rapport, puis la décocher pour appliquer.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="86" />
        <source>CSV, XLSX or ODS file, or the id or name of a table layer of the project.</source>
        <translation>Fichier CSV, XLSX ou ODS, ou identifiant ou nom d'une couche table du projet.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="91" />
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="91" />
        <source>The sheet of an XLSX or ODS workbook to read; blank: the first sheet that has a header row with the needed columns.</source>
        <translation>La feuille du classeur XLSX ou ODS à lire ; vide : la première feuille dont une ligne d'en-têtes porte les colonnes nécessaires.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="105" />
        <source>Lowest name similarity accepted; below it the row is reported "not found". Raise it to be stricter.</source>
        <translation>Ressemblance minimale des noms acceptée ; en dessous, la ligne est signalée « non trouvé ». L'augmenter pour être plus strict.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="110" />
        <source>Checked (the default): only produce the report, the base is not modified. Uncheck it to write the import.</source>
        <translation>Cochée (par défaut) : seul le rapport est produit, la base n'est pas modifiée. La décocher pour écrire l'import.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="113" />
        <source>The "Base revision read" that the reviewed dry run gave: the import is refused when another import changed the same operations since. -1: the revision read now.</source>
        <translation>La « Révision de la base lue » donnée par la simulation vérifiée : l'import est refusé si un autre import a modifié les mêmes opérations depuis. -1 : la révision lue maintenant.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="118" />
        <source>One row per data line of the table: ligne, cite_id, score, action, message.</source>
        <translation>Une ligne par ligne de données du tableau : ligne, cite_id, score, action, message.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="176" />
        <source>Read {} data lines from {}; columns: {}</source>
        <translation>{} lignes de données lues dans {} ; colonnes : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="180" />
        <source>The programme table {} has a header but no data line.</source>
        <translation>Le tableau de programme {} a des en-têtes mais aucune ligne de données.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="192" />
        <source>{} data lines read but {} report rows: nothing was written.</source>
        <translation>{} lignes de données lues mais {} lignes de rapport : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="238" />
        <source>The import report could not be written: {}</source>
        <translation>Le rapport d'import n'a pas pu être écrit : {}</translation>
    </message>
</context>
</TS>
