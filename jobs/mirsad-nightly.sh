#!/usr/bin/env bash
# Runs Mirsad's nightly ingest for one night and turns the CLI's exit code into what a scheduler
# should act on: 0 when nothing needs a human, non-zero (the CLI's own code) when something does.
#
# Usage: mirsad-nightly.sh [YYYY-MM-DD]
#   Without a date it runs the last night that has ended (nights end at 02:00), named after the
#   day it began, in $MIRSAD_TZ (or the system zone): a run at 02:00 on the 23rd covers the night
#   of the 22nd to the 23rd and runs --date 22nd. Pass a date to rerun (resume) a given night.
#
# Environment:
#   MIRSAD_JAR       the application jar (default: target/mirsad.jar beside this jobs/ folder)
#   MIRSAD_TZ        time zone that names the night, e.g. Asia/Baghdad (also the JVM's zone)
#   MIRSAD_ENV_FILE  optional KEY=value file to load first (cron's environment is nearly empty),
#                    e.g. SPRING_DATASOURCE_URL/USERNAME/PASSWORD; keep it mode 0600
#   MIRSAD_MAX_NIGHT_HOURS
#                    a night found still running after this many hours is reported as an error:
#                    it may hang (default 12)
#   MIRSAD_PARTITIONS
#                    run the night as a manager of this many partitions, which workers
#                    (mirsad worker) import; unset or 0: the whole night in this process
#   JAVA, JAVA_OPTS  java binary and its options
#
# Output: the CLI's own log and informational lines go to stdout; warnings and failures go to
# stderr, so cron can log stdout and mail stderr only.
set -euo pipefail

info() { echo "$(date -Is) mirsad-nightly: $*"; }
alert() { echo "$(date -Is) mirsad-nightly: $*" >&2; }

if [[ -n "${MIRSAD_ENV_FILE:-}" ]]; then
    set -a
    # shellcheck source=/dev/null
    . "$MIRSAD_ENV_FILE"
    set +a
fi
if [[ -n "${MIRSAD_TZ:-}" ]]; then
    export TZ="$MIRSAD_TZ"
fi
# cron starts jobs in the C locale; Java would then read non-ASCII arguments (an Arabic input folder)
# as question marks. Mirsad itself decodes file names and prints UTF-8 in any locale.
export LC_ALL=C.UTF-8

jar="${MIRSAD_JAR:-$(dirname "$0")/../target/mirsad.jar}"
if [[ $# -gt 1 || ( $# -eq 1 && ! $1 =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ) ]]; then
    alert "usage: $0 [YYYY-MM-DD]"
    exit 2
fi
# "yesterday" counted from two hours ago: the same as plain yesterday at 02:00, but a catch-up run
# (Persistent=true after a reboot) between midnight and 02:00 must not take the night still going.
night="${1:-$(date -d '2 hours ago yesterday' +%F)}"

max_hours="${MIRSAD_MAX_NIGHT_HOURS:-12}"
if [[ ! $max_hours =~ ^[0-9]+$ ]]; then
    alert "MIRSAD_MAX_NIGHT_HOURS must be a whole number of hours, not '$max_hours'"
    exit 2
fi

info "running night $night with $jar"
output=$(mktemp)
trap 'rm -f "$output"' EXIT
partitions=()
if [[ "${MIRSAD_PARTITIONS:-0}" != 0 ]]; then
    partitions=(--partitions "$MIRSAD_PARTITIONS")
fi
set +e
# The CLI's stderr (stack traces) joins its log on stdout; our verdict below is what alerts. A copy
# is kept to read, when another run holds the night, since when that run has been going.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
"${JAVA:-java}" ${JAVA_OPTS:-} -jar "$jar" run --date "$night" "${partitions[@]}" 2>&1 | tee "$output"
code=${PIPESTATUS[0]}
set -e

# The CLI names the running execution's start in its own zone (this script's TZ): "... since 2026-11-23T02:00:01".
running_since=$(grep -oE 'since [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{5,8}' "$output" | head -n 1 | cut -d' ' -f2 || true)

resume_hint="check 'mirsad status' (java -jar $jar status), fix the cause, then rerun the same date to resume: $0 $night"
case $code in
    0) info "night $night completed" ;;
    3) alert "WARNING: night $night completed, but some files were rejected; see 'mirsad status'" ;;
    6)
        hours_running=""
        if [[ -n $running_since ]]; then
            hours_running=$(( ($(date +%s) - $(date -d "$running_since" +%s)) / 3600 ))
        fi
        if [[ -n $hours_running && $hours_running -ge $max_hours ]]; then
            alert "ERROR: night $night not started: another run has been going since $running_since, ${hours_running} h, longer than the ${max_hours} h limit (MIRSAD_MAX_NIGHT_HOURS); it may hang. Check 'mirsad status' (java -jar $jar status); stop it with 'mirsad stop ID', then rerun the date: $0 $night"
        else
            alert "WARNING: night $night not started: another run holds the ingest lock${running_since:+ (running since $running_since)}; this run did nothing. If this repeats, two schedules overlap"
        fi
        ;;
    7) info "night $night already completed; nothing to do" ;;
    2) alert "ERROR: the CLI rejected its arguments (exit 2); fix the schedule definition" ;;
    4) alert "ERROR: night $night stopped before the end (exit 4); $resume_hint" ;;
    5) alert "ERROR: night $night failed (exit 5); $resume_hint" ;;
    1) alert "ERROR: night $night could not start or hit an unexpected error, e.g. database unreachable (exit 1); $resume_hint" ;;
    *) alert "ERROR: night $night ended with unknown exit code $code; $resume_hint" ;;
esac
case $code in
    0 | 3 | 7) exit 0 ;;
    *) exit "$code" ;;
esac
