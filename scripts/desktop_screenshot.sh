#!/usr/bin/env bash
# Screenshot of QGIS desktop with the plugin under Xvfb: desktop_screenshot.sh OUTPUT.png [TAB] [SETUP.py]
# Env: BM_SHOT_MENU=1 opens the plugin menu; BM_SHOT_LOCALE=en for an English QGIS (default fr).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "$1"); tab=${2:-sandt}; setup=${3:+$(realpath "$3")}
profiles=$(mktemp -d)
mkdir -p "$profiles/profiles/default/QGIS" "$root/.build/plugins"
ln -sfn "$root" "$root/.build/plugins/bassin_minier"
locale=${BM_SHOT_LOCALE:-fr}
cat > "$profiles/profiles/default/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
bassin_minier=true
[locale]
overrideFlag=true
userLocale=${locale}
globalLocale=${locale}
[qgis]
showTips=false
checkVersion=false
[core]
NewsFeed\\httpsfeedqgisorg\\disabled=true
INI
export QGIS_PLUGINPATH="$root/.build/plugins" BM_SHOT_OUT="$out" BM_SHOT_TAB="$tab" BM_SHOT_SETUP="${setup:-}"
unset QT_QPA_PLATFORM
timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" \
  qgis --profiles-path "$profiles" --nologo --noversioncheck --code "$root/scripts/desktop_screenshot.py" \
  >"$profiles/qgis.log" 2>&1 || true
grep -E "screenshot:|did not load|Traceback|Error" "$profiles/qgis.log" | head -20 || true
rm -rf "$profiles"
test -s "$out"
