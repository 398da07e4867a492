"""Reading a base Sandt (GeoPackage or ``postgis:<connection>/<schema>``) for the patrimoine task, through the
public API of :mod:`..sandt.storage` only."""

from ..sandt.rules import RESEAUX
from ..sandt.storage import SandtBase, SandtError
from .grid import PatrimoineError


def read_base(location):
    """{cite_id: {nom, commune, insee, etat, operations}} of the base at ``location``; each cité's operations
    (dicts: reseau, annee_programme, statut, montant_ht, longueur_m, date_fin_travaux…) sorted by year, then
    network in the base's order (voirie, assainissement, eau potable, éclairage). Raises PatrimoineError
    with the base's own message when it cannot be read."""
    failure = None
    try:
        base = SandtBase(location)
        base.check()
        cites = base.read_cites()
        operations = base.read_operations()
    except SandtError as error:
        failure = str(error)  # not the error itself: its traceback would keep the base's layers alive
    if failure is not None:
        raise PatrimoineError(failure)
    by_cite = {}
    for cite in cites:
        by_cite[cite["cite_id"]] = {"nom": cite.get("nom"), "commune": cite.get("commune"),
                                    "insee": cite.get("insee"), "etat": cite.get("etat"), "operations": []}
    order = {reseau: i for i, reseau in enumerate(RESEAUX)}
    for operation in operations.values():
        cite = by_cite.get(operation["cite_id"])
        if cite is not None:
            cite["operations"].append(operation)
    for cite in by_cite.values():
        cite["operations"].sort(key=lambda o: (o.get("annee_programme") or 0, order.get(o.get("reseau"), 99)))
    return by_cite
