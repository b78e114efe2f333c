#!/usr/bin/env bash
# Regenerates the documentation screenshots in docs/images/ without a display: builds the
# program and renders the demo project (MSC versus HSCT in systemic sclerosis) once per view.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${STEMMA_BUILD_DIR:-$root/build}
out_dir=${1:-$root/docs/images}

cmake --build "$build_dir" --target stemma stemma-cli stemma_screenshot_project -j2
mkdir -p "$out_dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export QT_QPA_PLATFORM=offscreen
# Keep the screenshots' settings, window state and demo project apart from the user's; the
# demo project is written afresh into this folder on the first run below.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
stemma="$build_dir/app/gui/stemma"
# First, while no project has been opened, so the start page lists no temporary files.
"$stemma" --screenshot "$out_dir/welcome.png" && echo "wrote $out_dir/welcome.png"

shot() { "$stemma" --demo --screenshot "$out_dir/$1" "${@:2}"; echo "wrote $out_dir/$1"; }

# The Library with a search: the matching words are highlighted in the selected reference.
shot library.png --part Library --search "mesenchymal"
shot library-edit.png --part Library --detail-tab edit
# The Sources tab is best shown on the small sample project: a PubMed record with the Embase
# record of the same trial merged into it, each as it was in its export file.
sample="$work/sample.stemma"
"$build_dir/tests/stemma_screenshot_project" "$sample" >/dev/null
"$stemma" "$sample" --screenshot "$out_dir/library-sources.png" --part Library --search "cyclophosphamide" \
    --detail-tab sources --show-raw
echo "wrote $out_dir/library-sources.png"

# The demo has no duplicates left, so a copy of it gets a second search export whose records
# describe two of its trials in other words (no DOI), as another database would.
demo=$(find "$XDG_DATA_HOME" -name '*.stemma' | head -n 1)
cp "$demo" "$work/duplicates.stemma"
cat >"$work/embase.ris" <<'RIS'
TY  - JOUR
AU  - van Laar, J. M.
AU  - Farge, D.
TI  - Autologous haematopoietic stem cell transplantation versus intravenous pulse cyclophosphamide in diffuse cutaneous systemic sclerosis. A randomised clinical trial
T2  - JAMA
PY  - 2014
ER  - 
TY  - JOUR
AU  - Sullivan, K. M.
TI  - Myeloablative autologous stem cell transplantation for severe scleroderma
T2  - New England Journal of Medicine
PY  - 2018
ER  - 
RIS
"$build_dir/app/cli/stemma-cli" import "$work/duplicates.stemma" "$work/embase.ris" >/dev/null
"$stemma" "$work/duplicates.stemma" --screenshot "$out_dir/duplicates.png" --part Duplicates
echo "wrote $out_dir/duplicates.png"
shot screening.png --part Screening
shot studies.png --part Studies
shot codebook.png --part Codebook
shot compare.png --part Compare
shot reports.png --part Reports
