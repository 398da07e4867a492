"""Fill translations in a Qt .ts file (what Qt Linguist does, from the command line).

    python3 scripts/ts_set.py resources/i18n/bassin_minier_sandt_fr.ts --list
        prints the sources still unfinished, one a line
    python3 scripts/ts_set.py resources/i18n/bassin_minier_sandt_fr.ts < pairs.tsv
        reads lines "source<TAB>translation" (\\n inside stands for a new line) and sets the translation
        of every message with that source, in every context.
"""

import sys
import xml.etree.ElementTree as ET


def main(path, args):
    tree = ET.parse(path)
    messages = list(tree.getroot().iter("message"))
    if "--list" in args:
        for message in messages:
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                print(message.find("source").text.replace("\n", "\\n"))
        return 0
    pairs = {}
    for line in sys.stdin.read().splitlines():
        if "\t" in line:
            source, translation = line.split("\t", 1)
            pairs[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    changed = 0
    for message in messages:
        source = message.find("source").text
        if source in pairs:
            translation = message.find("translation")
            translation.text = pairs[source]
            translation.attrib.pop("type", None)
            changed += 1
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    print("{}: {} messages set".format(path, changed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
