"""mbm:patrimoine_hierarchie — note, rank, class and stability of each cité on the heritage grid."""

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)

from ...mbm_qgis_plugin.compat import scoped_enum, source_type
from ...mbm_qgis_plugin.patrimoine import grid
from ...mbm_qgis_plugin.patrimoine.labels import french_number
from ..base import MbmAlgorithm, with_decimals
from .common import CITE_ID, CitesInput, extended_fields, output_feature, plain

GRID_FIELDS = (("note", "Double", 6, 2), ("criteres_manquants", "String", 254), ("rang", "Int"),
               ("classe", "String", 20), ("stabilite", "Double", 5, 3))
UNSTABLE_BELOW = 0.9


def _as_typed(value):
    """A score as the user typed it: 4 (not 4.0), 3,5 with a French comma, text as it is."""
    if isinstance(value, float):
        return french_number(value, 2).rstrip("0").rstrip(",")
    return value


def _number(kind):
    return scoped_enum("ProcessingNumberParameterType", QgsProcessingParameterNumber, kind)


class PatrimoineHierarchieAlgorithm(CitesInput, MbmAlgorithm):
    ALGORITHM_ID = "patrimoine_hierarchie"
    TASK = "patrimoine"

    INPUT = "INPUT"
    CRITERIA = "CRITERIA"
    METHOD = "METHOD"
    SEUIL_EXCEPTIONNELLE = "SEUIL_EXCEPTIONNELLE"
    SEUIL_REMARQUABLE = "SEUIL_REMARQUABLE"
    NB_EXCEPTIONNELLES = "NB_EXCEPTIONNELLES"
    NB_REMARQUABLES = "NB_REMARQUABLES"
    OUTPUT = "OUTPUT"
    COUNT_OUTPUTS = {grid.EXCEPTIONNELLE: "NB_EXCEPTIONNELLE", grid.REMARQUABLE: "NB_REMARQUABLE",
                     grid.TEMOIN: "NB_TEMOIN", grid.A_COMPLETER: "NB_A_COMPLETER"}

    def displayName(self):
        return self.tr("Heritage ranking of the cités")

    def shortHelpString(self):
        return self.tr(
            "Ranks the cités on the heritage grid. Each criterion is a numeric field scored from 0 to 3 "
            "(decimals allowed, empty when not scored yet) with a weight (default: architecture, urbanisme, "
            "paysage, histoire, symbolique, weight 1 each). note = 100 / 3 × Σ weight × score / Σ weight over "
            "the criteria present, rounded to 2 decimals; with fewer than 3 criteria present the note is empty "
            "and the class a_completer. rang: 1 = best note, equal notes share a rank (1, 2, 2, 4). classe "
            "(exceptionnelle, remarquable, temoin) from the rounded note, by thresholds (note ≥ exceptionnelle "
            "threshold, else ≥ remarquable threshold) or by counts (rank ≤ number of exceptionnelles, else ≤ "
            "exceptionnelles + remarquables: cités tied at a boundary all take the higher class, and a warning "
            "says how many more than asked). stabilite: share of 200 seeded draws, each weight multiplied by its "
            "own factor between 0.8 and 1.2, in which the cité keeps its class (the same method, re-ranked by "
            "counts): a class that hangs on the choice of weights shows it. Every field of the layer is kept.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Cités"), [source_type("TypeVectorPolygon")]),
            self.tr("Polygons of the cités with cite_id, nom and one numeric field per criterion (0 to 3)."))
        default = [value for name in grid.DEFAULT_CRITERIA for value in (name, 1)]
        self.add_parameter(QgsProcessingParameterMatrix(
            self.CRITERIA, self.tr("Criteria (field, weight)"), numberRows=len(grid.DEFAULT_CRITERIA),
            hasFixedNumberRows=False, headers=[self.tr("Field"), self.tr("Weight")], defaultValue=default,
            optional=True),
            self.tr("One row per criterion: the field of its scores and its weight (flat: field, weight, field, "
                    "weight…). Empty: architecture, urbanisme, paysage, histoire, symbolique, weight 1 each."))
        method = QgsProcessingParameterEnum(self.METHOD, self.tr("Classes by"), list(grid.METHODS), defaultValue=0)
        if hasattr(method, "setUsesStaticStrings"):
            method.setUsesStaticStrings(True)
            method.setDefaultValue(grid.SEUILS)
        self.add_parameter(method, self.tr(
            "seuils: classes from the note and the two thresholds; effectifs: the given numbers of best-ranked "
            "cités."))
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.SEUIL_EXCEPTIONNELLE, self.tr("Exceptionnelle from note"), _number("Double"),
            grid.DEFAULT_THRESHOLDS[0], minValue=0.0, maxValue=100.0), 2),
            self.tr("With seuils: a cité whose rounded note reaches this is exceptionnelle."))
        self.add_parameter(with_decimals(QgsProcessingParameterNumber(
            self.SEUIL_REMARQUABLE, self.tr("Remarquable from note"), _number("Double"),
            grid.DEFAULT_THRESHOLDS[1], minValue=0.0, maxValue=100.0), 2),
            self.tr("With seuils: a cité whose rounded note reaches this (and not the first threshold) is "
                    "remarquable."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.NB_EXCEPTIONNELLES, self.tr("Number of exceptionnelles"), _number("Integer"),
            grid.DEFAULT_COUNTS[0], minValue=0),
            self.tr("With effectifs: the cités ranked up to this are exceptionnelles (more when tied)."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.NB_REMARQUABLES, self.tr("Number of remarquables"), _number("Integer"),
            grid.DEFAULT_COUNTS[1], minValue=0),
            self.tr("With effectifs: the next cités, up to this many, are remarquables (more when tied)."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Heritage ranking"), source_type("TypeVectorPolygon")),
            self.tr("The cités with every field kept and note, criteres_manquants, rang, classe, stabilite."))
        for classe, name in self.COUNT_OUTPUTS.items():
            self.addOutput(QgsProcessingOutputNumber(name, self.tr("Number of cités: {}").format(classe)))

    def _method(self, parameters, context):
        if hasattr(self, "parameterAsEnumString"):
            method = self.parameterAsEnumString(parameters, self.METHOD, context)
            if method in grid.METHODS:
                return method
        return grid.METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]

    def _criteria(self, parameters, context, source):
        try:
            criteria = grid.parse_criteria(self.parameterAsMatrix(parameters, self.CRITERIA, context))
        except grid.PatrimoineError as error:
            raise QgsProcessingException(str(error)) from error
        names = source.fields().names()
        absent = [field for field, _weight in criteria if field not in names]
        if absent:
            raise QgsProcessingException(self.tr(
                "The layer of cités has no field {}: choose, for each criterion, the field of its scores "
                "(fields of the layer: {}).").format(", ".join(absent), ", ".join(names)))
        return criteria

    def _read_scores(self, source, criteria, feedback):
        """(features, score rows); refuses, listing them, scores that are not numbers from 0 to 3."""
        indexes = [source.fields().lookupField(field) for field, _weight in criteria]
        id_index = source.fields().lookupField(CITE_ID)
        features, rows, bad = [], [], []
        total = max(1, source.featureCount())
        for number, feature in enumerate(source.getFeatures(), 1):
            if feedback.isCanceled():
                return None, None
            scores = []
            for (field, _weight), index in zip(criteria, indexes):
                value = feature.attribute(index)
                try:
                    scores.append(grid.read_score(value))
                except ValueError:
                    scores.append(None)
                    bad.append("{} {} = « {} »".format(plain(feature.attribute(id_index)) or "#{}".format(number),
                                                     field, _as_typed(value)))
            features.append(feature)
            rows.append(scores)
            feedback.setProgress(100.0 * number / total)
        if bad:
            raise QgsProcessingException(self.tr(
                "Scores that are not numbers from 0 to 3 ({}): {}. Correct them (leave empty a criterion not scored "
                "yet), then run again.").format(len(bad), "; ".join(bad[:15]) + (" …" if len(bad) > 15 else "")))
        return features, rows

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        if feedback.isCanceled():  # a child feedback only hears of later cancels
            steps.cancel()
        source = self.cites_source(parameters, self.INPUT, context)
        criteria = self._criteria(parameters, context, source)
        method = self._method(parameters, context)
        thresholds = (self.parameterAsDouble(parameters, self.SEUIL_EXCEPTIONNELLE, context),
                      self.parameterAsDouble(parameters, self.SEUIL_REMARQUABLE, context))
        counts = (self.parameterAsInt(parameters, self.NB_EXCEPTIONNELLES, context),
                  self.parameterAsInt(parameters, self.NB_REMARQUABLES, context))
        try:
            if method == grid.SEUILS:
                grid.check_thresholds(*thresholds)
            else:
                grid.check_counts(*counts)
        except grid.PatrimoineError as error:
            raise QgsProcessingException(str(error)) from error

        features, rows = self._read_scores(source, criteria, steps)
        if features is None:
            return {}
        if not features:
            raise QgsProcessingException(self.tr("The layer of cités holds no feature."))
        steps.setCurrentStep(1)
        steps.setProgressText(self.tr("Stability: 200 draws of the weights…"))
        ranking = grid.rank_cites(rows, criteria, method, thresholds, counts, feedback=steps)
        if steps.isCanceled():
            return {}
        steps.setCurrentStep(2)

        fields, index = extended_fields(source.fields(), GRID_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for number, feature in enumerate(features):
            if steps.isCanceled():
                return {}
            values = {index["note"]: ranking.notes[number],
                      index["criteres_manquants"]: ", ".join(ranking.missing[number]),
                      index["rang"]: ranking.ranks[number], index["classe"]: ranking.classes[number],
                      index["stabilite"]: ranking.stabilities[number]}
            sink.addFeature(output_feature(feature, fields, values), QgsFeatureSink.Flag.FastInsert)
            steps.setProgress(100.0 * (number + 1) / len(features))
        self._report(features, ranking, method, counts, source, steps)
        self.style_on_load(context, dest_id, "patrimoine_classes")
        results = {self.OUTPUT: dest_id}
        for classe, count in ranking.counts().items():
            results[self.COUNT_OUTPUTS[classe]] = count
        return results

    def _report(self, features, ranking, method, counts, source, feedback):
        """Class counts, ties beyond the counts asked, cités à compléter, unstable classes, duplicate ids."""
        id_index = source.fields().lookupField(CITE_ID)
        ids = [str(plain(f.attribute(id_index)) or "#{}".format(n)) for n, f in enumerate(features, 1)]
        numbers = ranking.counts()
        feedback.pushInfo(self.tr("{} exceptionnelles, {} remarquables, {} témoins, {} à compléter.").format(
            numbers[grid.EXCEPTIONNELLE], numbers[grid.REMARQUABLE], numbers[grid.TEMOIN], numbers[grid.A_COMPLETER]))
        for excess in ranking.excesses:
            if excess.classe == grid.EXCEPTIONNELLE:
                message = self.tr("{} cités are exceptionnelles where {} were asked ({} more): the cités tied at "
                                  "rank {} (note {}) all take the higher class.")
            else:
                message = self.tr("{} cités are exceptionnelles or remarquables where {} were asked ({} more): the "
                                  "cités tied at rank {} (note {}) all take the higher class.")
            feedback.pushWarning(message.format(excess.count, excess.asked, excess.extra, excess.rank,
                                                french_number(excess.note, 2)))
        if method == grid.EFFECTIFS and sum(counts) > len(features) - numbers[grid.A_COMPLETER]:
            feedback.pushWarning(self.tr("{} cités asked in the first two classes, but only {} cités have a note.")
                                 .format(sum(counts), len(features) - numbers[grid.A_COMPLETER]))
        to_complete = [i for i, c in zip(ids, ranking.classes) if c == grid.A_COMPLETER]
        if to_complete:
            feedback.pushWarning(self.tr("{} cités have fewer than 3 scores and are à compléter: {}").format(
                len(to_complete), ", ".join(to_complete[:30]) + (" …" if len(to_complete) > 30 else "")))
        unstable = sorted((s, i) for i, s in zip(ids, ranking.stabilities) if s is not None and s < UNSTABLE_BELOW)
        if unstable:
            feedback.pushInfo(self.tr("{} cités keep their class in less than 90 % of the draws (the least stable: "
                                      "{}).").format(len(unstable), ", ".join(
                                          "{} {}".format(i, french_number(s, 3)) for s, i in unstable[:10])))
        seen, duplicates = set(), set()
        for cite_id in ids:
            (duplicates if cite_id in seen else seen).add(cite_id)
        if duplicates:
            feedback.pushWarning(self.tr("cite_id given to several cités: {}. The crossing with the base Sandt "
                                         "will refuse them.").format(", ".join(sorted(duplicates)[:20])))
