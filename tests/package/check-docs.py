#!/usr/bin/env python3
"""tst_docs: the README and docs/ stand alone and say what the program does.

  check-docs.py SOURCE_DIR VPC_DESIGNER

- every relative link and image of README.md and docs/*.md points at a file of the
  repository (none outside it, none missing);
- docs/rules.md lists exactly the rules `vpc-designer rules` knows, with their severities;
- docs/cli.md names every subcommand and every option of each subcommand's --help.
"""
import json
import os
import re
import subprocess
import sys

source, binary = sys.argv[1], sys.argv[2]
problems = []
env = dict(os.environ, LANGUAGE="en", LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")

pages = [os.path.join(source, "README.md")] + sorted(
    os.path.join(source, "docs", f) for f in os.listdir(os.path.join(source, "docs")) if f.endswith(".md"))
root = os.path.realpath(source)
for page in pages:
    text = open(page, encoding="utf-8").read()
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = os.path.realpath(os.path.join(os.path.dirname(page), target.split("#")[0]))
        rel = os.path.relpath(page, source)
        if not path.startswith(root + os.sep):
            problems.append(f"{rel}: link outside the repository: {target}")
        elif not os.path.exists(path):
            problems.append(f"{rel}: link to a missing file: {target}")


def run(*args):
    return subprocess.run([binary, *args], capture_output=True, text=True, env=env, check=False).stdout


rules = {r["id"]: r["severity"] for r in json.loads(run("rules", "--format", "json"))["rules"]}
listed = dict(re.findall(r"^\| `([a-z0-9-]+)` \| (error|warning|info) \|", open(
    os.path.join(source, "docs", "rules.md"), encoding="utf-8").read(), re.M))
for rule in sorted(set(rules) | set(listed)):
    if rules.get(rule) != listed.get(rule):
        problems.append(f"docs/rules.md: {rule} is {listed.get(rule)} there and {rules.get(rule)} in the program")

cli = open(os.path.join(source, "docs", "cli.md"), encoding="utf-8").read()
subcommands = re.findall(r"^  ([a-z]+) {2,}", run("--help").split("Subcommands")[1].split("\n\n")[0], re.M)
if len(subcommands) < 10:
    problems.append(f"vpc-designer --help lists only {subcommands}")
for sub in subcommands:
    if f"vpc-designer {sub}" not in cli:
        problems.append(f"docs/cli.md does not show vpc-designer {sub}")
    for option in re.findall(r"^\s+(?:-\w, )?(--[a-z-]+)", run(sub, "--help"), re.M):
        if option not in ("--help", "--help-all") and option not in cli:
            problems.append(f"docs/cli.md does not name {sub} {option}")

for p in problems:
    print(p)
print(f"{len(pages)} pages, {len(rules)} rules, {len(subcommands)} subcommands: {len(problems)} problems")
sys.exit(1 if problems else 0)
