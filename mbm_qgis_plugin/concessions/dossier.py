"""The dossier of each concession: the facts, computed once, and their HTML page; index.html.

``dossier_sections`` gives the facts of one concession (summary, every shaft — untreated and unknown first —,
every pumping station, every commune with its share, every hazard with its type and level) in French words;
the HTML page (here) and the PDF (``dossier_pdf``) both print these sections, so they say the same thing.
``write_dossiers`` writes them concession by concession under temporary names and renames the HTML and the
PDF together: a cancelled run leaves whole dossiers only.
"""

import datetime
import html
import os
import re
import shutil
import tempfile
from dataclasses import dataclass

from ..hazards import hazard_level, hazard_type_label
from .checks import fr_number, natural_key
from .report import INCONNU, NON_TRAITE, TRAITE, summary_sentence

STATUS_LABELS = {TRAITE: "traité", NON_TRAITE: "non traité", INCONNU: "état inconnu"}
# Untreated and unknown shafts first: they are what the State's expert looks for.
STATUS_ORDER = (NON_TRAITE, INCONNU, TRAITE)
LEVEL_ORDER = ("fort", "moyen", "faible")


@dataclass
class Section:
    """One table of a dossier: ``rows`` are tuples of (text, css class or "")."""

    key: str
    title: str
    headers: tuple
    rows: list
    widths: tuple  # relative widths of the columns in the PDF
    numeric: tuple = ()  # indexes of right-aligned columns
    empty: str = ""  # what to say when there is no row


def dossier_title(inventory):
    return "Concession {}{}".format(inventory.concession_id, " — {}".format(inventory.nom) if inventory.nom else "")


def dossier_basename(inventory, taken):
    """'dossier_C12' (file-system safe, unique within ``taken``, which it updates)."""
    stem = re.sub(r"[^0-9A-Za-z_-]+", "_", str(inventory.concession_id)).strip("_") or "sans_id"
    name = "dossier_{}".format(stem)
    if name in taken:
        name = "{}_fid{}".format(name, inventory.fid)
    taken.add(name)
    return name


def _plural(number, singular, plural):
    return "{} {}".format(number, singular if number < 2 else plural)


def _percent(share):
    percent = 100.0 * share
    return "< 0,1 %" if 0 < percent < 0.05 else "{} %".format(fr_number(percent, 1))


def hazard_label(kind, level):
    """'effondrement_localise', 'Fort' → 'effondrement localisé — fort'."""
    code = hazard_level(level)
    written = str(level).strip() if level is not None and str(level).strip() not in ("", "?") else ""
    return "{} — {}".format(hazard_type_label(None if kind in (None, "?") else kind),
                            code or written or "niveau non renseigné")


def hazard_rows(inventory):
    """[(label, level code or None, surface_ha)], one per type and level, the strongest level first, then
    the largest area."""
    merged = {}
    for hazard in inventory.hazards or []:
        label = hazard_label(hazard["type"], hazard["niveau"])
        level = hazard_level(hazard["niveau"])
        area = merged.get(label, (level, 0.0))[1]
        merged[label] = (level, area + hazard["surface_ha"])
    rank = {level: number for number, level in enumerate(LEVEL_ORDER)}
    return sorted(((label, level, area) for label, (level, area) in merged.items()),
                  key=lambda row: (rank.get(row[1], len(LEVEL_ORDER)), -row[2], row[0]))


def sorted_shafts(inventory):
    rank = {status: number for number, status in enumerate(STATUS_ORDER)}
    return sorted(inventory.shafts or [], key=lambda s: (rank[s["etat"]], natural_key(s.get("puits_id") or ""),
                                                         str(s.get("nom") or "")))


def _text(value):
    return "" if value is None else str(value)


