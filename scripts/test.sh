#!/usr/bin/env bash
# Sets up what is missing, builds, and runs the whole test suite through ctest.
# Exits non-zero when anything fails. Extra arguments go to ctest (e.g. -R Ris).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/dependencies.sh
source "$root/scripts/dependencies.sh"
stemma_install_dependencies
stemma_build

build_dir=${STEMMA_BUILD_DIR:-$root/build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cd "$build_dir"
ctest --output-on-failure --timeout 600 -j"$(nproc)" "$@"
