#!/usr/bin/env bash
# Regenerates the documentation screenshots in docs/images/ without a display: builds the
# program and renders the demo project (MSC versus HSCT in systemic sclerosis) once per view.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${STEMMA_BUILD_DIR:-$root/build}
out_dir=${1:-$root/docs/images}

cmake --build "$build_dir" --target stemma stemma-cli stemma_screenshot_project stemma_screenshot_full_texts -j2
mkdir -p "$out_dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export QT_QPA_PLATFORM=offscreen
# Keep the screenshots' settings, window state and demo project apart from the user's; the
# demo project is written afresh into this folder on the first run below.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
stemma="$build_dir/app/gui/stemma"
# First, while no project has been opened, so the start page lists no temporary files.
"$stemma" --screenshot "$out_dir/welcome.png" --size 1000x620 && echo "wrote $out_dir/welcome.png"

shot() { "$stemma" --demo --screenshot "$out_dir/$1" "${@:2}"; echo "wrote $out_dir/$1"; }

# The Library with a search: the matching words are highlighted in the selected reference.
shot library.png --part Library --search "mesenchymal"
shot library-edit.png --part Library --detail-tab edit
# The Evidence tab: the passages of the reference's text tagged with the codebook's colours.
shot library-evidence.png --part Library --search "autologous" --tab Evidence
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
# The import dialog's summary, on another copy of the demo: a Cochrane export whose last record
# was cut off when the file was saved, so the summary names the problem and its line.
cp "$demo" "$work/import.stemma"
cat >"$work/cochrane-2024-03-05.ris" <<'RIS'
TY  - JOUR
AU  - Keyszer, G.
AU  - Christopeit, M.
TI  - Treatment of severe progressive systemic sclerosis with transplantation of mesenchymal stromal cells from allogeneic related donors
T2  - Transplantation
PY  - 2011
ER  - 
TY  - JOUR
AU  - Velier, M.
TI  - Adipose-derived stem cells from systemic sclerosis patients maintain pro-angiogenic and antifibrotic paracrine effects
T2  - Stem Cell Research & Therapy
PY  - 2019
ER  - 
TY  - JOUR
AU  - Guillaume-Jugnot, P.
TI  - Autologous adipose-derived stromal vascular fraction in patients with systemic sclerosis: 12-month follow-up
RIS
"$stemma" "$work/import.stemma" --screenshot "$out_dir/import.png" --size 1200x800 \
    --import "$work/cochrane-2024-03-05.ris"
echo "wrote $out_dir/import.png"
# File > Export References…, set to the references excluded at screening, with their reasons.
shot export.png --part Library --export-dialog
shot screening.png --part Screening --reviewer "Reviewer A"
# The Screening part's other tabs: the disagreement left open, the reviewers' agreement, the flow.
shot screening-conflicts.png --part Screening --reviewer "Reviewer A" --tab Conflicts
shot screening-agreement.png --part Screening --reviewer "Reviewer A" --tab Agreement
shot screening-prisma.png --part Screening --reviewer "Reviewer A" --tab PRISMA
# The full-text reader, on a copy of the demo with a one-page stand-in PDF per reference (its own
# title, authors, DOI and abstract) attached the way "Attach PDFs from folder…" attaches them.
cp "$demo" "$work/fulltext.stemma"
"$build_dir/tests/stemma_screenshot_full_texts" "$work/fulltext.stemma" "$work/pdfs" >/dev/null
"$stemma" "$work/fulltext.stemma" --screenshot "$out_dir/screening-fulltext.png" --part Screening \
    --reviewer "Reviewer A" --stage full-text --attach-pdfs "$work/pdfs"
echo "wrote $out_dir/screening-fulltext.png"
# Prioritised screening on a labelled dataset (Kitchenham 2010, CC-BY, from ../shared; its file lists
# the included records first, so it is shuffled): ranking on, 70 records screened in its order by
# their true labels, then a random sample of 120.
kitchenham="$root/../shared/realdata/screening/Kitchenham_2010.csv"
if [ -f "$kitchenham" ]; then
    cli="$build_dir/app/cli/stemma-cli"
    rank="$work/ranking.stemma"
    rm -f "$rank"
    "$cli" init "$rank" >/dev/null
    python3 - "$kitchenham" "$work/kitchenham.csv" <<'PY'
import csv, random, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
random.Random(1).shuffle(rows)
writer = csv.DictWriter(open(sys.argv[2], "w", encoding="utf-8", newline=""), fieldnames=list(rows[0]))
writer.writeheader()
writer.writerows(rows)
PY
    "$cli" import "$rank" "$work/kitchenham.csv" --format csv --source Scopus >/dev/null
    "$cli" screen "$rank" --ranking on
    python3 - "$cli" "$rank" "$work/kitchenham.csv" <<'PY'
import csv, json, subprocess, sys
cli, project, labelled = sys.argv[1:4]
labels = [row["label_included"] == "1" for row in csv.DictReader(open(labelled, encoding="utf-8", newline=""))]
def run(*args):
    return subprocess.run([cli, "screen", project, *args, "--reviewer", "Reviewer A"], check=True,
                          capture_output=True, text=True).stdout
def screen(count):
    for _ in range(count):
        ref = json.loads(run("--next", "--json"))["id"]
        verdict = "include" if labels[ref - 1] else "exclude"
        run(str(ref), "--decision", verdict, "--reason", "Not a systematic review")
screen(70)
subprocess.run([cli, "screen", project, "--start-sample"], check=True)
screen(120)
PY
    "$stemma" "$rank" --screenshot "$out_dir/screening-ranking.png" --part Screening --reviewer "Reviewer A"
    echo "wrote $out_dir/screening-ranking.png"
else
    echo "skipped screening-ranking.png: ../shared/realdata is absent"
fi
shot studies.png --part Studies
# The form of one outcome result: measure, arm, timepoint, the numbers and where they came from.
shot studies-result.png --part Studies --study-item outcome_result
shot codebook.png --part Codebook
# Compare at a laptop's size, where the table and the forest plot have to share the width.
shot compare.png --part Compare --size 1400x900
shot reports.png --part Reports