def summary_rows(inventory):
    """(element, value) pairs of the summary, in French."""
    rows = [("Surface dessinée (Lambert-93)", "{} ha".format(fr_number(inventory.surface_ha, 1)))]
    if inventory.shafts is not None:
        counts = inventory.shafts_by_status()
        if inventory.nb_puits:
            detail = ", ".join(
                "{} {}".format(counts[s], {NON_TRAITE: "non traité" if counts[s] < 2 else "non traités",
                                          INCONNU: "d'état inconnu",
                                          TRAITE: "traité" if counts[s] < 2 else "traités"}[s])
                for s in STATUS_ORDER)
            rows.append(("Puits", "{} : {}".format(inventory.nb_puits, detail)))
        else:
            rows.append(("Puits", "aucun puits dans le périmètre"))
    if inventory.stations is not None:
        rows.append(("Stations de relevage", str(inventory.nb_stations) if inventory.nb_stations else
                     "Aucune station de relevage dans le périmètre"))
    if inventory.communes is not None:
        if inventory.communes:
            main = ", ".join("{} ({})".format(c.nom, _percent(c.share)) for c in inventory.communes[:3])
            rest = len(inventory.communes) - 3
            rows.append(("Communes", "{} : {}{}".format(len(inventory.communes), main, " et {}".format(
                _plural(rest, "autre", "autres")) if rest > 0 else "")))
        else:
            rows.append(("Communes", "aucune commune connue"))
    if inventory.hazards is not None:
        hazards = hazard_rows(inventory)
        if not hazards:
            rows.append(("Aléas miniers", "aucun aléa minier connu dans le périmètre"))
        else:
            strong = [label for label, level, _area in hazards if level == "fort"]
            text = _plural(len(hazards), "aléa", "aléas")
            if strong:
                text += ", dont {} de niveau fort : {}".format(len(strong), ", ".join(strong))
            rows.append(("Aléas miniers", text))
    return rows


def dossier_sections(inventory, sources):
    """The sections of the dossier of ``inventory``, in reading order (layers not given have none)."""
    sections = [Section("synthese", "Synthèse", ("Élément", "Valeur"),
                        [((k, ""), (v, "")) for k, v in summary_rows(inventory)], (1, 3))]
    if inventory.shafts is not None:
        rows = [((_text(s.get("puits_id")), ""), (_text(s.get("nom")), ""), (_text(s.get("fosse")), ""),
                 (STATUS_LABELS[s["etat"]], s["etat"])) for s in sorted_shafts(inventory)]
        sections.append(Section("puits", "Puits ({}) — non traités et d'état inconnu en premier".format(len(rows))
                                if rows else "Puits", ("Identifiant", "Nom", "Fosse", "État"), rows, (1.2, 3, 3, 1.4),
                                empty="Aucun puits dans le périmètre."))
    if inventory.stations is not None:
        rows = [((_text(s.get("station_id")), ""), (_text(s.get("nom")), ""), (_text(s.get("commune")), ""))
                for s in sorted(inventory.stations, key=lambda s: natural_key(s.get("station_id") or ""))]
        sections.append(Section("stations", "Stations de relevage ({})".format(len(rows)),
                                ("Identifiant", "Nom", "Commune"), rows, (1.2, 4.5, 2.3),
                                empty="Aucune station de relevage dans le périmètre."))
    if inventory.communes is not None:
        rows = [((c.nom, ""), (c.insee, ""), (_percent(c.share), "")) for c in inventory.communes]
        sections.append(Section("communes", "Communes ({})".format(len(rows)),
                                ("Commune", "Code INSEE", "Part de la concession"), rows, (4, 1.5, 2),
                                numeric=(2,), empty="Aucune commune connue dans le périmètre."))
    if inventory.hazards is not None:
        area = inventory.surface_ha
        rows = [((label, level or ""), (fr_number(surface, 2), ""), (_percent(surface / area) if area else "", ""))
                for label, level, surface in hazard_rows(inventory)]
        sections.append(Section("aleas", "Aléas miniers ({})".format(len(rows)),
                                ("Aléa — niveau", "Surface (ha)", "Part de la concession"), rows, (4, 1.5, 2),
                                numeric=(1, 2), empty="Aucun aléa minier connu dans le périmètre."))
    sections.append(Section("sources", "Sources", ("Données",), [((sources, ""),)], (1,)))
    return sections


# --- HTML ---------------------------------------------------------------------------------------------
STYLE = """
body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222;max-width:60em}
h1{color:#5a1e6e}h2{color:#5a1e6e;font-size:1.15em}table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left}th{background:#f1e8f4}
td.n{text-align:right}.non_traite,.fort{color:#c00000}.inconnu,.moyen{color:#b35900}.traite{color:#287d1e}
footer{margin-top:2em;font-size:.85em;color:#666}
"""


def _e(value):
    return html.escape("" if value is None else str(value))


def _table(section):
    if not section.rows:
        return "<p>{}</p>".format(_e(section.empty or "Aucun élément."))
    out = ["<table><thead><tr>", "".join("<th>{}</th>".format(_e(h)) for h in section.headers),
           "</tr></thead><tbody>"]
    for row in section.rows:
        cells = []
        for number, (value, css) in enumerate(row):
            classes = " ".join(c for c in (css, "n" if number in section.numeric else "") if c)
            cells.append("<td{}>{}</td>".format(' class="{}"'.format(classes) if classes else "", _e(value)))
        out.append("<tr>{}</tr>".format("".join(cells)))
    out.append("</tbody></table>")
    return "".join(out)


