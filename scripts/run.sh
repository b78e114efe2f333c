#!/usr/bin/env bash
# Sets up what is missing, builds, and opens Stemma on the demo project.
# Extra arguments are passed to the program (e.g. a project file instead of the demo).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/dependencies.sh
source "$root/scripts/dependencies.sh"
stemma_install_dependencies
stemma_build

build_dir=${STEMMA_BUILD_DIR:-$root/build}
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--demo)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting Stemma under a virtual X server (xvfb-run)."
    exec xvfb-run -a "$build_dir/app/gui/stemma" "${args[@]}"
fi
exec "$build_dir/app/gui/stemma" "${args[@]}"
