#!/usr/bin/env bash
# Regenerates the documentation screenshots in docs/images/ without a display: builds the
# program, writes a small sample project, and renders the window once per view.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${STEMMA_BUILD_DIR:-$root/build}
out_dir=${1:-$root/docs/images}

cmake --build "$build_dir" --target stemma stemma_screenshot_project -j2
mkdir -p "$out_dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

project="$work/msc-vs-hsct.stemma"
"$build_dir/tests/stemma_screenshot_project" "$project" >/dev/null

export QT_QPA_PLATFORM=offscreen
# Keep the screenshots' settings (window state, recent files) apart from the user's.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
stemma="$build_dir/app/gui/stemma"
shot() { "$stemma" "$project" --screenshot "$out_dir/$1" "${@:2}"; echo "wrote $out_dir/$1"; }

shot library.png --part Library
shot library-search.png --part Library --search "mesenchymal"
shot library-edit.png --part Library --detail-tab edit
shot library-sources.png --part Library --search "cyclophosphamide" --detail-tab sources --show-raw
shot screening.png --part Screening
"$stemma" --screenshot "$out_dir/welcome.png" && echo "wrote $out_dir/welcome.png"
