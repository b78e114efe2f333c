#!/usr/bin/env bash
# Installs the Debian 12 packages Stemma needs to build, test and run, if any are missing.
# Sourced by run.sh and test.sh; quiet when everything is already there.
set -euo pipefail

STEMMA_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev qt6-pdf-dev
    libgl-dev libvulkan-dev
    libsqlite3-dev libspdlog-dev libfmt-dev libboost-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    libpoppler-cpp-dev poppler-utils libxlsxwriter-dev python3
    liblinear-dev
    xvfb xauth fonts-dejavu-core
    r-cran-metafor bibutils
)

# Only scripts/fuzz.sh needs these: clang with libFuzzer for the fuzz targets in tests/fuzz.
STEMMA_FUZZ_PACKAGES=(clang-14 libfuzzer-14-dev)

stemma_missing_packages() {
    local missing=()
    for package in "${STEMMA_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    echo "${missing[@]:-}"
}

stemma_install_dependencies() {
    local missing
    missing=$(stemma_missing_packages)
    [ -z "$missing" ] && return 0
    echo "Installing missing packages: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# Configures and builds into build/ (or $STEMMA_BUILD_DIR) with Ninja.
stemma_build() {
    local root build_dir
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    build_dir=${STEMMA_BUILD_DIR:-$root/build}
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    cmake --build "$build_dir" -- -j"$(nproc)"
}
