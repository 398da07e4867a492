"""The base Sandt in a GeoPackage or a PostGIS schema, written only through QGIS data providers.

Every import and every undo is one database transaction (QgsTransaction over the base's layers): it
lands whole or not at all. Concurrency is optimistic: a plan remembers the base revision it read;
applying it first bumps the revision row (which serialises writers on PostgreSQL), then refuses when
one of the operations it touches changed after that revision.
"""

import datetime
import functools
import getpass
import os

from .names import CiteIndex, normalize_cite_name
from .planning import OPERATION_FIELDS, operation_key, plan_import
from .rules import RESEAUX, cite_status, normalize_insee
from .table_reader import python_value

CRS = "EPSG:2154"
POSTGIS_PREFIX = "postgis:"
TABLES = ("cites", "operations", "historique", "imports", "alias", "meta")
IMPORT_COUNT_FIELDS = ("nb_insere", "nb_mis_a_jour", "nb_inchange", "nb_non_trouve", "nb_ambigu", "nb_invalide",
                       "nb_doublon")


class SandtError(Exception):
    """A refusal or a failure, with a French message saying what to do."""


class SandtConflict(SandtError):
    """Another import changed the rows this one would write since it was prepared."""


def detached(method):
    """Re-raise a SandtError without its traceback: the frames it holds keep QGIS layers and
    transactions alive (Processing keeps the last error), which crashes QGIS when it exits."""
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        failure = None
        try:
            return method(*args, **kwargs)
        except SandtError as error:
            failure = type(error)(*error.args)
        raise failure

    return wrapper


def _fields_spec():
    return {
        "cites": [("cite_id", "String"), ("nom", "String"), ("insee", "String"), ("commune", "String"),
                  ("nb_logements", "Int"), ("etat", "String"), ("avancement_pct", "Double")],
        "operations": [("cite_id", "String"), ("reseau", "String"), ("annee_programme", "Int"),
                       ("statut", "String"), ("montant_ht", "Double"), ("longueur_m", "Double"),
                       ("date_fin_travaux", "Date"), ("import_id", "Int"), ("maj_le", "DateTime"),
                       ("revision", "Int")],
        "historique": [("import_id", "Int"), ("nom_table", "String"), ("cle", "String"), ("champ", "String"),
                       ("ancienne_valeur", "String"), ("nouvelle_valeur", "String"), ("date_modif", "DateTime"),
                       ("utilisateur", "String")],
        "imports": [("import_id", "Int"), ("fichier", "String"), ("sha256", "String"), ("date_import", "DateTime"),
                    ("utilisateur", "String")] + [(name, "Int") for name in IMPORT_COUNT_FIELDS] + [
                    ("etat", "String"), ("revision", "Int"), ("annule_le", "DateTime")],
        "alias": [("nom_normalise", "String"), ("insee", "String"), ("cite_id", "String"), ("nom_saisi", "String"),
                  ("cree_le", "DateTime")],
        "meta": [("cle", "String"), ("valeur", "String")],
    }


def qgs_fields(table):
    from ..compat import make_fields

    return make_fields(_fields_spec()[table])


def current_user():
    try:
        from qgis.core import QgsApplication

        name = QgsApplication.userLoginName()
        if name:
            return name
    except Exception:  # noqa: BLE001 — outside QGIS
        pass
    return getpass.getuser()


def _quote(identifier):
    return '"{}"'.format(identifier.replace('"', '""'))


def _qvalue(value):
    """A Python value as what a QGIS provider takes (date → QDate)."""
    if isinstance(value, datetime.date):
        from qgis.PyQt.QtCore import QDate, QDateTime

        if isinstance(value, datetime.datetime):
            return QDateTime(value)
        return QDate(value.year, value.month, value.day)
    return value


def _as_text(value):
    if value is None:
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _from_text(text, type_name):
    if text is None:
        return None
    if type_name == "Int":
        return int(text)
    if type_name == "Double":
        return float(text)
    if type_name == "Date":
        return datetime.date.fromisoformat(text[:10])
    if type_name == "DateTime":
        return datetime.datetime.fromisoformat(text)
    return text


def _null_free(values):
    return {k: python_value(v) for k, v in values.items()}


