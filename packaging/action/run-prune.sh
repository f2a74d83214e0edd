#!/bin/sh
# What the composite action (action.yml at the root) runs: turns the action's inputs into a packhouse-prune
# command line. The token stays in the environment (GH_TOKEN); it never becomes an argument.
# Inputs come as INPUT_* variables; PACKHOUSE_PRUNE names the program (default: packhouse-prune on PATH).
set -eu

prune=${PACKHOUSE_PRUNE:-packhouse-prune}
set --
[ -n "${INPUT_API_URL:-}" ] && set -- "$@" --api-url "$INPUT_API_URL"
if [ -n "${INPUT_ORG:-}" ]; then
    set -- "$@" --org "$INPUT_ORG"
elif [ -n "${INPUT_USER:-}" ]; then
    set -- "$@" --user "$INPUT_USER"
else
    echo "run-prune: set the org or user input" >&2
    exit 2
fi
set -- "$@" --type "${INPUT_TYPE:-container}"
# Package names are separated by spaces or newlines; '*' means every package of the type.
for package in ${INPUT_PACKAGES:-}; do
    set -- "$@" --package "$package"
done
[ -n "${INPUT_RULES:-}" ] && set -- "$@" --rules "$INPUT_RULES"
[ -n "${INPUT_KEEP_NEWEST:-}" ] && set -- "$@" --keep-newest "$INPUT_KEEP_NEWEST"
[ -n "${INPUT_OLDER_THAN:-}" ] && set -- "$@" --older-than "$INPUT_OLDER_THAN"
[ "${INPUT_UNTAGGED_ONLY:-false}" = true ] && set -- "$@" --untagged-only
[ -n "${INPUT_TAG:-}" ] && set -- "$@" --tag "$INPUT_TAG"
[ "${INPUT_PRE_RELEASES_ONLY:-false}" = true ] && set -- "$@" --pre-releases-only
[ "${INPUT_DELETE:-false}" = true ] && set -- "$@" --yes
[ -n "${INPUT_FORMAT:-}" ] && set -- "$@" --format "$INPUT_FORMAT"
[ -n "${INPUT_JOURNAL:-}" ] && set -- "$@" --journal "$INPUT_JOURNAL"

exec "$prune" "$@"
