"""The base Sandt in a GeoPackage or a PostGIS schema, written only through QGIS data providers.

Every import and every undo is one database transaction (QgsTransaction over the base's layers): it
lands whole or not at all. Concurrency is optimistic: a plan remembers the base revision it read;
applying it first bumps the revision row (which serialises writers on PostgreSQL), then refuses when
one of the operations it touches changed after that revision.
"""

import datetime
import functools
import getpass
import math
import os
import re

from ..compat import LAMBERT_93
from ..i18n import translate
from .names import CiteIndex, normalize_cite_name
from .planning import OPERATION_FIELDS, operation_key, plan_import
from .rules import ACTIONS, RESEAUX, cite_status, normalize_insee
from .table_reader import python_value

CRS = LAMBERT_93
POSTGIS_PREFIX = "postgis:"
TABLES = ("cites", "operations", "historique", "imports", "alias", "meta")
IMPORT_COUNT_FIELDS = tuple("nb_" + action for action in ACTIONS)
#: A PostgreSQL schema name the base accepts: a plain identifier (no quoting, no way to end the statement).
SCHEMA_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


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
    """The user's login as QGIS knows it (the operating system's when QGIS gives none)."""
    from qgis.core import QgsApplication

    return QgsApplication.userLoginName() or getpass.getuser()


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