class SandtBase:
    """A base Sandt: ``location`` is a GeoPackage path or ``postgis:<saved connection>/<schema>``."""

    def __init__(self, location):
        self.location = str(location or "").strip()
        if not self.location:
            raise SandtError("Aucune base indiquée : choisir un GeoPackage ou une base PostGIS.")
        self.is_postgis = self.location.startswith(POSTGIS_PREFIX)
        if self.is_postgis:
            spec = self.location[len(POSTGIS_PREFIX):]
            if "/" not in spec:
                raise SandtError("Base PostGIS « {} » : écrire postgis:<nom de la connexion>/<schéma>.".format(
                    self.location))
            self.connection_name, self.schema = spec.rsplit("/", 1)
        else:
            self.path = self.location

    # --- connection and layers -------------------------------------------------------------
    def connection(self):
        from qgis.core import QgsProviderRegistry

        if self.is_postgis:
            metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
            try:
                connection = metadata.findConnection(self.connection_name)
            except Exception:  # noqa: BLE001 — QgsProviderConnectionException
                connection = None
            if connection is None:
                raise SandtError("La connexion PostgreSQL « {} » n'existe pas dans QGIS : la créer dans le "
                                 "Gestionnaire des sources de données.".format(self.connection_name))
            return connection
        return QgsProviderRegistry.instance().providerMetadata("ogr").createConnection(self.path, {})

    def layer_uri(self, table):
        if self.is_postgis:
            from qgis.core import QgsDataSourceUri

            uri = QgsDataSourceUri(self.connection().uri())
            uri.setDataSource(self.schema, table, "geom" if table == "cites" else None, "", "id")
            if table == "cites":
                uri.setSrid("2154")
            return uri.uri(False), "postgres"
        return "{}|layername={}".format(self.path, table), "ogr"

    def layer(self, table):
        """A new QgsVectorLayer on ``table`` of the base. Not cached: a SandtBase holds no QGIS object
        between calls, so nothing outlives QGIS when a caller keeps the base (or a traceback) around."""
        from qgis.core import QgsVectorLayer

        uri, provider = self.layer_uri(table)
        layer = QgsVectorLayer(uri, table, provider)
        if not layer.isValid():
            raise SandtError("La table « {} » de la base {} est illisible : est-ce bien une base Sandt "
                             "(créée par « Créer la base Sandt ») ?".format(table, self.location))
        return layer

    def exists(self):
        if self.is_postgis:
            connection = self.connection()  # an unknown connection is its own error
            try:
                return "meta" in [t.tableName() for t in connection.tables(self.schema)]
            except Exception:  # noqa: BLE001 — QgsProviderConnectionException: no such schema
                return False
        return os.path.isfile(self.path)

    @detached
    def check(self):
        if not self.exists():
            raise SandtError("La base Sandt {} n'existe pas : la créer d'abord (Créer la base Sandt).".format(
                self.location))
        for table in TABLES:
            self.layer(table)

    def close(self):
        """Nothing to release (layers are opened per call); kept for callers that tidy up."""

    # --- creation ---------------------------------------------------------------------------
    @detached
    def create(self, cites, overwrite=True):
        """Create the base from ``cites`` (dicts: cite_id, nom, insee, commune, nb_logements, geometry).

        Checks cite_id is unique and never empty, listing the offenders."""
        try:
            self._create(cites, overwrite)
        finally:
            self.close()

    def _create(self, cites, overwrite):
        from qgis.core import QgsFeature, QgsGeometry, QgsWkbTypes

        empty = [str(c.get("ligne", i + 1)) for i, c in enumerate(cites) if not str(c.get("cite_id") or "").strip()]
        seen, duplicates = set(), []
        for cite in cites:
            cite_id = str(cite.get("cite_id") or "").strip()
            if cite_id and cite_id in seen and cite_id not in duplicates:
                duplicates.append(cite_id)
            seen.add(cite_id)
        problems = []
        if not cites:
            problems.append("la couche des cités est vide")
        if empty:
            problems.append("cite_id vide pour les entités {}".format(", ".join(empty[:20])))
        if duplicates:
            problems.append("cite_id en double : {}".format(", ".join(duplicates[:50])))
        codes, bad_codes = {}, []
        for number, cite in enumerate(cites, 1):
            try:  # a shapefile's real-typed 62498.0 must be stored as the code the programmes give
                codes[number] = normalize_insee(cite.get("insee"))
            except ValueError:
                bad_codes.append("{} ({})".format(str(cite.get("cite_id") or "").strip() or number, cite.get("insee")))
        if bad_codes:
            problems.append("code INSEE mal formé (5 caractères attendus) : {}".format(", ".join(bad_codes[:20])))
        not_polygons, invalid = _bad_geometries(cites)
        if not_polygons:
            problems.append("géométries qui ne sont pas des polygones : {}".format(", ".join(not_polygons[:20])))
        if invalid:
            problems.append("géométries invalides (outil « Réparer les géométries ») : {}".format(
                ", ".join(invalid[:20])))
        if problems:
            raise SandtError("Base non créée : {}. Corriger la couche des cités.".format(" ; ".join(problems)))
        self._refuse_to_replace_history()
        if self.is_postgis:
            self._create_postgis_tables(overwrite)
        else:
            self._create_geopackage_tables(overwrite)
        layer = self.layer("cites")
        features = []
        for number, cite in enumerate(cites, 1):
            feature = QgsFeature(layer.fields())
            geometry = QgsGeometry(cite["geometry"]) if cite.get("geometry") is not None else QgsGeometry()
            if not geometry.isNull() and not QgsWkbTypes.isMultiType(geometry.wkbType()):
                geometry.convertToMultiType()
            feature.setGeometry(geometry)
            for name in ("cite_id", "nom", "commune"):
                value = cite.get(name)
                feature.setAttribute(name, None if value is None else str(value).strip())
            feature.setAttribute("insee", codes[number] or None)
            feature.setAttribute("nb_logements", cite.get("nb_logements"))
            feature.setAttribute("etat", "non_engage")
            feature.setAttribute("avancement_pct", 0.0)
            features.append(feature)
        meta_fields = self.layer("meta").fields()
        self._write_all({"cites": features, "meta": [self._meta_feature(meta_fields, "revision", "0"),
                                                     self._meta_feature(meta_fields, "verrou", ""),
                                                     self._meta_feature(meta_fields, "version", "1")]})

    def _refuse_to_replace_history(self):
        """Creating over a base that already holds imports would erase years of history in one click."""
        try:
            if not self.exists():
                return
            applied = len(self.read_table("imports"))
        except SandtError:
            return  # not a Sandt base (or an unfinished one): nothing of value to protect here
        if applied:
            raise SandtError("Base non créée : {} est déjà une base Sandt avec {} import(s) et leur historique. "
                             "Choisir un autre fichier ou schéma (ou supprimer l'ancienne base si c'est "
                             "vraiment voulu).".format(self.location, applied))

    @staticmethod
    def _meta_feature(fields, key, value):
        from qgis.core import QgsFeature

        feature = QgsFeature(fields)
        feature.setAttribute("cle", key)
        feature.setAttribute("valeur", value)
        return feature

    def _create_geopackage_tables(self, overwrite):
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsVectorFileWriter

        from ..compat import wkb_type

        if os.path.exists(self.path):
            if not overwrite:
                raise SandtError("Le fichier {} existe déjà.".format(self.path))
        try:
            if os.path.exists(self.path):
                os.remove(self.path)
            os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        except OSError as error:  # open in QGIS on Windows, a folder, no write permission…
            raise SandtError("Impossible d'écrire {} ({}) : fermer ce fichier s'il est ouvert (projet QGIS, autre "
                             "logiciel) ou choisir un autre nom.".format(self.path, error.strerror or error)) from error
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "cites"
        writer = QgsVectorFileWriter.create(self.path, qgs_fields("cites"), wkb_type("MultiPolygon"),
                                            QgsCoordinateReferenceSystem(CRS), QgsCoordinateTransformContext(),
                                            options)
        if writer.hasError():
            raise SandtError("Impossible de créer {} : {}".format(self.path, writer.errorMessage()))
        del writer
        connection = self.connection()
        for table in TABLES[1:]:
            connection.createVectorTable("", table, qgs_fields(table), wkb_type("NoGeometry"),
                                         QgsCoordinateReferenceSystem(), False, {})
        self._create_indexes(connection, "")

    def _create_postgis_tables(self, overwrite):
        from qgis.core import QgsCoordinateReferenceSystem

        from ..compat import wkb_type

        connection = self.connection()
        if self.schema not in connection.schemas():
            connection.createSchema(self.schema)
        existing = [t.tableName() for t in connection.tables(self.schema)]
        for table in TABLES:
            if table in existing:
                if not overwrite:
                    raise SandtError("La table {}.{} existe déjà.".format(self.schema, table))
                connection.dropVectorTable(self.schema, table)
            geometry = wkb_type("MultiPolygon") if table == "cites" else wkb_type("NoGeometry")
            crs = QgsCoordinateReferenceSystem(CRS) if table == "cites" else QgsCoordinateReferenceSystem()
            connection.createVectorTable(self.schema, table, qgs_fields(table), geometry, crs, False,
                                         {"geometryColumn": "geom"})
        self._create_indexes(connection, self.schema)

    def _create_indexes(self, connection, schema):
        # Identifiers only (no values): the unique key of an operation, and lookups by cité.
        prefix = "{}.".format(_quote(schema)) if schema else ""
        statements = [
            "CREATE UNIQUE INDEX {} ON {}{} (cite_id, reseau, annee_programme)".format(
                _quote("operations_cle"), prefix, _quote("operations")),
            "CREATE UNIQUE INDEX {} ON {}{} (cite_id)".format(_quote("cites_cite_id"), prefix, _quote("cites")),
            "CREATE INDEX {} ON {}{} (import_id)".format(_quote("historique_import"), prefix, _quote("historique")),
        ]
        for statement in statements:
            connection.executeSql(statement)

    # --- transactions -----------------------------------------------------------------------
    def _begin(self, tables):
        from qgis.core import QgsTransaction

        layers = [self.layer(t) for t in tables]
        if not self.is_postgis:
            # The OGR provider shares an already-opened dataset only in update mode.
            for layer in layers:
                layer.dataProvider().enterUpdateMode()
        transaction = QgsTransaction.create(set(layers))
        if transaction is None:
            raise SandtError("Impossible d'ouvrir une transaction sur la base {}.".format(self.location))
        ok, error = transaction.begin()
        if not ok:
            raise SandtError("Impossible d'ouvrir une transaction sur la base {} : {}".format(self.location, error))
        return transaction, {t: layer for t, layer in zip(tables, layers)}

    def _end(self, transaction, layers, commit):
        try:
            if commit:
                ok, error = transaction.commit()
                if not ok:
                    transaction.rollback()
                    raise SandtError("L'écriture dans la base a échoué, rien n'a été modifié : {}".format(error))
            else:
                transaction.rollback()
        finally:
            if not self.is_postgis:
                for layer in layers.values():
                    layer.dataProvider().leaveUpdateMode()
            layers.clear()

    def _write_all(self, features_by_table):
        transaction, layers = self._begin(list(features_by_table))
        try:
            for table, features in features_by_table.items():
                _add(layers[table], features)
        except BaseException:
            self._end(transaction, layers, False)
            raise
        self._end(transaction, layers, True)

    # --- reading ----------------------------------------------------------------------------
    def read_cites(self, with_geometry=False):
        from qgis.core import QgsFeatureRequest

        request = QgsFeatureRequest()
        if not with_geometry:
            request.setFlags(_no_geometry())
        result = []
        for feature in self.layer("cites").getFeatures(request):
            cite = _null_free(feature.attributeMap()) if hasattr(feature, "attributeMap") else \
                _null_free(dict(zip(feature.fields().names(), feature.attributes())))
            cite["fid"] = feature.id()
            if with_geometry:
                cite["geometry"] = feature.geometry()
            result.append(cite)
        return result

    def read_operations(self, layer=None, cite_ids=None):
        """key → operation dict (with fid) for every operation, or those of ``cite_ids``."""
        from qgis.core import QgsFeatureRequest

        layer = layer or self.layer("operations")
        request = QgsFeatureRequest()
        request.setFlags(_no_geometry())
        if cite_ids is not None and len(cite_ids) <= 200:
            # a few cités (the dock's details, a small import): let the database filter
            request.setFilterExpression(_in_expression("cite_id", cite_ids))
        names = layer.fields().names()
        result = {}
        for feature in layer.getFeatures(request):
            operation = {name: python_value(value) for name, value in zip(names, feature.attributes())}
            if cite_ids is not None and operation["cite_id"] not in cite_ids:
                continue
            operation["fid"] = feature.id()
            result[operation_key(operation["cite_id"], operation["reseau"], operation["annee_programme"])] = operation
        return result

    def read_table(self, table, layer=None, expression=None):
        from qgis.core import QgsFeatureRequest

        layer = layer or self.layer(table)
        request = QgsFeatureRequest()
        request.setFlags(_no_geometry())
        if expression:
            request.setFilterExpression(expression)
        names = layer.fields().names()
        rows = []
        for feature in layer.getFeatures(request):
            row = {name: python_value(value) for name, value in zip(names, feature.attributes())}
            row["fid"] = feature.id()
            rows.append(row)
        return rows

    def revision(self, layer=None):
        for row in self.read_table("meta", layer):
            if row["cle"] == "revision":
                return int(row["valeur"])
        return 0

    def aliases(self):
        return {(row["insee"] or "", row["nom_normalise"]): row["cite_id"] for row in self.read_table("alias")}

    def cite_index(self):
        return CiteIndex(self.read_cites(), self.aliases())

    def imports(self):
        return sorted(self.read_table("imports"), key=lambda r: r["import_id"])

    def history(self, cite_id):
        """The historique rows of one cité (its operations and its state), in the order of the changes."""
        from qgis.core import QgsExpression

        # the database narrows the rows (a base holds 100,000s of them); Python keeps the exact ones
        # (LIKE's "_" and "%" may match a few more)
        expression = "{0} = {1} OR {0} LIKE {2}".format(QgsExpression.quotedColumnRef("cle"),
                                                       QgsExpression.quotedValue(cite_id),
                                                       QgsExpression.quotedValue(cite_id + "|%"))
        rows = [r for r in self.read_table("historique", expression=expression)
                if (r["cle"] or "").split("|")[0] == cite_id]
        return sorted(rows, key=lambda r: (r["import_id"] or 0, r["fid"]))

    # --- import -----------------------------------------------------------------------------
    @detached
    def plan(self, raw_rows, mapping, threshold, feedback=None):
        """Plan an import of ``raw_rows`` (see :func:`plan_import`) against the base as it is now."""
        revision = self.revision()
        plan = plan_import(raw_rows, mapping, self.cite_index(), self.read_operations(), revision, threshold,
                           feedback)
        return plan

    @detached
    def apply(self, plan, source_name="", sha256="", user=None, _before_commit=None):
        """Write ``plan`` in one transaction; returns the new import_id. Raises SandtConflict when an
        operation it touches changed since ``plan.base_revision``; on any failure nothing is written."""
        user = user or current_user()
        now = datetime.datetime.now().replace(microsecond=0)
        tables = ["meta", "operations", "historique", "imports", "cites"]
        transaction, layers = self._begin(tables)
        try:
            revision = self._bump_revision(layers["meta"])
            current = self.read_operations(layers["operations"], plan.touched_cites)
            conflicts = [op["key"] for op in plan.inserts if op["key"] in current]
            for key, _fid, _changes in plan.updates:
                operation = current.get(key)
                if operation is None or (operation.get("revision") or 0) > plan.base_revision:
                    conflicts.append(key)
            if conflicts:
                raise SandtConflict(
                    "Import refusé : {} opération(s) qu'il modifierait ont changé depuis sa préparation "
                    "(révision {} → {}), sans doute par un autre import simultané : {}. Rien n'a été écrit ; "
                    "relancer la simulation puis appliquer.".format(
                        len(conflicts), plan.base_revision, revision - 1, ", ".join(sorted(conflicts)[:10])))
            imports = self.read_table("imports", layers["imports"])
            import_id = max([r["import_id"] or 0 for r in imports] + [0]) + 1
            history = []

            def trace(table, key, field, old, new):
                history.append((table, key, field, _as_text(old), _as_text(new)))

            operations_layer = layers["operations"]
            new_features = []
            from qgis.core import QgsFeature

            for operation in plan.inserts:
                feature = QgsFeature(operations_layer.fields())
                for field in ("cite_id", "reseau", "annee_programme") + OPERATION_FIELDS:
                    feature.setAttribute(field, _qvalue(operation.get(field)))
                feature.setAttribute("import_id", import_id)
                feature.setAttribute("maj_le", _qvalue(now))
                feature.setAttribute("revision", revision)
                new_features.append(feature)
                trace("operations", operation["key"], "*", None, "insertion")
            _add(operations_layer, new_features)
            changes_by_fid = {}
            index = operations_layer.fields().indexFromName
            for key, _fid, changes in plan.updates:
                operation = current[key]
                values = {index(field): _qvalue(new) for field, (old, new) in changes.items()}
                for field, (_old, new) in changes.items():
                    trace("operations", key, field, operation.get(field), new)
                for field, new in (("import_id", import_id), ("maj_le", now)):
                    trace("operations", key, field, operation.get(field), new)
                    values[index(field)] = _qvalue(new)
                values[index("revision")] = revision
                changes_by_fid[operation["fid"]] = values
            _change(operations_layer, changes_by_fid)
            for cite_id, field, old, new in self._refresh_cites(layers, plan.touched_cites):
                trace("cites", cite_id, field, old, new)
            if _before_commit is not None:
                _before_commit()
            history_fields = layers["historique"].fields()
            make = _feature_maker(history_fields, ("import_id", "nom_table", "cle", "champ", "ancienne_valeur",
                                                   "nouvelle_valeur", "date_modif", "utilisateur"))
            qnow = _qvalue(now)
            _add(layers["historique"], [make((import_id, table, key, field, old, new, qnow, user))
                                        for table, key, field, old, new in history])
            counts = plan.counts
            feature = QgsFeature(layers["imports"].fields())
            for name, value in (("import_id", import_id), ("fichier", source_name), ("sha256", sha256),
                                ("date_import", _qvalue(now)), ("utilisateur", user), ("etat", "applique"),
                                ("revision", revision)):
                feature.setAttribute(name, value)
            for action, count in counts.items():
                feature.setAttribute("nb_" + action, count)
            _add(layers["imports"], [feature])
        except BaseException:
            self._end(transaction, layers, False)
            raise
        self._end(transaction, layers, True)
        return import_id

    def _bump_revision(self, meta_layer):
        """Take the base's write lock, then increment its revision; returns the new revision.

        Writing the ``verrou`` row first makes a concurrent writer wait (PostgreSQL row lock, SQLite write
        lock) until this transaction ends; the revision is read only once the lock is held, so it is the
        latest committed one and two imports never share a revision."""
        import uuid

        value_index = meta_layer.fields().indexFromName("valeur")
        rows = {row["cle"]: row for row in self.read_table("meta", meta_layer)}
        if "revision" not in rows:
            raise SandtError("La base {} n'a pas de révision : ce n'est pas une base Sandt.".format(self.location))
        if "verrou" in rows:
            _change(meta_layer, {rows["verrou"]["fid"]: {value_index: uuid.uuid4().hex}})
            rows = {row["cle"]: row for row in self.read_table("meta", meta_layer)}
        revision = int(rows["revision"]["valeur"]) + 1
        _change(meta_layer, {rows["revision"]["fid"]: {value_index: str(revision)}})
        return revision

    def _refresh_cites(self, layers, cite_ids):
        """Recompute etat and avancement_pct of ``cite_ids``; yields (cite_id, field, old, new) changed."""
        if not cite_ids:
            return []
        operations = self.read_operations(layers["operations"], cite_ids)
        by_cite = {}
        for operation in operations.values():
            by_cite.setdefault(operation["cite_id"], []).append(operation)
        cites_layer = layers["cites"]
        index = cites_layer.fields().indexFromName
        changed, changes = [], {}
        for cite in self.read_table("cites", cites_layer):
            if cite["cite_id"] not in cite_ids:
                continue
            etat, pct = cite_status(by_cite.get(cite["cite_id"], []))
            values = {}
            if cite["etat"] != etat:
                values[index("etat")] = etat
                changed.append((cite["cite_id"], "etat", cite["etat"], etat))
            if cite["avancement_pct"] is None or abs(cite["avancement_pct"] - pct) > 1e-9:
                values[index("avancement_pct")] = pct
                changed.append((cite["cite_id"], "avancement_pct", cite["avancement_pct"], pct))
            if values:
                changes[cite["fid"]] = values
        _change(cites_layer, changes)
        return changed

    # --- undo -------------------------------------------------------------------------------
    @detached
    def undo(self, import_id, user=None):
        """Restore what import ``import_id`` changed. Refuses when it is unknown or already undone, or when
        a later applied import changed the same operations."""
        tables = ["meta", "operations", "historique", "imports", "cites"]
        transaction, layers = self._begin(tables)
        try:
            revision = self._bump_revision(layers["meta"])
            imports = {r["import_id"]: r for r in self.read_table("imports", layers["imports"])}
            record = imports.get(import_id)
            if record is None:
                raise SandtError("L'import {} n'existe pas dans la base (imports : {}).".format(
                    import_id, ", ".join(str(i) for i in sorted(imports)) or "aucun"))
            if record["etat"] == "annule":
                raise SandtError("L'import {} est déjà annulé.".format(import_id))
            history = self.read_table("historique", layers["historique"])
            own = [h for h in history if h["import_id"] == import_id and h["nom_table"] == "operations"]
            keys = {h["cle"] for h in own}
            later = sorted({h["import_id"] for h in history
                            if h["import_id"] > import_id and h["nom_table"] == "operations" and h["cle"] in keys
                            and imports.get(h["import_id"], {}).get("etat") == "applique"})
            if later:
                raise SandtError(
                    "Annulation refusée : l'import {} a modifié depuis des opérations de l'import {} "
                    "(imports {}). Annuler d'abord {}.".format(
                        later[0], import_id, ", ".join(str(i) for i in later),
                        "l'import {}".format(later[-1]) if len(later) == 1 else
                        "les imports {} (du plus récent au plus ancien)".format(", ".join(str(i) for i in later[::-1]))))
            operations_layer = layers["operations"]
            current = self.read_operations(operations_layer)
            types = dict(_fields_spec()["operations"])
            index = operations_layer.fields().indexFromName
            deletions, restores, trail = [], {}, []
            for entry in sorted(own, key=lambda h: h["fid"]):
                operation = current.get(entry["cle"])
                if operation is None:
                    continue
                if entry["champ"] == "*":
                    deletions.append(operation["fid"])
                    trail.append(("operations", entry["cle"], "*", "insertion", "suppression"))
                else:
                    values = restores.setdefault(operation["fid"], {index("revision"): revision})
                    values[index(entry["champ"])] = _qvalue(_from_text(entry["ancienne_valeur"],
                                                                       types[entry["champ"]]))
                    trail.append(("operations", entry["cle"], entry["champ"], _as_text(operation.get(entry["champ"])),
                                  entry["ancienne_valeur"]))
            _change(operations_layer, restores)
            if deletions and not operations_layer.dataProvider().deleteFeatures(deletions):
                raise SandtError("Suppression impossible : {}".format(_provider_error(operations_layer)))
            for cite_id, field, old, new in self._refresh_cites(layers, {key.split("|")[0] for key in keys}):
                trail.append(("cites", cite_id, field, _as_text(old), _as_text(new)))
            # The undo is a change too: traced under the undone import's id, after its own rows.
            now = _qvalue(datetime.datetime.now().replace(microsecond=0))
            make = _feature_maker(layers["historique"].fields(), (
                "import_id", "nom_table", "cle", "champ", "ancienne_valeur", "nouvelle_valeur", "date_modif",
                "utilisateur"))
            user = user or current_user()
            _add(layers["historique"], [make((import_id, table, key, field, old, new, now, user))
                                        for table, key, field, old, new in trail])
            imports_layer = layers["imports"]
            fields = imports_layer.fields()
            _change(imports_layer, {record["fid"]: {
                fields.indexFromName("etat"): "annule",
                fields.indexFromName("annule_le"): _qvalue(datetime.datetime.now().replace(microsecond=0))}})
        except BaseException:
            self._end(transaction, layers, False)
            raise
        self._end(transaction, layers, True)
        return len(keys)

    # --- alias ------------------------------------------------------------------------------
    @detached
    def add_alias(self, insee, typed_name, cite_id):
        """Remember that ``typed_name`` in commune ``insee`` means ``cite_id`` for the next imports."""
        from qgis.core import QgsFeature

        known = {c["cite_id"]: c for c in self.read_cites()}
        if cite_id not in known:
            raise SandtError("La cité {} n'existe pas dans la base.".format(cite_id))
        insee = insee or known[cite_id]["insee"] or ""
        layer = self.layer("alias")
        feature = QgsFeature(layer.fields())
        for name, value in (("nom_normalise", normalize_cite_name(typed_name)), ("insee", insee),
                            ("cite_id", cite_id), ("nom_saisi", typed_name),
                            ("cree_le", _qvalue(datetime.datetime.now().replace(microsecond=0)))):
            feature.setAttribute(name, value)
        self._write_all({"alias": [feature]})

    # --- progress ---------------------------------------------------------------------------
    def cites_summary(self):
        """cite_id → dict(insee, nb_logements, etat, montant_ht_total)."""
        totals = {}
        for operation in self.read_operations().values():
            totals[operation["cite_id"]] = totals.get(operation["cite_id"], 0.0) + (operation["montant_ht"] or 0.0)
        return {c["cite_id"]: {"insee": c["insee"], "nb_logements": c["nb_logements"] or 0, "etat": c["etat"],
                               "montant_ht_total": totals.get(c["cite_id"], 0.0), "nom": c["nom"]}
                for c in self.read_cites()}


