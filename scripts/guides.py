"""The user guides as the plugin ships them: docs/<task>.md rendered to docs/<task>.html.

The Help button of a Processing dialog opens the algorithm's help URL in the user's browser. A
Markdown file would show as raw text there (or open in an editor), so every task guide is rendered
to a standalone HTML page (UTF-8, French, its own small stylesheet, images beside it in
docs/images/). The plugin's help URL is the local file of that page (processing_algorithms/base.py).

Run by `make setup` for the development tree, and by scripts/package.py for the zip:

    /usr/bin/python3 scripts/guides.py            # renders docs/<task>.md → docs/<task>.html

Needs Python-Markdown at build time only (Debian's python3-markdown); the plugin never imports it.
"""

import html
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; line-height: 1.5; color: #222;
       max-width: 60em; margin: 1.5em auto; padding: 0 1em; }}
h1, h2, h3 {{ color: #1d4e3a; line-height: 1.25; }}
h2 {{ border-bottom: 1px solid #ccd; padding-bottom: .2em; margin-top: 1.8em; }}
code {{ background: #f2f2f4; padding: 0 .25em; border-radius: 3px; font-size: 90%; }}
pre {{ background: #f2f2f4; padding: .6em .8em; overflow-x: auto; border-radius: 4px; }}
pre code {{ background: none; padding: 0; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
th, td {{ border: 1px solid #ccd; padding: .3em .6em; vertical-align: top; text-align: left; }}
th {{ background: #eef2ee; }}
img {{ max-width: 100%; border: 1px solid #ddd; }}
.guides {{ font-size: 90%; color: #555; border-bottom: 1px solid #ddd; padding-bottom: .5em; }}
</style>
</head>
<body>
<p class="guides">Extension QGIS <strong>Bassin minier</strong> — guides : {links}</p>
{body}
</body>
</html>
"""

HEADING = re.compile(r"<(h[1-4])( id=\"[^\"]*\")?>(.*?)</\1>", re.S)
CODE_NAME = re.compile(r"<code>(?:mbm:)?([a-z][a-z0-9_]*)</code>")
LINK = re.compile(r"""(<a href=")([^"#:]+)((?:#[^"]*)?)(">)(.*?)(</a>)""", re.S)
IMAGE = re.compile(r"""<img [^>]*src="([^"]+)\"""")


def task_guides(docs_dir=DOCS, root=ROOT):
    """The guides to render: docs/<task>.md for every task package of processing_algorithms/
    (sandt, concessions, trame_verte, patrimoine…), in name order."""
    tasks_dir = os.path.join(root, "processing_algorithms")
    tasks = sorted(name for name in os.listdir(tasks_dir)
                   if os.path.isfile(os.path.join(tasks_dir, name, "__init__.py")))
    return [os.path.join(docs_dir, task + ".md") for task in tasks
            if os.path.isfile(os.path.join(docs_dir, task + ".md"))]


def _anchor_algorithms(body):
    """Give each heading that names an algorithm (`mbm:sandt_update` or `sandt_update` in code) an
    anchor of that name, so the help URL <guide>.html#sandt_update opens at its section."""
    seen = set()

    def add_anchors(match):
        tag, ident, text = match.groups()
        anchors = ""
        for name in CODE_NAME.findall(text):
            if name not in seen:
                seen.add(name)
                anchors += '<a id="{}"></a>'.format(name)
        return "<{}{}>{}{}</{}>".format(tag, ident or "", anchors, text, tag)

    return HEADING.sub(add_anchors, body)


def _fix_links(body, shipped_pages):
    """Links to another guide point at its HTML page; a relative link to a file that is not shipped
    (benchmarks, the repository's README) keeps its words without the dead link."""
    def fix(match):
        start, target, fragment, mid, text, end = match.groups()
        if target.endswith(".md"):
            page = target[:-3] + ".html"
            if os.path.basename(page) in shipped_pages:
                return start + page + fragment + mid + text + end
            return text
        return match.group(0)

    return LINK.sub(fix, body)


def render_guide(md_path, out_path, shipped_pages):
    """Render one guide to a standalone HTML page; return the relative paths (from the guide's
    folder) of the images it shows."""
    import markdown

    with open(md_path, encoding="utf-8") as handle:
        text = handle.read()
    body = markdown.markdown(text, extensions=["tables", "fenced_code", "toc", "sane_lists"],
                             output_format="html")
    body = _fix_links(_anchor_algorithms(body), shipped_pages)
    title_match = re.search(r"^#\s+(.+)$", text, re.M)
    title = title_match.group(1).strip() if title_match else os.path.basename(md_path)
    links = " · ".join('<a href="{0}">{1}</a>'.format(html.escape(page), html.escape(page[:-5]))
                       for page in sorted(shipped_pages))
    with open(out_path, "w", encoding="utf-8") as handle:
        handle.write(PAGE.format(title=html.escape(re.sub(r"[`*]", "", title)), links=links, body=body))
    return [src for src in IMAGE.findall(body) if "://" not in src]


def render_guides(out_dir, docs_dir=DOCS, root=ROOT):
    """Render every task guide of docs_dir into out_dir; return the images they show (paths
    relative to out_dir's guides, e.g. images/sandt_dock.png)."""
    guides = task_guides(docs_dir, root)
    pages = {os.path.splitext(os.path.basename(path))[0] + ".html" for path in guides}
    os.makedirs(out_dir, exist_ok=True)
    images = set()
    for path in guides:
        out_path = os.path.join(out_dir, os.path.splitext(os.path.basename(path))[0] + ".html")
        images.update(render_guide(path, out_path, pages))
    return sorted(images)


def main(argv):
    out_dir = argv[1] if len(argv) > 1 else DOCS
    rendered = render_guides(out_dir)
    print("Guides rendered in {} ({} images shown)".format(os.path.relpath(out_dir, ROOT), len(rendered)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
