#!/usr/bin/env bash
# Runs every fuzzer of a PACKHOUSE_FUZZ build for a while, each on a copy of its seed corpus.
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS [TARGET…]
# Exits non-zero when any fuzzer reports a crash, a leak, an out-of-memory, a timeout or UndefinedBehaviorSanitizer
# finding; the input that caused it is kept in the printed artifact directory.
set -euo pipefail
if (($# < 2)); then
    echo "usage: $0 BUILD_DIR SECONDS [TARGET…]" >&2
    exit 2
fi
build=$(realpath "$1")
seconds=$2
shift 2
targets=("$@")
if ((${#targets[@]} == 0)); then
    # Every target the build made (tests/fuzz/CMakeLists.txt lists them).
    if [[ ! -f $build/tests/fuzz/targets.txt ]]; then
        echo "run-fuzzers: $build/tests/fuzz/targets.txt is missing: build the fuzz preset first" >&2
        exit 2
    fi
    mapfile -t targets <"$build/tests/fuzz/targets.txt"
fi

# Longest input per target: headers are short, JSON bodies may be big enough to reach the list bounds.
max_len() {
    case $1 in
    fuzz_json_decoder | fuzz_oci_manifest) echo 65536 ;;
    fuzz_journal) echo 16384 ;;
    *) echo 4096 ;;
    esac
}

work=$(mktemp -d "${TMPDIR:-/tmp}/packhouse-fuzz.XXXXXX")
artifacts="$build/tests/fuzz/artifacts"
mkdir -p "$artifacts"
trap 'rm -rf "$work"' EXIT

export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=0
export LSAN_OPTIONS="suppressions=$(dirname "$(realpath "$0")")/../lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

failed=()
for target in "${targets[@]}"; do
    binary="$build/tests/fuzz/$target"
    seeds="$build/tests/fuzz/corpus/$target"
    if [[ ! -x $binary || ! -d $seeds ]]; then
        echo "run-fuzzers: $binary or its corpus $seeds is missing: build the fuzz preset first" >&2
        exit 2
    fi
    corpus="$work/$target"
    mkdir -p "$corpus" "$work/tmp-$target"
    cp -r "$seeds/." "$corpus/"
    log="$work/$target.log"
    echo "run-fuzzers: $target for ${seconds}s"
    # TMPDIR: the journal fuzzer writes its file there, removed with the rest of $work.
    if TMPDIR="$work/tmp-$target" "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -max_len="$(max_len "$target")" -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        "$corpus" >"$log" 2>&1; then
        grep -E '^stat::number_of_executed_units|^Done ' "$log" | tr '\n' ' ' | sed 's/^/run-fuzzers:   /'
        echo
    else
        echo "run-fuzzers: $target FAILED; its log:" >&2
        tail -n 60 "$log" >&2
        failed+=("$target")
    fi
done

if ((${#failed[@]})); then
    echo "run-fuzzers: findings in ${failed[*]} (inputs in $artifacts)" >&2
    exit 1
fi
echo "run-fuzzers: no findings in ${#targets[@]} targets after ${seconds}s each"
