"""Build the distribution: <dist>/bassin_minier.<version>.zip and <dist>/plugins.xml.

    /usr/bin/python3 scripts/package.py --dist dist --repo-url https://sig.intranet/qgis \\
        [--homepage URL] [--tracker URL] [--repository URL] [--email ADDRESS] [--plugins-qgis-org]

`make package` and `make package-plugins-qgis-org` call it with the settings of the Makefile's
"Release settings" block. What goes in the zip is what the plugin loads: its Python packages,
metadata.txt, LICENSE, the resources it reads (icons, styles, layouts, models, friction tables,
compiled translations .qm) and the French guides rendered to HTML with their images — no sample
data, no .ts sources, no tests, benchmarks or scripts.

QGIS's plugin installer takes the plugin's folder name from the zip's file name up to its first dot,
hence `bassin_minier.<version>.zip`; it refuses a relative download URL, hence `--repo-url`.
"""

import argparse
import configparser
import datetime
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from urllib.parse import urlparse
from xml.dom import minidom

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import guides  # noqa: E402 — the sibling script, importable once scripts/ is on the path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = "bassin_minier"

# What the plugin loads at run time (paths relative to the repository, fnmatch patterns).
SHIPPED = [
    "__init__.py", "metadata.txt", "LICENSE",
    "mbm_qgis_plugin/*.py", "processing_algorithms/*.py",
    "resources/*",
]
# Never shipped, even under a shipped folder: data for the demo and tests, translation sources,
# notes for developers.
NOT_SHIPPED = ["resources/sample_data/*", "*.ts", "*.md", "*.pyc", "*/__pycache__/*"]

# Hosts that are placeholders, never a real page (RFC 2606 / 6761), and plugins.qgis.org's own
# forbidden defaults.
PLACEHOLDER_HOSTS = ("example.com", "example.org", "example.net", "localhost")
PLACEHOLDER_SUFFIXES = (".invalid", ".example", ".test", ".localhost", ".example.com", ".example.org",
                        ".example.net")
SITE_FORBIDDEN = ("http://bugs", "http://repo", "http://homepage")

URL_KEYS = ("homepage", "tracker", "repository")


class PackagingError(Exception):
    """A setting that makes the package unfit for where it is going; the message says what to set."""


def url_problem(url, web_only=False):
    """Why url cannot be published (None when it can): missing, not an absolute URL, a placeholder.
    web_only: http(s) only (plugins.qgis.org checks that its links answer on the web)."""
    if not url:
        return "missing"
    if url in SITE_FORBIDDEN:
        return "plugins.qgis.org's default placeholder"
    parsed = urlparse(url)
    allowed = ("http", "https") if web_only else ("http", "https", "file")
    if parsed.scheme not in allowed:
        return "not an absolute {} URL".format("/".join(allowed))
    if parsed.scheme != "file" and not parsed.netloc:
        return "no host"
    host = (parsed.hostname or "").lower()
    if host in PLACEHOLDER_HOSTS or host.endswith(PLACEHOLDER_SUFFIXES):
        return "placeholder host {}".format(host)
    return None


def email_problem(email):
    if not email or "@" not in email:
        return "missing"
    domain = email.rsplit("@", 1)[1].lower()
    if domain in PLACEHOLDER_HOSTS or domain.endswith(PLACEHOLDER_SUFFIXES):
        return "placeholder domain {}".format(domain)
    return None


def is_shipped(path):
    path = path.replace(os.sep, "/")
    return any(fnmatch.fnmatch(path, pattern) for pattern in SHIPPED) and \
        not any(fnmatch.fnmatch(path, pattern) for pattern in NOT_SHIPPED)


