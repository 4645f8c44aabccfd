// Helpers for independent-pact-tools.sh, on plain JSON (no dependencies):
//   node pact-controls.mjs misspell <pact> <out>      AWS update request with vpcID instead of vpcId
//   node pact-controls.mjs change-status <pact> <out> the unknown-peer expectation answers 410, not 404
//   node pact-controls.mjs count <pact>               how many interactions the pact holds
//   node pact-controls.mjs version <npm package>      the installed version of a package
//   node pact-controls.mjs verified <report> <pact> [<failing description>]
//       checks a Rust verifier JSON report: every interaction OK, or exactly the named one failed
import { readFileSync, writeFileSync } from 'node:fs';

const AWS_UPDATE = 'PATCH of an AWS peer with every AWS field';
const UNKNOWN_PEER = 'PATCH of a peer that does not exist';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const one = (pact, prefix) => {
  const found = pact.interactions.filter((i) => i.description.startsWith(prefix));
  if (found.length !== 1) throw new Error(`expected one interaction "${prefix}...", found ${found.length}`);
  return found[0];
};
const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const [command, ...args] = process.argv.slice(2);
switch (command) {
  case 'misspell': {
    const pact = read(args[0]);
    const body = one(pact, AWS_UPDATE).request.body.content;
    if (!('vpcId' in body)) fail('the AWS update sends no vpcId');
    body.vpcID = body.vpcId;
    delete body.vpcId;
    writeFileSync(args[1], JSON.stringify(pact, null, 2));
    console.log(`control pact ${args[1]}: "${AWS_UPDATE}..." sends vpcID instead of vpcId`);
    break;
  }
  case 'change-status': {
    const pact = read(args[0]);
    const response = one(pact, UNKNOWN_PEER).response;
    if (response.status !== 404) fail(`the unknown-peer interaction expects ${response.status}, not 404`);
    response.status = 410;
    writeFileSync(args[1], JSON.stringify(pact, null, 2));
    console.log(`control pact ${args[1]}: "${UNKNOWN_PEER}..." now expects 410 instead of 404`);
    break;
  }
  case 'version':
    console.log(read(`node_modules/${args[0]}/package.json`).version);
    break;
  case 'count':
    console.log(read(args[0]).interactions.length);
    break;
  case 'verified': {
    const report = read(args[0]);
    const expected = read(args[1]).interactions.map((i) => i.description).sort();
    const results = report.interactionResults ?? [];
    const seen = results.map((r) => r.description).sort();
    if (JSON.stringify(seen) !== JSON.stringify(expected)) {
      fail(`the verifier reported ${seen.length} interactions, the pact holds ${expected.length}`);
    }
    const failed = results.filter((r) => r.result !== 'OK').map((r) => r.description);
    const failing = args[2];
    if (failing === undefined) {
      if (failed.length > 0) fail(`failed: ${failed.join('; ')}`);
      console.log(`Rust verifier: ${results.length} of ${expected.length} interactions OK`);
    } else {
      if (failed.length !== 1 || !failed[0].startsWith(failing)) {
        fail(`expected exactly "${failing}..." to fail, failed: [${failed.join('; ')}]`);
      }
      console.log(`Rust verifier control: "${failed[0]}" failed as it must; the other ${results.length - 1} OK`);
    }
    break;
  }
  default:
    fail(`unknown command ${command}`);
}
