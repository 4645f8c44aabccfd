#!/usr/bin/env bash
# The benchmark suite, in one command (from anywhere; it works from the repository root):
#
#   benchmarks/run.sh            # the real run, ~15 min on 2 cores; writes benchmarks/RESULTS.md
#   benchmarks/run.sh --smoke    # tiny iteration counts, ~3 min; writes benchmarks/target/RESULTS-smoke.md
#
# It builds what it needs (the SDK, the CLI jar with its AppCDS archive, the benchmarks jar) with the
# Maven wrapper, then runs benchmarks/target/benchmarks.jar: JMH for the in-process figures and a
# driver for the whole-process ones, all against one local server on 127.0.0.1, and prints the
# table. Other options are passed to the driver: --skip-jmh, --skip-cli, --skip-codec, --out FILE,
# --raw-round-trips (also the older round trips against raw java.net.http), --cli-baseline-jar JAR
# (an older CLI jar, with its atlas-peering.jsa beside it, timed beside the current one).
# Charts (JFreeChart PNGs) are written beside the output file. MAVEN_ARGS reaches the build
# (for example MAVEN_ARGS=-Dmaven.repo.local=/path/to/repo).
# Not part of ./mvnw verify: the module is only in the "benchmarks" Maven profile.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v curl >/dev/null 2>&1; then
  echo "note: curl is not installed, so the 'curl --digest' row will say n/a (apt-get install -y curl)" >&2
fi

LOAD_BEFORE_BUILD="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "[bench] building: ./mvnw -B -q -Pbenchmarks -DskipTests -Dmaven.javadoc.skip=true -pl cli,benchmarks -am package"
./mvnw -B -q -Pbenchmarks -DskipTests -Dmaven.javadoc.skip=true -pl cli,benchmarks -am package

exec java -jar benchmarks/target/benchmarks.jar --command "benchmarks/run.sh${*:+ $*}" \
  --load-before-build "$LOAD_BEFORE_BUILD" "$@"