def dossier_html(inventory, sections, pdf_name=None, today=None):
    """The HTML page of one concession from its ``sections``; every value from the data is escaped."""
    today = today or datetime.date.today()
    title = dossier_title(inventory)
    parts = ["<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{}</title>"
             "<style>{}</style></head><body>".format(_e(title), STYLE),
             "<h1>{}</h1>".format(_e(title)),
             "<p>Dossier d'arrêt des travaux et de renonciation — inventaire de ce que contient le "
             "périmètre.{}</p>".format(' <a href="{}">Version PDF</a>.'.format(_e(pdf_name)) if pdf_name else "")]
    for section in sections:
        if section.key == "sources":
            continue
        parts.append("<h2>{}</h2>".format(_e(section.title)) + _table(section))
    sources = next((s.rows[0][0][0] for s in sections if s.key == "sources"), "")
    parts.append("<footer>Sources : {}. Édité le {} par le plugin Bassin minier (Mission Bassin Minier).</footer>"
                 "</body></html>".format(_e(sources), today.strftime("%d/%m/%Y")))
    return "\n".join(parts)


def index_html(entries, sources, today=None):
    """``entries``: (inventory, html file name, pdf file name or None)."""
    today = today or datetime.date.today()
    rows = []
    for inventory, html_name, pdf_name in entries:
        rows.append("<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            _e(html_name), _e(inventory.concession_id), _e(inventory.nom), _e(summary_sentence(inventory)),
            '<a href="{}">PDF</a>'.format(_e(pdf_name)) if pdf_name else ""))
    return ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Dossiers des concessions"
            "</title><style>{}</style></head><body><h1>Dossiers des concessions ({})</h1><table><thead><tr>"
            "<th>Concession</th><th>Nom</th><th>Inventaire</th><th>PDF</th></tr></thead><tbody>{}</tbody>"
            "</table><footer>Sources : {}. Édité le {}.</footer></body></html>").format(
        STYLE, len(entries), "".join(rows), _e(sources), today.strftime("%d/%m/%Y"))


# --- writing, concession by concession ------------------------------------------------------------------
@dataclass
class DossierRun:
    """What ``write_dossiers`` did: ``entries`` (inventory, html name, pdf name or None) of the dossiers
    written whole, ``missing_pdf`` the ids whose PDF could not be written, ``canceled``."""

    entries: list
    missing_pdf: list
    canceled: bool


def _write_text(path, text):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def write_dossiers(inventories, folder, context_rows, sources, feedback=None, on_start=None, today=None):
    """Write ``<basename>.html`` and ``.pdf`` of each inventory (``extra['basename']`` set) and index.html.

    Each dossier is written under a temporary folder inside ``folder`` and its two files are moved into
    ``folder`` together once both are done, so a cancel (checked before and after each dossier is printed) leaves
    only whole dossiers. ``on_start(inventory)`` is called before each one. Returns a DossierRun."""
    from .dossier_pdf import DossierPrinter

    today = today or datetime.date.today()
    printer = DossierPrinter(inventories, context_rows, today)
    staging = tempfile.mkdtemp(prefix=".dossiers_en_cours_", dir=folder)
    run = DossierRun([], [], False)
    total = len(inventories)
    try:
        for number, inventory in enumerate(inventories):
            if feedback is not None and feedback.isCanceled():
                run.canceled = True
                break
            if on_start is not None:
                on_start(inventory)
            name = inventory.extra["basename"]
            sections = dossier_sections(inventory, sources)
            staged_pdf, staged_html = os.path.join(staging, name + ".pdf"), os.path.join(staging, name + ".html")
            printed = printer.print_dossier(inventory, sections, staged_pdf)
            _write_text(staged_html, dossier_html(inventory, sections, name + ".pdf" if printed else None, today))
            if feedback is not None and feedback.isCanceled():
                run.canceled = True
                break
            pdf_name = None
            if printed:
                try:
                    os.replace(staged_pdf, os.path.join(folder, name + ".pdf"))
                    pdf_name = name + ".pdf"
                except OSError:
                    pass
            if pdf_name is None:
                run.missing_pdf.append(inventory.concession_id)
                _write_text(staged_html, dossier_html(inventory, sections, None, today))
            os.replace(staged_html, os.path.join(folder, name + ".html"))
            run.entries.append((inventory, name + ".html", pdf_name))
            if feedback is not None and total:
                feedback.setProgress(100.0 * (number + 1) / total)
    finally:
        printer.close()
        shutil.rmtree(staging, ignore_errors=True)
    _write_text(os.path.join(folder, "index.html"), index_html(run.entries, sources, today))
    return run