def source_files(root=ROOT):
    """Files of the working tree that git knows or would add (tracked, or untracked and not ignored)."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
                            cwd=root, check=True, capture_output=True).stdout.decode("utf-8")
    return sorted(path for path in listed.split("\0") if path and os.path.isfile(os.path.join(root, path)))


def read_metadata(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser


def changelog_entries(changelog_md):
    """[(version, date or '', [item, …]), …] from CHANGELOG.md: '## <version> — <date>' headings,
    '- ' items (continuation lines joined), newest first as written."""
    entries = []
    with open(changelog_md, encoding="utf-8") as handle:
        for line in handle:
            heading = re.match(r"^##\s+\[?(\d+\.\d+\.\d+)\]?\s*(?:[—–-]\s*(.*))?$", line.rstrip())
            if heading:
                entries.append((heading.group(1), (heading.group(2) or "").strip(), []))
            elif entries and re.match(r"^\s*[-*]\s+", line):
                entries[-1][2].append(re.sub(r"^\s*[-*]\s+", "", line).strip())
            elif entries and entries[-1][2] and line.startswith("  ") and line.strip():
                entries[-1][2][-1] += " " + line.strip()
    return entries


def _plain(text):
    """Markdown emphasis and code marks removed, links reduced to their words; '%' written 'pour cent'
    (QGIS and plugins.qgis.org read metadata.txt with configparser's interpolation, where a bare '%'
    is an error that hides the whole metadata)."""
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\s*%", " pour cent", text)
    return re.sub(r"[`*]", "", text)


def changelog_for_metadata(changelog_md):
    """The changelog= value of metadata.txt: one block per version, its items as '- ' lines."""
    lines = []
    for version, date, items in changelog_entries(changelog_md):
        lines.append("{}{}".format(version, " ({})".format(date) if date else ""))
        lines.extend("- " + _plain(item) for item in items)
    return "\n".join(lines)


def packaged_metadata(root, urls, email, changelog):
    """metadata.txt as shipped: the repository's, with the release URLs, e-mail and changelog set
    (the repository's metadata.txt carries none of them: they are set here, at package time)."""
    parser = read_metadata(os.path.join(root, "metadata.txt"))
    general = parser["general"]
    for key in URL_KEYS:
        if urls.get(key):
            general[key] = urls[key]
        elif key in general:
            del general[key]
    if email:
        general["email"] = email
    general["changelog"] = changelog
    out = ["[general]"]
    for key, value in general.items():
        value_lines = value.strip().splitlines() or [""]
        out.append("{}={}".format(key, value_lines[0]))
        out.extend("    " + line for line in value_lines[1:])
    return "\n".join(out) + "\n", dict(general)


def plugins_xml(metadata, file_name, download_url, icon_url, date):
    """A QGIS plugin repository index holding this plugin (the elements pyplugin_installer reads)."""
    document = minidom.Document()
    plugins = document.createElement("plugins")
    document.appendChild(plugins)
    plugin = document.createElement("pyqgis_plugin")
    plugin.setAttribute("name", metadata["name"])
    plugin.setAttribute("version", metadata["version"])
    plugins.appendChild(plugin)

    def add(tag, value):
        element = document.createElement(tag)
        element.appendChild(document.createTextNode(value or ""))
        plugin.appendChild(element)

    add("description", metadata.get("description"))
    add("about", metadata.get("about"))
    add("version", metadata["version"])
    add("qgis_minimum_version", metadata.get("qgisMinimumVersion"))
    add("qgis_maximum_version", metadata.get("qgisMaximumVersion"))
    add("homepage", metadata.get("homepage"))
    add("file_name", file_name)
    add("icon", icon_url)
    add("author_name", metadata.get("author"))
    add("author_email", metadata.get("email"))
    add("download_url", download_url)
    add("uploaded_by", metadata.get("author"))
    add("create_date", date)
    add("update_date", date)
    add("experimental", metadata.get("experimental", "False"))
    add("deprecated", metadata.get("deprecated", "False"))
    add("tracker", metadata.get("tracker"))
    add("repository", metadata.get("repository"))
    add("tags", metadata.get("tags"))
    add("changelog", metadata.get("changelog"))
    add("server", metadata.get("server", "False"))
    return document.toprettyxml(indent="  ", encoding="UTF-8")


def compiled_translations(root):
    """The .qm files next to the .ts sources (compiled by `make compile-translations`)."""
    i18n = os.path.join(root, "resources", "i18n")
    sources = sorted(name for name in os.listdir(i18n) if name.endswith(".ts"))
    missing = [name for name in sources if not os.path.isfile(os.path.join(i18n, name[:-3] + ".qm"))]
    if missing:
        raise PackagingError("translations not compiled ({}): run make compile-translations".format(", ".join(missing)))
    return ["resources/i18n/" + name[:-3] + ".qm" for name in sources]


def build(dist, repo_url, urls, email=None, for_plugins_qgis_org=False, root=ROOT):
    """Write <dist>/bassin_minier.<version>.zip and <dist>/plugins.xml; return their paths."""
    problem = url_problem(repo_url)
    if problem:
        raise PackagingError("REPO_URL {!r}: {} (QGIS needs the absolute http(s) or file:// URL of "
                             "the folder holding plugins.xml and the zip)".format(repo_url, problem))
    for key in URL_KEYS:
        problem = url_problem(urls.get(key), web_only=True) if (urls.get(key) or for_plugins_qgis_org) else None
        if problem:
            raise PackagingError("{} {!r}: {} — set it: make {} {}=https://…".format(
                key.upper(), urls.get(key) or "", problem,
                "package-plugins-qgis-org" if for_plugins_qgis_org else "package", key.upper()))
    if email or for_plugins_qgis_org:
        problem = email_problem(email)
        if problem:
            raise PackagingError("EMAIL {!r}: {} — set it: make {} EMAIL=…".format(
                email or "", problem, "package-plugins-qgis-org" if for_plugins_qgis_org else "package"))

    changelog = changelog_for_metadata(os.path.join(root, "CHANGELOG.md"))
    metadata_text, metadata = packaged_metadata(root, urls, email, changelog)
    version = metadata["version"]
    file_name = "{}.{}.zip".format(PLUGIN, version)
    os.makedirs(dist, exist_ok=True)
    zip_path = os.path.join(dist, file_name)

    with tempfile.TemporaryDirectory() as scratch:
        guides_dir = os.path.join(scratch, "docs")
        images = guides.render_guides(guides_dir, os.path.join(root, "docs"), root)
        entries = [(path, os.path.join(root, path)) for path in source_files(root) if is_shipped(path)]
        entries += [(path, os.path.join(root, path)) for path in compiled_translations(root)]
        entries += [("docs/" + name, os.path.join(guides_dir, name)) for name in sorted(os.listdir(guides_dir))]
        entries += [("docs/" + image, os.path.join(root, "docs", image)) for image in images]
        stamp = datetime.datetime.now().timetuple()[:6]
        with zipfile.ZipFile(zip_path + ".part", "w", zipfile.ZIP_DEFLATED) as archive:
            for path, source in sorted(entries):
                info = zipfile.ZipInfo("{}/{}".format(PLUGIN, path), stamp)
                info.external_attr = 0o644 << 16  # no execute bit: the site's scan flags executable .py
                info.compress_type = zipfile.ZIP_DEFLATED
                if path == "metadata.txt":
                    data = metadata_text.encode("utf-8")
                else:
                    with open(source, "rb") as handle:
                        data = handle.read()
                archive.writestr(info, data)
    os.replace(zip_path + ".part", zip_path)

    base = repo_url.rstrip("/")
    icon_name = PLUGIN + os.path.splitext(metadata["icon"])[1]
    shutil.copyfile(os.path.join(root, metadata["icon"]), os.path.join(dist, icon_name))
    xml_path = os.path.join(dist, "plugins.xml")
    with open(xml_path, "wb") as handle:
        handle.write(plugins_xml(metadata, file_name, "{}/{}".format(base, file_name),
                                 "{}/{}".format(base, icon_name), datetime.date.today().isoformat()))
    return zip_path, xml_path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", default=os.path.join(ROOT, "dist"))
    parser.add_argument("--repo-url", required=True, help="absolute URL of the folder holding plugins.xml")
    for key in URL_KEYS:
        parser.add_argument("--" + key, default="")
    parser.add_argument("--email", default="")
    parser.add_argument("--plugins-qgis-org", action="store_true",
                        help="refuse a missing or placeholder homepage, tracker, repository or e-mail")
    args = parser.parse_args(argv)
    try:
        zip_path, xml_path = build(os.path.abspath(args.dist), args.repo_url,
                                   {key: getattr(args, key) for key in URL_KEYS}, args.email or None,
                                   args.plugins_qgis_org)
    except PackagingError as error:
        print("make package: {}".format(error), file=sys.stderr)
        return 2
    for path in (zip_path, xml_path):
        print("{} ({:,} bytes)".format(os.path.relpath(path), os.path.getsize(path)).replace(",", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
