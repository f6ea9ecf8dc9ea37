#!/usr/bin/env bash
# How the job's time and memory grow with N: generates N distinct articles from a seed folder for
# each N, runs `mirsad-lab benchmark` on each into a new database, and prints the figures side by side.
#
#   src/lab/scale.sh SEED_DIR WORK_DIR N...
#   e.g. src/lab/scale.sh CORPUS_DIR /var/tmp/bench 10000 100000
#
# Needs target/mirsad-lab.jar and a MySQL/MariaDB server: MIRSAD_BENCH_SERVER (default
# jdbc:mysql://127.0.0.1:3306), user root with an empty password unless SPRING_DATASOURCE_USERNAME /
# SPRING_DATASOURCE_PASSWORD say otherwise. Each N gets the database ${MIRSAD_BENCH_DB:-mirsad_bench}_nN,
# which must not exist yet (or be empty); the corpora stay under WORK_DIR/nN. Delete both when done.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 3 ] || { sed -n '2,11p' "$0"; exit 2; }
seed=$1 work=$2; shift 2
server=${MIRSAD_BENCH_SERVER:-jdbc:mysql://127.0.0.1:3306}
export SPRING_DATASOURCE_USERNAME=${SPRING_DATASOURCE_USERNAME:-root}
export SPRING_DATASOURCE_PASSWORD=${SPRING_DATASOURCE_PASSWORD:-}
mkdir -p "$work"
for n in "$@"; do
  if [ ! -d "$work/n$n" ]; then
    java -jar target/mirsad-lab.jar generate-corpus --seed "$seed" --count "$n" --out "$work/n$n"
  fi
  echo "== N = $n"
  SPRING_DATASOURCE_URL="$server/${MIRSAD_BENCH_DB:-mirsad_bench}_n$n?createDatabaseIfNotExist=true" \
    java -Xmx512m -jar target/mirsad-lab.jar benchmark --corpus "$work/n$n" | grep -v ' INFO ' | tee "$work/n$n.txt"
done
echo "== Growth with N (each row against the first)"
first=""
printf '%9s %9s %8s %9s %8s %6s %8s %8s %8s\n' N job_s art/s x_time x_N ratio heap_MB rss_MB incr_s
for n in "$@"; do
  line=$(grep '^figures:' "$work/n$n.txt")
  value() { sed -E "s/.* $1=([0-9.]+).*/\1/" <<<"$line"; }
  job=$(value job_s)
  [ -n "$first" ] || first="$n $job"
  read -r n0 job0 <<<"$first"
  printf '%9s %9s %8s %9.2f %8.2f %6s %8s %8s %8s\n' "$n" "$job" "$(value articles_per_s)" \
    "$(echo "$job / $job0" | bc -l)" "$(echo "$n / $n0" | bc -l)" "$(value ratio)" \
    "$(value peak_heap_mb)" "$(value peak_rss_mb)" "$(value incremental_s)"
done
