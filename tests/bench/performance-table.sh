#!/usr/bin/env bash
# Prints the README's Performance table (figure, how it is measured, result, goal) from the JSON line that
# packhouse-bench prints last, read from stdin, and the machine it ran on.
#   build/release/tests/bench/packhouse-bench | tail -n 1 | tests/bench/performance-table.sh
set -euo pipefail
figures=$(cat)

row() { # key "how it is measured" goal
    local result
    result=$(jq -r --arg key "$1" \
        'def rounded: if . >= 10 then (. * 10 | round / 10) else (. * 1000 | round / 1000) end;
         if has($key) then .[$key] | if type == "number" then rounded else . end else "not measured" end' \
        <<<"$figures")
    printf '| `%s` | %s | %s | %s |\n' "$1" "$2" "$result" "$3"
}

echo '| Figure | How it is measured | Result | Goal |'
echo '| --- | --- | --- | --- |'
row p1_ratio 'listing the 12,000 versions of `octocat/ci-cache` at 50 ms latency: the app'"'"'s parallel pages ÷ following `Link: next` page by page' '≤ 0.15'
row p1_peak_in_flight 'requests in flight during that listing, as the server saw them' '≤ 8'
row p1_first_rows_ms 'ms until the first 100 rows of that listing arrive' '≤ 100'
row p2_quota_points 'primary quota spent by the app'"'"'s Refresh (BrowsingController) of acme with its largest package open, once loaded; counters reset first' '0'
row p2_not_modified 'answers to that refresh that were 304 Not Modified (of `p2_requests`)' '—'
row p3_rejections 'secondary-limit rejections deleting 1,000 versions at the pacing the app ships, against the fake enforcing GitHub'"'"'s documented limits (time scaled)' '0'
row p3_rate_ratio 'achieved delete rate ÷ the documented ceiling for that run'"'"'s length' '≥ 0.9'
row p3_eta_error '\|ETA shown at the start − actual duration\| ÷ actual' '≤ 0.1'
row p3_retry_honoured 'a secondary-limit answer injected mid-run is waited out, nothing deleted twice' 'true'
row p4_bytes_per_version 'every allocation (malloc'"'"'s heap and mapped blocks) of the 100,000-version container tree, its indexes included, per version' '≤ 1,024'
row p4_filter_ms 'ms for the tag filter `v1.*, !*-rc.*` over that tree, its 90,000-row Untagged group mapped; median of 5' '≤ 50'
row p4_sort_name_ms 'ms to sort by the Name column: the slower of that tree (tags, digests) and a 100,000-version npm tree (semantic-version order); median of 5' '≤ 50'
row p4_sort_created_ms 'ms to sort that tree by the Created column; median of 5' '≤ 50'
row p5_first_paint_cold_ms 'ms from process start to the first painted window, empty cache (the demo'"'"'s namespaces must load)' '≤ 300'
row p5_first_paint_median_ms 'the same with the cache the first run left; median of 5' '≤ 300'
row p5_idle_rss_mb 'MB resident once the demo'"'"'s namespaces are loaded; median of those 5' '≤ 80'
row p6_ratio 'a cold `packhouse-prune` dry run over `octocat/ci-cache` ÷ the app'"'"'s cold listing of it, 50 ms latency; medians of 5' '≤ 1.5'
row p7_scan_ms 'ms for the Overview'"'"'s cold scan of an organization of 200 packages and 50,000 versions (a quarter multi-arch container packages, every manifest read) at 50 ms latency; median of 3' '≤ 20,000'
row p7_rest_requests 'REST requests of that scan (the registry spends no REST quota)' '≤ 700'
row p7_rescan_ms 'ms for a rescan of the unchanged organization through the app'"'"'s caches (ETags, manifests by digest); median of 3' '≤ 3,000'
row p7_rescan_points 'primary quota points spent by those rescans (the most of the 3)' '0'
row p7_memory_mb 'MB the peak resident memory of a process grows by while it scans that organization and holds the result' '≤ 100'
echo
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB;" \
    "p5 on $(jq -r '.p5_platform // "—"' <<<"$figures"); $(date -u +%Y-%m-%d)."
