"""`make bench`: run every bench/bench_<task>.py and write the results to docs/benchmarks.md.

Each bench module has run(log) returning a Markdown section (a title, what was measured against
what, and a table). Benchmarks measure; tests never assert timings.
"""

import datetime
import importlib
import os
import platform
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "scripts"))
from qgis_headless import start_qgis  # noqa: E402

TASKS = ("sandt", "concessions", "trame_verte", "patrimoine")


MARK = "<!-- bench:{} -->"


def previous_sections(output):
    """The sections already in the file, so that `make bench TASKS=sandt` keeps the others."""
    sections = {}
    if os.path.exists(output):
        text = open(output, encoding="utf-8").read()
        for task in TASKS:
            start = text.find(MARK.format(task))
            if start < 0:
                continue
            start += len(MARK.format(task))
            ends = [text.find(MARK.format(t), start) for t in TASKS]
            ends = [e for e in ends if e >= 0]
            sections[task] = text[start:min(ends) if ends else len(text)].strip()
    return sections


def main(output):
    app, plugin = start_qgis()
    from osgeo import gdal
    from qgis.core import Qgis

    only = sys.argv[2:] or TASKS
    sections = previous_sections(output)
    for task in TASKS:
        if task not in only or not os.path.exists(os.path.join(HERE, "bench_{}.py".format(task))):
            continue
        print("== bench {} ==".format(task), flush=True)
        sections[task] = importlib.import_module("bench_{}".format(task)).run(print)
    header = [
        "# Benchmarks",
        "",
        "Written by `make bench` on {} — QGIS {}, GDAL {}, Python {}, {} cores.".format(
            datetime.date.today().isoformat(), Qgis.QGIS_VERSION, gdal.__version__,
            platform.python_version(), os.cpu_count()),
        "Each benchmark compares the plugin with what a user would otherwise do, in the same run.",
        "",
    ]
    body = []
    for task in TASKS:
        if task in sections:
            body += [MARK.format(task), sections[task].strip(), ""]
    with open(output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(header + body))
    print("written", output)
    plugin.unload()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/benchmarks.md"))
