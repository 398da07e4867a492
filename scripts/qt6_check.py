"""Our own QGIS 4 / Qt 6 readiness check, applying the rules of QGIS's `pyqt5_to_pyqt6.py --dry_run`.

plugins.qgis.org marks a version "QGIS 4 ready" when QGIS's migration script, run in dry-run mode over
the unzipped package inside a QGIS 4 (Qt 6) image, proposes no change. That script cannot be shipped
here, and QGIS 4 is not installable on Debian 12/13, so this module applies the same rules itself:

* enum scoping — `Class.Value` (a name, then one attribute, not itself followed by an attribute) where
  Value is a member of an enum nested in Class (or in a class Class derives from): PyQt6 and QGIS 4
  only know `Class.Enum.Value`. Reported as "Enum error, add '<Enum>' before '<Value>'"; a value that
  belongs to two enums of the class is reported as ambiguous. The enum names come from
  - PyQt6 (QtCore, QtGui, QtWidgets, QtTest, QtSql, QtSvg, QtXml, QtNetwork, QtPrintSupport and
    Qsci when installed), introspected as QGIS's script introspects them (`dump-qt6`, run with the
    test venv's PyQt6 from PyPI, in a process of its own: PyQt6 and QGIS's PyQt5 never meet);
  - a model of QGIS 4's enums (`dump-qgis`): the enums of the installed QGIS (3.22 on Debian 12,
    3.40 on Debian 13), each of which QGIS 4 exposes as a scoped Python enum only.
* renamed members: calls of `exec_` and `def exec_`, `Qt.MidButton`, `Qt.TextColorRole`,
  `Qt.BackgroundColorRole`, `QPainter.HighQualityAntialiasing`;
* imports: `from PyQt5.…`, `from qgis.PyQt.Qt import`, `resources_rc`, `QRegExp`;
* `qApp`, `QVariant()` / `QVariant(QVariant.X)` (→ NULL), `QVariant.Type.X`, `QDateTime` built from
  eight numbers or from a `QDate` alone;
* what the script only warns about on stderr, also reported here: `addAction` with four or more
  arguments, `desktop()`, `QFontMetrics.width`, `activated[str]`.

Usage:
    python scripts/qt6_check.py dump-qt6 qt6.json          # with PyQt6 importable
    python scripts/qt6_check.py dump-qgis qgis.json        # with QGIS importable
    python scripts/qt6_check.py check DIR --enums qt6.json --enums qgis.json

`check` prints one line per finding as the site's log shows them (`<file>:<line>:<col> - <message>`)
after `=== dry_run mode | Start Logs ===`, and exits 1 when there is any.
"""

import ast
import enum
import inspect
import json
import os
import sys

HEADER = "=== dry_run mode | Start Logs ==="

QT_MODULES = ["QtCore", "QtGui", "QtWidgets", "QtTest", "QtSql", "QtSvg", "QtXml", "QtNetwork",
              "QtPrintSupport", "Qsci"]
QGIS_MODULES = ["qgis.core", "qgis.gui", "qgis.analysis", "qgis._3d"]

RENAMED_ENUMS = {
    ("Qt", "MidButton"): "MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "RenderHint.Antialiasing",
}


# --- enum tables --------------------------------------------------------------------------------
class EnumTable:
    """(class name, value name) → enum name, and the pairs that are ambiguous."""

    def __init__(self):
        self.scoped = {}
        self.ambiguous = {}

    def add(self, class_name, value_name, enum_name):
        key = (class_name, value_name)
        if key in self.ambiguous:
            self.ambiguous[key].add(enum_name)
            return
        known = self.scoped.get(key)
        if known and known != enum_name:
            self.ambiguous[key] = {known, enum_name}
            del self.scoped[key]
        else:
            self.scoped[key] = enum_name

    def to_json(self):
        return {"scoped": {"{}:{}".format(*k): v for k, v in sorted(self.scoped.items())},
                "ambiguous": {"{}:{}".format(*k): sorted(v) for k, v in sorted(self.ambiguous.items())}}

    def merge_json(self, data):
        for key, name in data["scoped"].items():
            self.add(*key.split(":", 1), name)
        for key, names in data["ambiguous"].items():
            for name in names:
                self.add(*key.split(":", 1), name)


