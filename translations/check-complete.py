#!/usr/bin/env python3
"""Fails when a shipped translation has unfinished strings (the build runs it on every .ts).

  python3 check-complete.py STAMP vpc-designer_de.ts vpc-designer_en.ts

A .ts file is finished when no message is marked type="unfinished" (new sources that
lupdate added, or texts changed since they were translated). Prints each unfinished
message with its context, then exits 1; otherwise touches STAMP.
"""
import re
import sys


def unfinished(path):
    text = open(path, encoding="utf-8").read()
    found = []
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        for message in re.finditer(r"<message[^>]*>(.*?)</message>", context.group(2), re.S):
            if 'type="unfinished"' in message.group(1):
                source = re.search(r"<source>(.*?)</source>", message.group(1), re.S)
                found.append((context.group(1), source.group(1) if source else ""))
    return found


def main():
    stamp, files = sys.argv[1], sys.argv[2:]
    failed = False
    for path in files:
        for context, source in unfinished(path):
            failed = True
            print(f"{path}: unfinished in {context}: {source[:120]}", file=sys.stderr)
    if failed:
        print("translations are unfinished: translate them (the .ts files in translations/) "
              "or the build stops here", file=sys.stderr)
        return 1
    open(stamp, "w").close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
