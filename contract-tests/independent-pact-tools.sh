#!/usr/bin/env bash
# The pact through Pact tools outside our Java stack, from npm (versions pinned by package-lock.json):
#   1. PactFlow's validator (@pactflow/swagger-mock-validator), as PactFlow's bi-directional testing
#      runs it: the pact against the derived provider contract target/provider-contract/*.yaml.
#   2. The Rust verifier (pact_verifier_cli, shipped by @pact-foundation/pact-cli), which pact-js,
#      pact-python and pact-go use, against `atlas-peering simulator --provider-states`.
# Each has a control that must FAIL, and the script fails if it does not: a pact with a misspelt field
# (vpcID) for the validator, an expectation changed to another status for the verifier.
# Needs node and npm, a JDK, and what `./mvnw verify` built: cli/target/atlas-peering.jar,
# contract-tests/target/pacts and contract-tests/target/provider-contract.
set -euo pipefail
cd "$(dirname "$0")"

PACT=target/pacts/atlas-peering-java-sdk-mongodb-atlas-admin-api.json
PROVIDER_CONTRACT=target/provider-contract/atlas-peering-bidirectional.yaml
CLI_JAR=../cli/target/atlas-peering.jar
WORK=target/independent-pact-tools
BIN=node_modules/.bin
for built in "$PACT" "$PROVIDER_CONTRACT" "$CLI_JAR"; do
  [[ -f "$built" ]] || { echo "Missing $built: run ./mvnw -B verify first" >&2; exit 1; }
done
rm -rf "$WORK" && mkdir -p "$WORK"

echo "== npm ci (pinned by contract-tests/package-lock.json)"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "swagger-mock-validator $(node pact-controls.mjs version @pactflow/swagger-mock-validator)," \
  "@pact-foundation/pact-cli $(node pact-controls.mjs version @pact-foundation/pact-cli)," \
  "$(VERSION=$("$BIN/pact-verifier" --version); echo "${VERSION%%$'\n'*}" | tr -s ' ')"
INTERACTIONS=$(node pact-controls.mjs count "$PACT")

echo "== PactFlow's validator: $INTERACTIONS interactions against $PROVIDER_CONTRACT"
"$BIN/swagger-mock-validator" "$PROVIDER_CONTRACT" "$PACT"

echo "== Control: a misspelt field must fail the validator"
node pact-controls.mjs misspell "$PACT" "$WORK/control-vpcID.json"
if "$BIN/swagger-mock-validator" "$PROVIDER_CONTRACT" "$WORK/control-vpcID.json" >"$WORK/control-vpcID.log" 2>&1; then
  cat "$WORK/control-vpcID.log"
  echo "CONTROL FAILED: the validator accepted a pact that sends vpcID" >&2
  exit 1
fi
grep -q "request.body.incompatible" "$WORK/control-vpcID.log" || {
  cat "$WORK/control-vpcID.log"; echo "CONTROL FAILED: the validator failed for another reason" >&2; exit 1; }
echo "Validator control: rejected ($(grep -m1 -o '[0-9]* error(s)' "$WORK/control-vpcID.log"), request.body.incompatible)"

echo "== Rust verifier against atlas-peering simulator --provider-states"
: >"$WORK/simulator.log" # exists before the background job opens it, for the polling below
java -jar "$CLI_JAR" simulator --port 0 --provider-states >>"$WORK/simulator.log" 2>&1 &
SIMULATOR_PID=$!
trap 'kill "$SIMULATOR_PID" 2>/dev/null || true; wait "$SIMULATOR_PID" 2>/dev/null || true' EXIT
STATES_URL=""
for _ in $(seq 1 120); do
  STATES_URL=$(sed -n 's/^Provider state change URL (for Pact verifiers): //p' "$WORK/simulator.log")
  [[ -n "$STATES_URL" ]] && break
  kill -0 "$SIMULATOR_PID" 2>/dev/null || { cat "$WORK/simulator.log"; echo "The simulator stopped" >&2; exit 1; }
  sleep 0.5
done
[[ -n "$STATES_URL" ]] || { cat "$WORK/simulator.log"; echo "The simulator did not start" >&2; exit 1; }
PORT=$(sed -E 's#^http://127\.0\.0\.1:([0-9]+)/.*#\1#' <<<"$STATES_URL")
echo "Simulator on 127.0.0.1:$PORT, provider states at $STATES_URL"

verify() { # <pact> <json report>
  "$BIN/pact-verifier" --file "$1" --hostname 127.0.0.1 --port "$PORT" \
    --provider-name mongodb-atlas-admin-api --state-change-url "$STATES_URL" --state-change-teardown \
    --no-colour --json "$2"
}
verify "$PACT" "$WORK/verifier.json" >"$WORK/verifier.log" 2>&1 || { cat "$WORK/verifier.log"; exit 1; }
grep -E '^  (PATCH|POST) ' "$WORK/verifier.log" | sed 's/ ([0-9]*ms loading.*//' || true
node pact-controls.mjs verified "$WORK/verifier.json" "$PACT"

echo "== Control: an expectation changed to another status must fail the Rust verifier"
node pact-controls.mjs change-status "$PACT" "$WORK/control-status.json"
if verify "$WORK/control-status.json" "$WORK/control-status-report.json" >"$WORK/control-status.log" 2>&1; then
  cat "$WORK/control-status.log"
  echo "CONTROL FAILED: the verifier passed a pact expecting 410 where the simulator answers 404" >&2
  exit 1
fi
node pact-controls.mjs verified "$WORK/control-status-report.json" "$WORK/control-status.json" "PATCH of a peer that does not exist"
echo "Independent Pact tools: all interactions pass, both controls fail as they must."
