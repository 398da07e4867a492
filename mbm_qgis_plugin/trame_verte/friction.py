"""Friction tables: land-use class → friction (BioDispersal scale), read from editable CSV files."""

import math
import os

from ..i18n import translate

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                         "resources", "trame_verte")
DEFAULT_FRICTION_TABLE = os.path.join(RESOURCES, "friction_sous_trame_boisee.csv")


class FrictionTableError(ValueError):
    """The table cannot be read or lacks the `classe` and `friction` columns."""


def class_key(value):
    return str(value).strip().lower()


def load_friction_table(path=DEFAULT_FRICTION_TABLE):
    """{class code (lower case): friction} from a `;`-separated CSV with columns classe and friction."""
    from osgeo import gdal

    from ..compat import gdal_open

    dataset = gdal_open(gdal.OpenEx, path, gdal.OF_VECTOR, open_options=["AUTODETECT_TYPE=NO"])
    if dataset is None:
        raise FrictionTableError(translate("TrameVerteFriction", "cannot read the friction table {}").format(path))
    layer = dataset.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName().strip().lower()
             for i in range(layer.GetLayerDefn().GetFieldCount())]
    if "classe" not in names or "friction" not in names:
        raise FrictionTableError(translate(
            "TrameVerteFriction", "the friction table {} must have the columns classe and friction").format(path))
    table = {}
    for feature in layer:
        code = feature.GetField(names.index("classe"))
        raw = feature.GetField(names.index("friction"))
        if code is None or raw is None or not str(raw).strip():
            continue
        try:
            table[class_key(code)] = float(str(raw).replace(",", ".").replace(" ", ""))
        except ValueError as error:
            raise FrictionTableError(translate(
                "TrameVerteFriction", "unreadable friction '{}' for the class {} in {}").format(raw, code, path)) from error
    dataset = None
    return table


def friction_of(value, table):
    """The friction of a resistance feature: its number, or its class looked up in table (None if unknown,
    or not a finite number: a NaN friction would make every path through it unreachable)."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    text = str(value).strip()
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return table.get(class_key(text))
    return number if math.isfinite(number) else None