def _in_expression(field, values):
    """A filter expression ``"field" IN ('a', 'b')`` with identifier and values quoted by QGIS."""
    from qgis.core import QgsExpression

    if not values:
        return "FALSE"
    return "{} IN ({})".format(QgsExpression.quotedColumnRef(field),
                               ", ".join(QgsExpression.quotedValue(str(v)) for v in sorted(values)))


def _bad_geometries(cites):
    """(cités whose geometry is not a polygon, cités whose polygon is invalid), named by cite_id (or
    feature number): a point glued into the polygon table or a bow-tie would spoil every later map."""
    from ..compat import is_polygon_geometry

    not_polygons, invalid = [], []
    for number, cite in enumerate(cites, 1):
        geometry = cite.get("geometry")
        if geometry is None or geometry.isNull():
            continue  # a cité without outline yet is allowed
        name = str(cite.get("cite_id") or "").strip() or "entité {}".format(cite.get("ligne", number))
        if not is_polygon_geometry(geometry):
            not_polygons.append(name)
        elif not geometry.isGeosValid():
            invalid.append(name)
    return not_polygons, invalid


def _provider_error(layer):
    provider = layer.dataProvider()
    errors = provider.errors() if hasattr(provider, "errors") else []
    return "; ".join(errors[-3:]) or provider.lastError() if hasattr(provider, "lastError") else "; ".join(errors)


