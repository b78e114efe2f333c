#!/usr/bin/env bash
# Runs one libFuzzer target of tests/fuzz for a number of seconds, or every target in turn:
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]    TARGET: ris medline wos bibtex csv
#   scripts/fuzz.sh all SECONDS                               pubmed-xml endnote-xml page pdf detect
# Builds with clang into build-fuzz (-DSTEMMA_FUZZ=ON), installing clang-14 and libFuzzer when
# missing. The corpus starts from the matching files of tests/data/import, the regression inputs
# in tests/data/fuzz/TARGET and, when present, ../shared/realdata; what the fuzzer learns
# is kept in build-fuzz/corpus/TARGET between runs. A crash or a timeout over 10 s is written to
# build-fuzz/artifacts/TARGET/ and makes the script fail; add it to tests/data/fuzz/TARGET
# (it is then replayed by the suite, see tests/core/import/FuzzRegressionTest.cpp).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/dependencies.sh
source "$root/scripts/dependencies.sh"
stemma_install_dependencies
STEMMA_PACKAGES=("${STEMMA_FUZZ_PACKAGES[@]}")
stemma_install_dependencies

if [ $# -lt 2 ]; then
    sed -n '2,10p' "$0" >&2
    exit 2
fi
target=$1
seconds=$2
shift 2
targets=(ris medline wos bibtex csv pubmed-xml endnote-xml page pdf detect)
if [ "$target" = all ]; then
    for one in "${targets[@]}"; do
        "$0" "$one" "$seconds" "$@"
    done
    exit 0
fi

build=${STEMMA_FUZZ_BUILD_DIR:-$root/build-fuzz}
if [ ! -f "$build/CMakeCache.txt" ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSTEMMA_FUZZ=ON -DSTEMMA_BUILD_TESTS=OFF -DSTEMMA_BUILD_BENCHMARKS=OFF "${launcher[@]}" >/dev/null
fi
binary=fuzz_${target//-/_}
nice cmake --build "$build" --target "$binary" -- -j"$(nproc)" >/dev/null

# Seeds: which files of tests/data/import (and of the shared real exports) each parser reads.
case $target in
    ris) patterns=("ris_*" "*.ris") real=(ris) ;;
    medline) patterns=("medline_*") real=(medline) ;;
    wos) patterns=("wos_*") real=(wos) ;;
    bibtex) patterns=("*.bib") real=(bibtex) ;;
    csv) patterns=("*.csv") real=(scopus screening) ;;
    pubmed-xml) patterns=("pubmed_*") real=(pubmedxml) ;;
    endnote-xml) patterns=("endnote_*") real=(endnotexml) ;;
    page) patterns=("article_page.*") real=() ;;
    pdf) patterns=("*.pdf") real=() ;;
    detect) patterns=("*") real=() ;;
    *) echo "unknown target $target (known: ${targets[*]})" >&2; exit 2 ;;
esac
seeds=$build/seeds/$target
corpus=$build/corpus/$target
artifacts=$build/artifacts/$target
mkdir -p "$seeds" "$corpus" "$artifacts"
for pattern in "${patterns[@]}"; do
    find "$root/tests/data/import" -maxdepth 1 -type f -name "$pattern" -size -1024k -exec cp -t "$seeds" {} +
done
[ -d "$root/tests/data/fuzz/$target" ] && cp "$root/tests/data/fuzz/$target"/* "$seeds"/ 2>/dev/null || true
shared=${STEMMA_SHARED_DIR:-$root/../shared}/realdata
for dir in "${real[@]}"; do
    # Real exports are big; the first 8 KiB of each (a few records) keeps the fuzzer fast and is still real.
    if [ -d "$shared/$dir" ]; then
        find "$shared/$dir" -type f | head -40 | while read -r file; do
            head -c 8192 "$file" >"$seeds/real_$(basename "$file")"
        done
    fi
done

cd "$artifacts"
# -timeout: an input taking more than 10 s is a finding; -rss_limit_mb: so is unbounded memory.
"$build/tests/fuzz/$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" "$corpus" "$seeds"
