#!/usr/bin/env bash
# Run the pinned cfn-lint (npm package cfn-lint, martysweet's JS validator) on
# CloudFormation templates, offline.
#
# usage: bash tests/cfn/run-cfn-lint.sh [--strict] TEMPLATE...
#
# cfn-lint's own signals: `cfn-lint validate FILE` prints "N infos", "N warn",
# "N crit" blocks and then "Template valid!" (exit 0) or "Template invalid!"
# (exit 1). Only "crit" entries make a template invalid; warnings alone exit 0.
# A file it cannot read or parse gives a one-line message and exit 1.
#
# cfn-lint 1.9.7 bundles an old resource specification (2.29.0) and has no
# option to ignore properties it does not know. Without --strict, this script
# therefore does not count a "crit" as an error when it is exactly one of
#   "<Prop> is not a valid property of <Type>"
#   "No such attribute <Attr> on <Type>"
#   "Resource <Id> has an invalid Type of <Type>."
# AND the newer specification in @aws-cdk/cfnspec says that property /
# attribute / type exists. Such entries are still printed, each with a note.
# Everything else cfn-lint reports as crit is an error. --strict counts all.
#
# Exit: 0 every template passed, 1 some template has errors, 2 usage/installation.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lint="$here/node_modules/.bin/cfn-lint"

strict=0
templates=()
for arg in "$@"; do
  case "$arg" in
    --strict) strict=1 ;;
    -h|--help) templates=(); break ;;
    *) templates+=("$arg") ;;
  esac
done
if [ "${#templates[@]}" -eq 0 ]; then
  echo "usage: bash tests/cfn/run-cfn-lint.sh [--strict] TEMPLATE..." >&2
  exit 2
fi
if [ ! -x "$lint" ] || [ ! -d "$here/node_modules/@aws-cdk/cfnspec" ]; then
  echo "run-cfn-lint.sh: cfn-lint is not installed; run: npm ci --prefix tests/cfn --no-audit --no-fund" >&2
  exit 2
fi

# Reads cfn-lint's output on stdin, prints notes, and as its last line
# "RESULT <errors> <warnings> <tolerated>".
read -r -d '' CLASSIFY <<'JS'
const fs = require('fs');
const path = require('path');
const [here, strict, rc] = process.argv.slice(1);
const text = fs.readFileSync(0, 'utf8');
const newSpec = require(path.join(here, 'node_modules/@aws-cdk/cfnspec/spec/specification.json'));
const oldVersion = require(path.join(here, 'node_modules/cfn-lint/data/aws_resources_specification.json')).ResourceSpecificationVersion;
const lintVersion = require(path.join(here, 'node_modules/cfn-lint/package.json')).version;
const lines = text.split('\n');
const count = (word) => {
  const l = lines.find((x) => new RegExp(`^\\d+ ${word}$`).test(x));
  return l === undefined ? null : parseInt(l, 10);
};
const crit = count('crit');
const warn = count('warn') || 0;
if (crit === null) {
  // No report at all: cfn-lint could not read or parse the file, or crashed.
  console.log(rc === '0' ? 'RESULT 0 0 0' : 'RESULT 1 0 0');
  process.exit(0);
}
// The crit section: blocks "Resource: ...", "Message: ...", "Documentation: ...".
const start = lines.findIndex((x) => /^\d+ crit$/.test(x));
const messages = [];
for (let i = start + 1; i < lines.length; i++) {
  if (lines[i].startsWith('Message: ')) {
    let msg = lines[i].slice('Message: '.length);
    while (i + 1 < lines.length && !lines[i + 1].startsWith('Documentation: ')) msg += '\n' + lines[++i];
    messages.push(msg);
  }
}
const typeSpec = (t) => newSpec.ResourceTypes[t] || newSpec.PropertyTypes[t];
function knownToNewSpec(msg) {
  let m;
  if ((m = /^(\S+) is not a valid property of (\S+)$/.exec(msg))) {
    const t = typeSpec(m[2]);
    return t && t.Properties && Object.prototype.hasOwnProperty.call(t.Properties, m[1]) ? `property ${m[1]} of ${m[2]}` : null;
  }
  if ((m = /^No such attribute (\S+) on (\S+)$/.exec(msg))) {
    const t = newSpec.ResourceTypes[m[2]];
    return t && t.Attributes && Object.prototype.hasOwnProperty.call(t.Attributes, m[1]) ? `attribute ${m[1]} of ${m[2]}` : null;
  }
  // AWS's own Fn::Cidr example (CloudFormation User Guide, "Fn::Cidr", "Creating an IPv6
  // enabled VPC") selects a subnet's block with Fn::Select over Fn::Cidr; cfn-lint 1.9.7's
  // function table lacks that pair.
  if (/^Fn::Select does not support the Fn::Cidr function in argument 2$/.test(msg)) {
    return 'Fn::Cidr inside Fn::Select, as in the Fn::Cidr page of the CloudFormation User Guide';
  }
  if ((m = /^Resource \S+ has an invalid Type of (\S+)\.$/.exec(msg))) {
    return newSpec.ResourceTypes[m[1]] ? `resource type ${m[1]} (cfn-lint skipped checking this resource)` : null;
  }
  return null;
}
let tolerated = 0;
if (strict !== '1') {
  for (const msg of messages) {
    const what = knownToNewSpec(msg);
    if (what) {
      tolerated++;
      console.log(`note: not counted as an error: cfn-lint ${lintVersion} (bundled spec ${oldVersion}) does not know ` +
        `${what}, but CloudFormation (spec ${newSpec.ResourceSpecificationVersion} in @aws-cdk/cfnspec) has it (--strict counts it)`);
    }
  }
}
// A crit block that could not be parsed stays an error (crit - tolerated).
console.log(`RESULT ${crit - tolerated} ${warn} ${tolerated}`);
JS

passed=0
failed=0
for t in "${templates[@]}"; do
  echo "=== cfn-lint validate $t"
  # FORCE_COLOR=0: no ANSI colours, so the report can be read back.
  out="$(FORCE_COLOR=0 "$lint" validate "$t" 2>&1)"
  rc=$?
  printf '%s\n' "$out"
  verdict="$(printf '%s\n' "$out" | node -e "$CLASSIFY" "$here" "$strict" "$rc")"
  if [ $? -ne 0 ]; then
    echo "run-cfn-lint.sh: could not read cfn-lint's report" >&2
    verdict="RESULT 1 0 0"
  fi
  printf '%s\n' "$verdict" | grep -v '^RESULT ' || true
  read -r _ errors warnings tolerated <<<"$(printf '%s\n' "$verdict" | tail -n 1)"
  if [ "$errors" -eq 0 ] && [ "$rc" -eq 0 -o "$tolerated" -gt 0 ]; then
    echo "--- $t: PASS (cfn-lint exit $rc; $warnings warnings, $tolerated crit known to the newer spec)"
    passed=$((passed + 1))
  else
    echo "--- $t: FAIL (cfn-lint exit $rc; $errors errors, $warnings warnings)"
    failed=$((failed + 1))
  fi
done
echo "cfn-lint: ${#templates[@]} templates, $passed passed, $failed failed"
[ "$failed" -eq 0 ]