def _with_subclasses(klass):
    found, todo = set(), [klass]
    while todo:
        current = todo.pop()
        if current in found or current is object:
            continue
        found.add(current)
        try:
            todo.extend(current.__subclasses__())
        except TypeError:
            pass
    return found


def _is_python_enum_type(value):
    return inspect.isclass(value) and issubclass(value, enum.Enum)


def collect_python_enums(klass, table, seen):
    """Enums that are Python enum classes (PyQt6's, QGIS's scoped ones), as QGIS's script reads them:
    the members found in the enum's own namespace, recorded for the class and all its subclasses."""
    if klass in seen:
        return
    seen.add(klass)
    classes = _with_subclasses(klass)
    for key, value in list(vars(klass).items()):
        if key == "baseClass":
            continue
        if _is_python_enum_type(value):
            for member_name, member in list(vars(value).items()):
                if not isinstance(member, value):
                    continue
                direct = getattr(klass, member_name, None)
                if direct is not None and not isinstance(direct, enum.Enum) and not _is_sip_enum_value(direct):
                    continue  # a class or method of that name: code writing Class.Name means it
                for each in classes:
                    table.add(each.__name__, member_name, value.__name__)
        elif inspect.isclass(value):
            collect_python_enums(value, table, seen)


def _is_sip_enum_type(value):
    return inspect.isclass(value) and type(value).__name__ == "enumtype"


def _is_sip_enum_value(value):
    return _is_sip_enum_type(type(value))


def collect_qgis_model(klass, table, seen):
    """The model of QGIS 4's enums for one class of the installed QGIS: every enum value reachable as
    Class.Value today (sip enums of PyQt5 builds, values monkey-patched onto the class for enums
    moved to Qgis) belongs, in QGIS 4, to the enum whose name the class gives it."""
    if klass in seen:
        return
    seen.add(klass)
    nested = {}
    for key, value in list(vars(klass).items()):
        if (_is_sip_enum_type(value) or _is_python_enum_type(value)) and key != "baseClass":
            nested.setdefault(value, key)
    classes = _with_subclasses(klass)
    for key, value in list(vars(klass).items()):
        enum_name = nested.get(type(value))
        if enum_name is not None and key != enum_name:
            for each in classes:
                table.add(each.__name__, key, enum_name)
    collect_python_enums(klass, table, set())
    for value in list(vars(klass).values()):
        if inspect.isclass(value) and not _is_sip_enum_type(value) and not _is_python_enum_type(value):
            collect_qgis_model(value, table, seen)


def dump_qt6(out_path):
    import importlib

    table, seen = EnumTable(), set()
    modules = []
    for name in QT_MODULES:
        try:
            modules.append(importlib.import_module("PyQt6." + name))
        except ImportError:
            continue
    for module in modules:
        for value in list(vars(module).values()):
            if inspect.isclass(value):
                collect_python_enums(value, table, seen)
    _write(out_path, table, [m.__name__ for m in modules])


def dump_qgis(out_path):
    import importlib

    table, seen = EnumTable(), set()
    modules = []
    for name in QGIS_MODULES:
        try:
            modules.append(importlib.import_module(name))
        except ImportError:
            continue
    for module in modules:
        for value in list(vars(module).values()):
            if inspect.isclass(value) and value.__module__.startswith("qgis."):
                collect_qgis_model(value, table, seen)
    _write(out_path, table, [m.__name__ for m in modules])


def _write(out_path, table, modules):
    data = table.to_json()
    data["modules"] = modules
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(data, handle)