def _feature_maker(fields, names):
    """A function making a feature of ``fields`` from the values of ``names`` (other fields NULL, so the
    key column — fid in a GeoPackage, id in PostGIS — is given by the database)."""
    from qgis.core import QgsFeature

    positions = [fields.indexFromName(name) for name in names]
    count = fields.count()

    def make(values):
        attributes = [None] * count
        for position, value in zip(positions, values):
            attributes[position] = value
        feature = QgsFeature(fields)
        feature.setAttributes(attributes)
        return feature

    return make


def _add(layer, features):
    if not features:
        return
    ok, _added = layer.dataProvider().addFeatures(features)
    if not ok:
        raise SandtError("Écriture impossible dans la table « {} » : {}".format(layer.name(), _provider_error(layer)))


def _change(layer, changes):
    if not changes:
        return
    if not layer.dataProvider().changeAttributeValues(changes):
        raise SandtError("Mise à jour impossible dans la table « {} » : {}".format(layer.name(),
                                                                                    _provider_error(layer)))


__all__ = ["SandtBase", "SandtError", "SandtConflict", "RESEAUX", "POSTGIS_PREFIX"]


def _no_geometry():
    """The NoGeometry request flag (Qgis.FeatureRequestFlag in QGIS 3.36+)."""
    from qgis.core import QgsFeatureRequest

    from ..compat import scoped_enum

    return scoped_enum("FeatureRequestFlag", QgsFeatureRequest, "NoGeometry")
