<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>SandtCreateAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="28"/>
        <source>Create the Sandt base</source>
        <translation>Créer la base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="31"/>
        <source>Creates a new Sandt base (GeoPackage, or a PostGIS schema) from a polygon layer of cités minières with the fields cite_id, nom, insee and optionally commune and nb_logements. The base holds the tables cites, operations, historique, imports and alias. A duplicate or empty cite_id is refused and listed.</source>
        <translation>Crée une nouvelle base Sandt (GeoPackage ou schéma PostGIS) à partir d'une couche de polygones des cités minières portant les champs cite_id, nom, insee et, en option, commune et nb_logements. La base contient les tables cites, operations, historique, imports et alias. Un cite_id vide ou en double est refusé et listé.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="38"/>
        <source>Cités minières</source>
        <translation>Cités minières</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="38"/>
        <source>Polygons of the cités with cite_id (unique), nom, insee; commune and nb_logements optional.</source>
        <translation>Polygones des cités avec cite_id (unique), nom, insee ; commune et nb_logements facultatifs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="41"/>
        <source>Sandt base (GeoPackage)</source>
        <translation>Base Sandt (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="41"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="44"/>
        <source>PostGIS base instead (postgis:connection/schema)</source>
        <translation>Base PostGIS à la place (postgis:connexion/schéma)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="44"/>
        <source>To create the base in PostgreSQL: postgis: followed by the name of a QGIS saved connection, a slash and the schema. Credentials come from the connection&apos;s QGIS authentication.</source>
        <translation>Pour créer la base dans PostgreSQL : postgis: suivi du nom d'une connexion enregistrée dans QGIS, d'une barre oblique et du schéma. Les identifiants viennent de l'authentification QGIS de la connexion.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="49"/>
        <source>Base location</source>
        <translation>Emplacement de la base</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="57"/>
        <source>The layer of cités cannot be read.</source>
        <translation>La couche des cités est illisible.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="61"/>
        <source>The layer of cités lacks the fields: {}. Rename its columns.</source>
        <translation>La couche des cités n'a pas les champs : {}. Renommer ses colonnes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="99"/>
        <source>Sandt base created with {} cités: {}</source>
        <translation>Base Sandt créée avec {} cités : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="41"/>
        <source>The new GeoPackage. An existing file is replaced, unless it is a Sandt base that holds imports.</source>
        <translation>Le nouveau GeoPackage. Un fichier existant est remplacé, sauf s'il s'agit d'une base Sandt qui contient des imports.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/create.py" line="92"/>
        <source>nb_logements is not a number for {} cités, left empty: {}</source>
        <translation>nb_logements n'est pas un nombre pour {} cités, laissé vide : {}</translation>
    </message>
</context>
<context>
    <name>SandtProgressAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="47"/>
        <source>Sandt progress by commune or EPCI</source>
        <translation>Avancement Sandt par commune ou EPCI</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="50"/>
        <source>Summarises the Sandt base per commune or per EPCI (communes dissolved): number of cités and dwellings, cités per state (non_engage, programme, en_cours, acheve), share of dwellings in cités whose four networks are finished, total amount excl. VAT. The output is styled as a choropleth on pct_logements_acheve.</source>
        <translation>Résume la base Sandt par commune ou par EPCI (communes fusionnées) : nombre de cités et de logements, cités par état (non_engage, programme, en_cours, acheve), part des logements dans les cités dont les quatre réseaux sont achevés, montant HT total. La sortie est stylée en carte choroplèthe sur pct_logements_acheve.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="57"/>
        <source>Sandt base</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="57"/>
        <source>GeoPackage path, or postgis:connection/schema for a PostGIS base.</source>
        <translation>Chemin du GeoPackage, ou postgis:connexion/schéma pour une base PostGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="59"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="59"/>
        <source>Commune polygons with their INSEE code and their EPCI.</source>
        <translation>Polygones des communes avec leur code INSEE et leur EPCI.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="62"/>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="66"/>
        <source>commune: one polygon per commune; epci: communes dissolved per EPCI.</source>
        <translation>commune : un polygone par commune ; epci : communes fusionnées par EPCI.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="67"/>
        <source>INSEE code field</source>
        <translation>Champ du code INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="67"/>
        <source>Field of the communes holding the INSEE code (blank: insee).</source>
        <translation>Champ des communes portant le code INSEE (vide : insee).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="70"/>
        <source>EPCI field</source>
        <translation>Champ de l'EPCI</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="70"/>
        <source>Field of the communes holding the EPCI code (needed to group by EPCI).</source>
        <translation>Champ des communes portant le code de l'EPCI (nécessaire pour regrouper par EPCI).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="73"/>
        <source>Sandt progress</source>
        <translation>Avancement Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="73"/>
        <source>Polygons with nb_cites, nb_logements, nb_cites per state, pct_logements_acheve and montant_ht_total.</source>
        <translation>Polygones avec nb_cites, nb_logements, nb_cites par état, pct_logements_acheve et montant_ht_total.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="95"/>
        <source>The communes layer cannot be read.</source>
        <translation>La couche des communes est illisible.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="106"/>
        <source>The communes layer has no field {}.</source>
        <translation>La couche des communes n'a pas de champ {}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="108"/>
        <source>Grouping by EPCI needs the EPCI field of the communes.</source>
        <translation>Le regroupement par EPCI demande le champ EPCI des communes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="129"/>
        <source>The communes layer has no feature.</source>
        <translation>La couche des communes ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="132"/>
        <source>No cité of the base lies in these communes: check that the field {} holds the INSEE codes of the communes of the base.</source>
        <translation>Aucune cité de la base n'est dans ces communes : vérifier que le champ {} contient les codes INSEE des communes de la base.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/progress.py" line="136"/>
        <source>{} cités of the base are in no commune of the layer and are left out of the totals: {}</source>
        <translation>{} cités de la base ne sont dans aucune commune de la couche et sont laissées hors des totaux : {}</translation>
    </message>
</context>
<context>
    <name>SandtTab</name>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="201"/>
        <source>Base Sandt</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="73"/>
        <source>Base and programme</source>
        <translation>Base et programme</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="77"/>
        <source>GeoPackage, or postgis:connection/schema</source>
        <translation>GeoPackage, ou postgis:connexion/schéma</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="79"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="82"/>
        <source>GeoPackage…</source>
        <translation>GeoPackage…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="83"/>
        <source>PostGIS connection…</source>
        <translation>Connexion PostGIS…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="84"/>
        <source>Create from the active layer of cités…</source>
        <translation>Créer depuis la couche active des cités…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="87"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="92"/>
        <source>CSV, XLSX or ODS programme file</source>
        <translation>Fichier de programme CSV, XLSX ou ODS</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="96"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="102"/>
        <source>Dry run</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="103"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="105"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="123"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="125"/>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="140"/>
        <source>Keep this cité</source>
        <translation>Retenir cette cité</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="142"/>
        <source>Saved as an alias in the base: later imports will recognise this name.</source>
        <translation>Enregistré comme alias dans la base : les imports suivants reconnaîtront ce nom.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="144"/>
        <source>Cité for the selected row</source>
        <translation>Cité de la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="152"/>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="562"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="154"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="154"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="154"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="559"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="162"/>
        <source>Undo the selected import</source>
        <translation>Annuler l'import choisi</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="163"/>
        <source>Show the cités on the map</source>
        <translation>Afficher les cités sur la carte</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="168"/>
        <source>Select a cité on the map to see its operations and history.</source>
        <translation>Sélectionner une cité sur la carte pour voir ses opérations et son historique.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="212"/>
        <source>Open a Sandt base</source>
        <translation>Ouvrir une base Sandt</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="239"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="223"/>
        <source>No saved PostgreSQL connection: add one in the Data Source Manager.</source>
        <translation>Aucune connexion PostgreSQL enregistrée : en ajouter une dans le Gestionnaire des sources de données.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="228"/>
        <source>PostGIS base</source>
        <translation>Base PostGIS</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="225"/>
        <source>Saved connection</source>
        <translation>Connexion enregistrée</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="228"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="237"/>
        <source>Select the polygon layer of cités in the Layers panel first.</source>
        <translation>Sélectionner d'abord la couche de polygones des cités dans le panneau Couches.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="239"/>
        <source>New Sandt base</source>
        <translation>Nouvelle base Sandt</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="248"/>
        <source>Programme file</source>
        <translation>Fichier de programme</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="248"/>
        <source>Tables (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="275"/>
        <source>The Processing provider of the plugin is not loaded.</source>
        <translation>Le fournisseur Traitements de l'extension n'est pas chargé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="271"/>
        <source>Failed: {}</source>
        <translation>Échec : {}</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="269"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="304"/>
        <source>Dry run in progress…</source>
        <translation>Simulation en cours…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="324"/>
        <source>Import in progress…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="381"/>
        <source>Dry run: {}. Nothing was written.</source>
        <translation>Simulation : {}. Rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="389"/>
        <source>Import {} applied: {}.</source>
        <translation>Import {} appliqué : {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="452"/>
        <source>Alias saved: « {} » is {} from now on.</source>
        <translation>Alias enregistré : « {} » désigne désormais {}.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="487"/>
        <source>Select an import in the list first.</source>
        <translation>Choisir d'abord un import dans la liste.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="490"/>
        <source>Undoing import {}…</source>
        <translation>Annulation de l'import {}…</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="494"/>
        <source>Import {} undone.</source>
        <translation>Import {} annulé.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="512"/>
        <source>Cités (base Sandt)</source>
        <translation>Cités (base Sandt)</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="514"/>
        <source>The cités of this base cannot be read.</source>
        <translation>Les cités de cette base sont illisibles.</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="562"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="562"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="562"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="562"/>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="570"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="572"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="472"/>
        <source>{} inserted, {} updated, {} set aside</source>
        <translation>{} insérées, {} mises à jour, {} écartées</translation>
    </message>
    <message>
        <location filename="../../mbm_qgis_plugin/gui/sandt_tab.py" line="321"/>
        <source>The programme file changed since the dry run: run the dry run again and review it before applying.</source>
        <translation>Le fichier de programme a changé depuis la simulation : relancer la simulation et la relire avant d'appliquer.</translation>
    </message>
</context>
<context>
    <name>SandtUndoImportAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="23"/>
        <source>Undo a Sandt import</source>
        <translation>Annuler un import Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="26"/>
        <source>Restores the operations of the Sandt base as they were before an import, from the history table. Refused when a later import changed the same operations: undo that one first.</source>
        <translation>Rétablit les opérations de la base Sandt telles qu'elles étaient avant un import, d'après la table historique. Refusé quand un import ultérieur a modifié les mêmes opérations : annuler celui-ci d'abord.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="31"/>
        <source>Sandt base</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="31"/>
        <source>GeoPackage path, or postgis:connection/schema for a PostGIS base.</source>
        <translation>Chemin du GeoPackage, ou postgis:connexion/schéma pour une base PostGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="33"/>
        <source>Import to undo</source>
        <translation>Import à annuler</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="33"/>
        <source>The import_id shown in the imports table or in the dock.</source>
        <translation>L'import_id affiché dans la table imports ou dans le panneau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="36"/>
        <source>Undone import</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="37"/>
        <source>Operations restored</source>
        <translation>Opérations rétablies</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/undo.py" line="54"/>
        <source>Import {} undone: {} operations restored.</source>
        <translation>Import {} annulé : {} opérations rétablies.</translation>
    </message>
</context>
<context>
    <name>SandtUpdateAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="62"/>
        <source>Update the Sandt base from a programme table</source>
        <translation>Mettre à jour la base Sandt depuis un tableau de programme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="65"/>
        <source>Reads a programme table (CSV in UTF-8 or cp1252 with ; or , separators, XLSX, ODS, or a table layer), matches each row to a cité of the base by INSEE code (or commune name) and cité name, checks the values and writes the operations in one transaction. The REPORT has one row per data row: ligne, cite_id, score, action (insere, mis_a_jour, inchange, non_trouve, ambigu, invalide, doublon) and a French message saying what to fix. With DRY_RUN nothing is written.</source>
        <translation>Lit un tableau de programme (CSV en UTF-8 ou cp1252 avec séparateur ; ou , , XLSX, ODS, ou une couche table), rapproche chaque ligne d'une cité de la base par code INSEE (ou nom de commune) et nom de cité, contrôle les valeurs et écrit les opérations en une seule transaction. Le RAPPORT a une ligne par ligne de données : ligne, cite_id, score, action (insere, mis_a_jour, inchange, non_trouve, ambigu, invalide, doublon) et un message disant quoi corriger. Avec DRY_RUN rien n'est écrit.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="73"/>
        <source>Sandt base</source>
        <translation>Base Sandt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="73"/>
        <source>GeoPackage path, or postgis:connection/schema for a PostGIS base.</source>
        <translation>Chemin du GeoPackage, ou postgis:connexion/schéma pour une base PostGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="75"/>
        <source>Programme table</source>
        <translation>Tableau de programme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="75"/>
        <source>Tables (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="75"/>
        <source>CSV, XLSX or ODS file (file.xlsx|layername=Sheet for another sheet), or the id or name of a table layer of the project.</source>
        <translation>Fichier CSV, XLSX ou ODS (fichier.xlsx|layername=Feuille pour une autre feuille), ou l'identifiant ou le nom d'une couche table du projet.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="82"/>
        <source>INSEE code column</source>
        <translation>Colonne du code INSEE</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="82"/>
        <source>Commune column</source>
        <translation>Colonne de la commune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="83"/>
        <source>Cité column</source>
        <translation>Colonne de la cité</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="83"/>
        <source>Network column</source>
        <translation>Colonne du réseau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="84"/>
        <source>Status column</source>
        <translation>Colonne du statut</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="84"/>
        <source>Programme year column</source>
        <translation>Colonne de l'année de programme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="85"/>
        <source>Amount excl. VAT column</source>
        <translation>Colonne du montant HT</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="85"/>
        <source>Length column</source>
        <translation>Colonne de la longueur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="86"/>
        <source>End of works date column</source>
        <translation>Colonne de la date de fin de travaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="89"/>
        <source>Header of this column when it is not recognised; blank = detected from the French headers.</source>
        <translation>En-tête de cette colonne quand il n'est pas reconnu ; vide = détecté d'après les en-têtes français.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="92"/>
        <source>Match threshold (0–100)</source>
        <translation>Seuil de rapprochement (0–100)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="92"/>
        <source>Lowest name similarity accepted; below it the row is non_trouve. Raise it to be stricter.</source>
        <translation>Plus faible ressemblance de nom acceptée ; en dessous, la ligne est non_trouve. L'augmenter pour être plus strict.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="96"/>
        <source>Dry run (write nothing)</source>
        <translation>Simulation (ne rien écrire)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="96"/>
        <source>Only produce the report: the base is not modified.</source>
        <translation>Produire seulement le rapport : la base n'est pas modifiée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="98"/>
        <source>Base revision reviewed</source>
        <translation>Révision de la base vérifiée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="98"/>
        <source>The BASE_REVISION given by the dry run that was reviewed: the import is refused when another import changed the same operations since. -1: the revision read now.</source>
        <translation>La BASE_REVISION donnée par la simulation relue : l'import est refusé si un autre import a modifié les mêmes opérations depuis. -1 : la révision lue maintenant.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="103"/>
        <source>Import report</source>
        <translation>Rapport d'import</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="103"/>
        <source>One row per data row: ligne, cite_id, score, action, message.</source>
        <translation>Une ligne par ligne de données : ligne, cite_id, score, action, message.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="106"/>
        <source>Import id (0 for a dry run)</source>
        <translation>Numéro d'import (0 pour une simulation)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="107"/>
        <source>Base revision read</source>
        <translation>Révision de la base lue</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="109"/>
        <source>Rows: {}</source>
        <translation>Lignes : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="115"/>
        <source>No programme table given.</source>
        <translation>Aucun tableau de programme indiqué.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="155"/>
        <source>The programme table cannot be used: {}</source>
        <translation>Le tableau de programme est inutilisable : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="156"/>
        <source>Read {} rows from {}; columns: {}</source>
        <translation>{} lignes lues dans {} ; colonnes : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="160"/>
        <source>The programme table {} has a header but no data row.</source>
        <translation>Le tableau de programme {} a des en-têtes mais aucune ligne de données.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="177"/>
        <source>Dry run: nothing written.</source>
        <translation>Simulation : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="179"/>
        <source>Nothing to write: the base is already up to date for this table.</source>
        <translation>Rien à écrire : la base est déjà à jour pour ce tableau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="184"/>
        <source>Concurrent import: {}</source>
        <translation>Import concurrent : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="186"/>
        <source>Nothing was written: {}</source>
        <translation>Rien n'a été écrit : {}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="187"/>
        <source>Import {} applied: {} inserted, {} updated.</source>
        <translation>Import {} appliqué : {} insérées, {} mises à jour.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sandt/update.py" line="199"/>
        <source>Import {} was applied, but its report could not be written ({}): see the imports of the base, or undo it.</source>
        <translation>L'import {} a été appliqué, mais son rapport n'a pas pu être écrit ({}) : voir les imports de la base, ou l'annuler.</translation>
    </message>
</context>
</TS>