# --- the checks ---------------------------------------------------------------------------------
def check_source(path, source, table):
    """Findings of one Python file: [(line, col, message), …]."""
    findings = []
    tree = ast.parse(source, filename=path)

    def report(node, message):
        findings.append((node.lineno, node.col_offset, message))

    for parent in ast.walk(tree):
        for node in ast.iter_child_nodes(parent):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if module.startswith("PyQt5."):
                    report(node, "Import from '{}': import from qgis.PyQt instead".format(module))
                if module == "qgis.PyQt.Qt":
                    report(node, "qgis.PyQt.Qt is removed: import Qt from qgis.PyQt.QtCore")
                for alias in node.names:
                    if alias.name == "QRegExp":
                        report(node, "QRegExp is removed in Qt6, use QRegularExpression")
                    if alias.name == "resources_rc":
                        report(node, "compiled resources (resources_rc) are removed in Qt6")
            if isinstance(node, ast.FunctionDef) and node.name == "exec_":
                report(node, "This function should be renamed to 'exec'")
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Attribute):
                    if func.attr == "exec_":
                        report(node, "exec_() should be renamed to exec()")
                    if func.attr == "addAction" and len(node.args) >= 4:
                        report(node, "fragile call to addAction: create the QAction, then addAction(action)")
                    if func.attr == "desktop" and not node.args:
                        report(node, "QDesktopWidget is removed in Qt6")
                if isinstance(func, ast.Name) and func.id == "QVariant":
                    if not node.args or (len(node.args) == 1 and isinstance(node.args[0], ast.Attribute)
                                         and isinstance(node.args[0].value, ast.Name)
                                         and node.args[0].value.id == "QVariant"):
                        report(node, "QVariant() should be NULL (from qgis.core)")
                if isinstance(func, ast.Name) and func.id == "QDateTime":
                    if len(node.args) == 8 or (len(node.args) == 1 and isinstance(node.args[0], ast.Call)
                                               and isinstance(node.args[0].func, ast.Name)
                                               and node.args[0].func.id == "QDate"):
                        report(node, "QDateTime built this way does not work in Qt6: QDateTime(QDate(…), QTime(…))")
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) \
                    and node.value.attr == "activated" and isinstance(node.slice, ast.Name) and node.slice.id == "str":
                report(node, "activated[str] is removed in Qt6: use textActivated")
            if isinstance(node, ast.Attribute):
                if isinstance(node.value, ast.Call) and node.attr == "width" and (
                        (isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "fontMetrics")
                        or (isinstance(node.value.func, ast.Name) and node.value.func.id == "QFontMetrics")):
                    report(node, "QFontMetrics.width() is removed in Qt6: horizontalAdvance()")
                if not isinstance(node.value, ast.Name):
                    continue
                owner, name = node.value.id, node.attr
                if owner == "qApp":
                    report(node, "qApp is removed: QApplication.instance()")
                if owner == "QVariant" and name == "Type":
                    report(node, "QVariant.Type.X does not exist: QVariant.X (or QMetaType.Type.X)")
                if (owner, name) in RENAMED_ENUMS:
                    report(node, "Enum error, '{}.{}' is now '{}.{}'".format(owner, name, owner, RENAMED_ENUMS[owner, name]))
                elif (owner, name) in table.ambiguous:
                    report(node, "Ambiguous enum {}.{}: could be {}".format(
                        owner, name, ", ".join("{}.{}.{}".format(owner, e, name) for e in sorted(table.ambiguous[owner, name]))))
                elif (owner, name) in table.scoped and not isinstance(parent, ast.Attribute):
                    report(node, "Enum error, add '{}' before '{}'".format(table.scoped[owner, name], name))
    return sorted(set(findings))


def check_directory(directory, table):
    """Every finding under directory, as the site's log lines."""
    lines = []
    for folder, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as handle:
                source = handle.read()
            for line, col, message in check_source(path, source, table):
                lines.append("{}:{}:{} - {}".format(path, line, col, message))
    return lines


def main(argv):
    if len(argv) >= 3 and argv[1] == "dump-qt6":
        dump_qt6(argv[2])
        return 0
    if len(argv) >= 3 and argv[1] == "dump-qgis":
        dump_qgis(argv[2])
        return 0
    if len(argv) >= 3 and argv[1] == "check":
        table = EnumTable()
        args = argv[3:]
        while args[:1] == ["--enums"] and len(args) >= 2:
            with open(args[1], encoding="utf-8") as handle:
                table.merge_json(json.load(handle))
            args = args[2:]
        lines = check_directory(argv[2], table)
        print(HEADER)
        for line in lines:
            print(line)
        return 1 if lines else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
