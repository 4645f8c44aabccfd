#!/usr/bin/env bash
# The rate-limit benchmark (issue 13), in one command, from the repository root or anywhere:
#
#   benchmarks/rate-limit.sh                 # 200 updates x 4 contestants, ~6 min; writes its section of
#                                            # benchmarks/RESULTS.md and benchmarks/rate-limit-chart.png
#   benchmarks/rate-limit.sh --updates 40 --skip-shell --out benchmarks/target/RATE-LIMIT-smoke.md \
#       --chart benchmarks/target/rate-limit-smoke.png      # a quick check
#
# Builds the CLI jar and the benchmarks jar (Maven profile "benchmarks"), then runs RateLimitBench:
# each contestant against a fresh simulator whose bucket holds 10 and refills 5 per 2 s.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "[rate-limit-bench] building: ./mvnw -B -q -Pbenchmarks -DskipTests -Dmaven.javadoc.skip=true -pl cli,benchmarks -am package"
./mvnw -B -q -Pbenchmarks -DskipTests -Dmaven.javadoc.skip=true -pl cli,benchmarks -am package
exec java -Djava.awt.headless=true -cp benchmarks/target/benchmarks.jar \
  dev.peerkit.atlas.peering.bench.ratelimit.RateLimitBench "$@"