class SandtBase:
    """A base Sandt: ``location`` is a GeoPackage path or ``postgis:<saved connection>/<schema>``."""

    def __init__(self, location):
        self.location = str(location or "").strip()
        if not self.location:
            raise SandtError(translate("SandtStorage", "No base given: choose a GeoPackage or a PostGIS base."))
        self.is_postgis = self.location.startswith(POSTGIS_PREFIX)
        if self.is_postgis:
            spec = self.location[len(POSTGIS_PREFIX):]
            if "/" not in spec:
                raise SandtError(translate("SandtStorage", "PostGIS base \"{}\": write postgis:<connection name>/<schema>.")
                                 .format(self.location))
            self.connection_name, self.schema = spec.rsplit("/", 1)
            check_schema_name(self.schema)
        else:
            self.path = self.location

    # --- connection and layers -------------------------------------------------------------
    def connection(self):
        from qgis.core import QgsProviderRegistry

        if self.is_postgis:
            from ..compat import PROVIDER_ERRORS

            metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
            try:
                connection = metadata.findConnection(self.connection_name)
            except PROVIDER_ERRORS:
                connection = None  # an unknown name: said below
            if connection is None:
                raise SandtError(translate("SandtStorage", "The PostgreSQL connection \"{}\" does not exist in QGIS: "
                                                           "create it in the Data Source Manager.")
                                 .format(self.connection_name))
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
            raise SandtError(translate("SandtStorage", "The table \"{}\" of the base {} cannot be read: is it really a "
                                                       "Sandt base (made by \"Create the Sandt base\")?")
                             .format(table, self.location))
        return layer

    def exists(self):
        if self.is_postgis:
            return "meta" in self._postgis_tables(self.connection())
        return os.path.isfile(self.path)

    def _postgis_tables(self, connection):
        """The table names of the base's schema ([] when the schema does not exist yet)."""
        from ..compat import PROVIDER_ERRORS

        try:
            if self.schema not in connection.schemas():
                return []
            return [t.tableName() for t in connection.tables(self.schema)]
        except PROVIDER_ERRORS as error:  # server down, no right on the schema…
            raise SandtError(translate("SandtStorage", "The PostgreSQL base {} cannot be read: {}").format(
                self.location, _connection_error(error))) from None

    @detached
    def check(self):
        if not self.exists():
            raise SandtError(translate("SandtStorage", "The Sandt base {} does not exist: create it first (Create the "
                                                       "Sandt base).").format(self.location))
        present = set(self._table_names())
        for table in TABLES:
            if table not in present:
                raise SandtError(translate("SandtStorage", "The table \"{}\" of the base {} cannot be read: is it "
                                                           "really a Sandt base (made by \"Create the Sandt base\")?")
                                 .format(table, self.location))

    def _table_names(self):
        """The tables of the base, as its connection lists them (no layer opened)."""
        from ..compat import PROVIDER_ERRORS

        if self.is_postgis:
            return self._postgis_tables(self.connection())
        try:
            return [t.tableName() for t in self.connection().tables()]
        except PROVIDER_ERRORS:  # not a GeoPackage (a CSV, a damaged file…): no Sandt table in it
            return []

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
            problems.append(translate("SandtStorage", "the layer of cités is empty"))
        if empty:
            problems.append(translate("SandtStorage", "empty cite_id for the features {}").format(", ".join(empty[:20])))
        if duplicates:
            problems.append(translate("SandtStorage", "duplicate cite_id: {}").format(", ".join(duplicates[:50])))
        codes, bad_codes = {}, []
        for number, cite in enumerate(cites, 1):
            try:  # a shapefile's real-typed 62498.0 must be stored as the code the programmes give
                codes[number] = normalize_insee(cite.get("insee"))
            except ValueError:
                bad_codes.append("{} ({})".format(str(cite.get("cite_id") or "").strip() or number, cite.get("insee")))
        if bad_codes:
            problems.append(translate("SandtStorage", "malformed INSEE code (5 characters expected): {}").format(
                ", ".join(bad_codes[:20])))
        not_polygons, invalid = _bad_geometries(cites)
        if not_polygons:
            problems.append(translate("SandtStorage", "geometries that are not polygons: {}").format(
                ", ".join(not_polygons[:20])))
        if invalid:
            problems.append(translate("SandtStorage", "invalid geometries (tool \"Fix geometries\"): {}").format(
                ", ".join(invalid[:20])))
        if problems:
            raise SandtError(translate("SandtStorage", "Base not created: {}. Correct the layer of cités.").format(
                translate("SandtStorage", "; ").join(problems)))
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
            raise SandtError(translate("SandtStorage", "Base not created: {} is already a Sandt base with {} import(s) "
                                                       "and their history. Choose another file or schema (or delete "
                                                       "the old base if that is really wanted).")
                             .format(self.location, applied))

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
                raise SandtError(translate("SandtStorage", "The file {} already exists.").format(self.path))
        try:
            if os.path.exists(self.path):
                os.remove(self.path)
            os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        except OSError as error:  # open in QGIS on Windows, a folder, no write permission…
            raise SandtError(translate("SandtStorage", "Cannot write {} ({}): close this file if it is open (QGIS project, "
                                                       "other software) or choose another name.")
                             .format(self.path, error.strerror or error)) from error
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "cites"
        writer = QgsVectorFileWriter.create(self.path, qgs_fields("cites"), wkb_type("MultiPolygon"),
                                            QgsCoordinateReferenceSystem(CRS), QgsCoordinateTransformContext(),
                                            options)
        if writer.hasError():
            raise SandtError(translate("SandtStorage", "Cannot create {}: {}").format(self.path, writer.errorMessage()))
        del writer
        connection = self.connection()
        for table in TABLES[1:]:
            connection.createVectorTable("", table, qgs_fields(table), wkb_type("NoGeometry"),
                                         QgsCoordinateReferenceSystem(), False, {})
        self._create_indexes(connection, "")

    def _create_postgis_tables(self, overwrite):
        from qgis.core import QgsCoordinateReferenceSystem

        from ..compat import PROVIDER_ERRORS, wkb_type

        connection = self.connection()
        try:
            if self.schema not in connection.schemas():
                connection.createSchema(self.schema)
            existing = [t.tableName() for t in connection.tables(self.schema)]
            for table in TABLES:
                if table in existing:
                    if not overwrite:
                        raise SandtError(translate("SandtStorage", "The table {}.{} already exists.").format(
                            self.schema, table))
                    connection.dropVectorTable(self.schema, table)
                geometry = wkb_type("MultiPolygon") if table == "cites" else wkb_type("NoGeometry")
                crs = QgsCoordinateReferenceSystem(CRS) if table == "cites" else QgsCoordinateReferenceSystem()
                connection.createVectorTable(self.schema, table, qgs_fields(table), geometry, crs, False,
                                             {"geometryColumn": "geom"})
            self._create_indexes(connection, self.schema)
        except PROVIDER_ERRORS as error:  # no right to create, server gone…
            raise SandtError(translate("SandtStorage", "Base not created in {}: {}").format(
                self.location, _connection_error(error))) from None

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
            raise SandtError(translate("SandtStorage", "Cannot open a transaction on the base {}.").format(self.location))
        ok, error = transaction.begin()
        if not ok:
            raise SandtError(translate("SandtStorage", "Cannot open a transaction on the base {}: {}").format(
                self.location, error))
        return transaction, {t: layer for t, layer in zip(tables, layers)}

    def _end(self, transaction, layers, commit):
        try:
            if commit:
                ok, error = transaction.commit()
                if not ok:
                    transaction.rollback()
                    raise SandtError(translate("SandtStorage", "Writing to the base failed, nothing was changed: {}")
                                     .format(error))
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
        """The cités of the base: dicts of their fields, with fid (and geometry when asked)."""
        if not with_geometry:
            return self.read_table("cites")
        from qgis.core import QgsFeatureRequest

        layer = self.layer("cites")
        names = layer.fields().names()
        result = []
        for feature in layer.getFeatures(QgsFeatureRequest()):
            cite = {name: python_value(value) for name, value in zip(names, feature.attributes())}
            cite["fid"] = feature.id()
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
        cites = self.read_cites()
        plan = plan_import(raw_rows, mapping, CiteIndex(cites, self.aliases()), self.read_operations(), revision,
                           threshold, feedback)
        if plan is not None:
            plan.cites = {c["cite_id"]: {"fid": c["fid"], "etat": c["etat"], "avancement_pct": c["avancement_pct"]}
                          for c in cites}
        return plan

    @detached
    def apply(self, plan, source_name="", sha256="", user=None, _before_commit=None):
        """Write ``plan`` in one transaction; returns the new import_id. Raises SandtConflict when an
        operation it touches changed since ``plan.base_revision``; on any failure nothing is written."""
        from qgis.core import QgsFeature

        user = user or current_user()
        now = datetime.datetime.now().replace(microsecond=0)
        _refuse_non_finite(plan)
        tables = ["meta", "operations", "historique", "imports", "cites"]
        transaction, layers = self._begin(tables)
        try:
            revision, previous = self._bump_revision(layers["meta"])
            touched = plan.touched_cites
            if previous == plan.base_revision and (plan.operations or not plan.updates):
                # Nothing written since the plan read the base (every writer bumps the revision under the
                # lock held now): its operations and cités are the current ones, no need to read them again.
                current, cites = plan.operations, plan.cites or None
            else:
                current = self.read_operations(layers["operations"], touched)
                cites = None
                conflicts = [op["key"] for op in plan.inserts if op["key"] in current]
                for key, _fid, _changes in plan.updates:
                    operation = current.get(key)
                    if operation is None or (operation.get("revision") or 0) > plan.base_revision:
                        conflicts.append(key)
                if conflicts:
                    raise SandtConflict(translate(
                        "SandtStorage", "Import refused: {} operation(s) it would change have changed since it was "
                                        "prepared (revision {} → {}), probably by another import at the same time: "
                                        "{}. Nothing was written; run the dry run again, then apply.")
                        .format(len(conflicts), plan.base_revision, previous, ", ".join(sorted(conflicts)[:10])))
            imports = self.read_table("imports", layers["imports"])
            import_id = max([r["import_id"] or 0 for r in imports] + [0]) + 1
            history = []
            trace = history.append

            operations_layer = layers["operations"]
            fields = operations_layer.fields()
            make = _feature_maker(fields, ("cite_id", "reseau", "annee_programme") + OPERATION_FIELDS +
                                  ("import_id", "maj_le", "revision"))
            qnow = _qvalue(now)
            tail = [import_id, qnow, revision]
            new_features = []
            for operation in plan.inserts:
                values = [operation["cite_id"], operation["reseau"], operation["annee_programme"]]
                values += [_qvalue(operation.get(field)) for field in OPERATION_FIELDS]
                new_features.append(make(values + tail))
            history.extend(("operations", operation["key"], "*", None, "insertion") for operation in plan.inserts)
            _add(operations_layer, new_features)
            changes_by_fid = {}
            index = fields.indexFromName
            for key, _fid, changes in plan.updates:
                operation = current[key]
                values = {index(field): _qvalue(new) for field, (old, new) in changes.items()}
                for field, (_old, new) in changes.items():
                    trace(("operations", key, field, _as_text(operation.get(field)), _as_text(new)))
                for field, new in (("import_id", import_id), ("maj_le", now)):
                    trace(("operations", key, field, _as_text(operation.get(field)), _as_text(new)))
                    values[index(field)] = _qvalue(new)
                values[index("revision")] = revision
                changes_by_fid[operation["fid"]] = values
            _change(operations_layer, changes_by_fid)
            after = _operations_after(current, plan, touched)
            for cite_id, field, old, new in self._refresh_cites(layers, touched, after, cites):
                trace(("cites", cite_id, field, _as_text(old), _as_text(new)))
            if _before_commit is not None:
                _before_commit()
            make = _feature_maker(layers["historique"].fields(), ("import_id", "nom_table", "cle", "champ",
                                                                   "ancienne_valeur", "nouvelle_valeur", "date_modif",
                                                                   "utilisateur"))
            _add(layers["historique"], [make((import_id,) + entry + (qnow, user)) for entry in history])
            counts = plan.counts
            feature = QgsFeature(layers["imports"].fields())
            for name, value in (("import_id", import_id), ("fichier", source_name), ("sha256", sha256),
                                ("date_import", qnow), ("utilisateur", user), ("etat", "applique"),
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
        """Take the base's write lock, then increment its revision; returns (new revision, revision before).

        Writing the ``verrou`` row first makes a concurrent writer wait (PostgreSQL row lock, SQLite write
        lock) until this transaction ends; the revision is read only once the lock is held, so it is the
        latest committed one and two imports never share a revision."""
        import uuid

        value_index = meta_layer.fields().indexFromName("valeur")
        rows = {row["cle"]: row for row in self.read_table("meta", meta_layer)}
        if "revision" not in rows:
            raise SandtError(translate("SandtStorage", "The base {} has no revision: it is not a Sandt base.").format(
                self.location))
        if "verrou" in rows:
            _change(meta_layer, {rows["verrou"]["fid"]: {value_index: uuid.uuid4().hex}})
            rows = {row["cle"]: row for row in self.read_table("meta", meta_layer)}
        previous = int(rows["revision"]["valeur"])
        _change(meta_layer, {rows["revision"]["fid"]: {value_index: str(previous + 1)}})
        return previous + 1, previous

    def _refresh_cites(self, layers, cite_ids, operations=None, cites=None):
        """Recompute etat and avancement_pct of ``cite_ids``; returns (cite_id, field, old, new) changed.

        ``operations`` (key → operation) are the operations of those cités as they now are, and ``cites``
        (cite_id → dict with fid, etat, avancement_pct) their current state; each is read from the base
        when not given."""
        if not cite_ids:
            return []
        if operations is None:
            operations = self.read_operations(layers["operations"], cite_ids)
        by_cite = {}
        for operation in operations.values():
            by_cite.setdefault(operation["cite_id"], []).append(operation)
        cites_layer = layers["cites"]
        if cites is None:
            cites = {c["cite_id"]: c for c in self.read_table("cites", cites_layer) if c["cite_id"] in cite_ids}
        index = cites_layer.fields().indexFromName
        etat_index, pct_index = index("etat"), index("avancement_pct")
        changed, changes = [], {}
        for cite_id in sorted(cite_ids):
            cite = cites.get(cite_id)
            if cite is None:
                continue
            etat, pct = cite_status(by_cite.get(cite_id, []))
            values = {}
            if cite["etat"] != etat:
                values[etat_index] = etat
                changed.append((cite_id, "etat", cite["etat"], etat))
            if cite["avancement_pct"] is None or abs(cite["avancement_pct"] - pct) > 1e-9:
                values[pct_index] = pct
                changed.append((cite_id, "avancement_pct", cite["avancement_pct"], pct))
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
            revision, _previous = self._bump_revision(layers["meta"])
            imports = {r["import_id"]: r for r in self.read_table("imports", layers["imports"])}
            record = imports.get(import_id)
            if record is None:
                raise SandtError(translate("SandtStorage", "Import {} does not exist in the base (imports: {}).").format(
                    import_id, ", ".join(str(i) for i in sorted(imports)) or translate("SandtStorage", "none")))
            if record["etat"] == "annule":
                raise SandtError(translate("SandtStorage", "Import {} is already undone.").format(import_id))
            history = self.read_table("historique", layers["historique"])
            own = [h for h in history if h["import_id"] == import_id and h["nom_table"] == "operations"]
            keys = {h["cle"] for h in own}
            later = sorted({h["import_id"] for h in history
                            if h["import_id"] > import_id and h["nom_table"] == "operations" and h["cle"] in keys
                            and imports.get(h["import_id"], {}).get("etat") == "applique"})
            if later:
                if len(later) == 1:
                    first = translate("SandtStorage", "import {}").format(later[-1])
                else:
                    first = translate("SandtStorage", "imports {} (the latest first)").format(
                        ", ".join(str(i) for i in later[::-1]))
                raise SandtError(translate("SandtStorage", "Undo refused: import {} has since changed operations of "
                                                           "import {} (imports {}). Undo {} first.")
                                 .format(later[0], import_id, ", ".join(str(i) for i in later), first))
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
                raise SandtError(translate("SandtStorage", "Cannot delete from the table \"{}\": {}").format(
                    operations_layer.name(), _provider_error(operations_layer)))
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
            raise SandtError(translate("SandtStorage", "The cité {} does not exist in the base.").format(cite_id))
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


def _operations_after(current, plan, cite_ids):
    """The operations of ``cite_ids`` once ``plan`` is written: ``current`` (key → operation) with the
    plan's changes and new operations."""
    after = {key: dict(op) for key, op in current.items() if op["cite_id"] in cite_ids}
    for key, _fid, changes in plan.updates:
        for field, (_old, new) in changes.items():
            after[key][field] = new
    for operation in plan.inserts:
        after[operation["key"]] = operation
    return after


def _refuse_non_finite(plan):
    """Nothing non-finite is ever stored (the row validation refuses it; this guards every other path)."""
    values = [op.get(f) for op in plan.inserts for f in ("montant_ht", "longueur_m")]
    values += [new for _key, _fid, changes in plan.updates for _field, (_old, new) in changes.items()]
    if any(isinstance(v, float) and not math.isfinite(v) for v in values):
        raise SandtError(translate("SandtStorage", "An amount or a length is not a finite number: nothing was "
                                                   "written."))


def _connection_error(error):
    """The text of a QgsProviderConnectionException (its args hold the server's message)."""
    return " ".join(str(a) for a in error.args) or error.__class__.__name__


def check_schema_name(schema):
    """Refuse a PostgreSQL schema name that is not a plain identifier (letters without accents, digits and
    "_", not starting with a digit, at most 63 characters): such a name could end a statement of QGIS's
    connection API and run another one. Raises SandtError."""
    if not SCHEMA_NAME.fullmatch(schema or ""):
        raise SandtError(translate("SandtStorage", "PostGIS schema \"{}\" refused: a schema name holds only letters "
                                                   "without accents, digits and \"_\", does not start with a digit "
                                                   "and has at most 63 characters (e.g. sandt, sandt_2026).")
                         .format(schema))


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
        name = str(cite.get("cite_id") or "").strip() or translate("SandtStorage", "feature {}").format(
            cite.get("ligne", number))
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
    first = positions[0]
    if positions == list(range(first, first + len(positions))):
        # the usual case (the key column first, then the named fields in order): no per-value placing
        before, after = [None] * first, [None] * (count - first - len(positions))

        def make_in_order(values):
            feature = QgsFeature()
            feature.setAttributes(before + list(values) + after)
            return feature

        return make_in_order

    def make(values):
        attributes = [None] * count
        for position, value in zip(positions, values):
            attributes[position] = value
        feature = QgsFeature()
        feature.setAttributes(attributes)
        return feature

    return make


def _add(layer, features):
    if not features:
        return
    ok, _added = layer.dataProvider().addFeatures(features)
    if not ok:
        raise SandtError(translate("SandtStorage", "Cannot write into the table \"{}\": {}").format(
            layer.name(), _provider_error(layer)))


def _change(layer, changes):
    if not changes:
        return
    if not layer.dataProvider().changeAttributeValues(changes):
        raise SandtError(translate("SandtStorage", "Cannot update the table \"{}\": {}").format(
            layer.name(), _provider_error(layer)))


__all__ = ["SandtBase", "SandtError", "SandtConflict", "RESEAUX", "POSTGIS_PREFIX"]


def _no_geometry():
    """The NoGeometry request flag (Qgis.FeatureRequestFlag in QGIS 3.36+)."""
    from qgis.core import QgsFeatureRequest

    from ..compat import scoped_enum

    return scoped_enum("FeatureRequestFlag", QgsFeatureRequest, "NoGeometry")
