#!/usr/bin/env bash
# Sets up what is missing, builds, and runs the whole test suite through ctest.
# Exits non-zero when anything fails. Extra arguments go to ctest (e.g. -R Ris).
#
#   scripts/test.sh --sanitize [ctest arguments]
# builds into build-asan with AddressSanitizer and UndefinedBehaviorSanitizer (any report fails
# the test; leaks are reported, less the Qt ones listed with their reason in
# scripts/lsan-suppressions.txt) and runs the core and CLI tests there. STEMMA_SANITIZE_GUI=1
# adds the GUI tests, which on a two-core machine do not fit the hour CI allows (see
# docs/reliability.md).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/dependencies.sh
source "$root/scripts/dependencies.sh"
stemma_install_dependencies

if [ "${1:-}" = --sanitize ]; then
    shift
    build_dir=${STEMMA_SANITIZE_BUILD_DIR:-$root/build-asan}
    flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        launcher=()
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        # -O1 keeps the instrumented suite fast enough; Debug keeps Q_ASSERT on.
        cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTEMMA_BUILD_BENCHMARKS=OFF \
            -DCMAKE_CXX_FLAGS="-O1 $flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" \
            -DCMAKE_SHARED_LINKER_FLAGS="$flags" "${launcher[@]}" >/dev/null
    fi
    labels='core|cli'
    targets=(stemma_core_tests stemma_cli_tests stemma-cli stemma_crash_writer)
    if [ "${STEMMA_SANITIZE_GUI:-0}" = 1 ]; then
        labels='core|cli|ui'
        targets=(all)
    fi
    nice cmake --build "$build_dir" --target "${targets[@]}" -- -j"$(nproc)"
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
    export LSAN_OPTIONS=suppressions=$root/scripts/lsan-suppressions.txt:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    cd "$build_dir"
    # The instrumented build runs a few times slower: a test's time limit grows with it.
    exec ctest --output-on-failure --timeout 1800 -j"$(nproc)" -L "$labels" "$@"
fi

stemma_build
build_dir=${STEMMA_BUILD_DIR:-$root/build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cd "$build_dir"
ctest --output-on-failure --timeout 600 -j"$(nproc)" "$@"
