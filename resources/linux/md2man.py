#!/usr/bin/env python3
"""Makes the manual page vpc-designer(1) from pages of docs/ (the build runs it).

  python3 md2man.py VERSION OUT.1 docs/cli.md docs/format.md docs/rules.md

Knows the Markdown those pages use: headings, paragraphs, fenced code, bullet lists,
tables, `code`, **bold**, *italic* and [links](target) (their text is kept). Each page's
title becomes a section, its headings subsections.
"""
import re
import sys


def escape(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return text


def inline(text):
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = escape(text)
    text = re.sub(r"`([^`]*)`", r"\\fB\1\\fR", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"\\fB\1\\fR", text)
    text = re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"\\fI\1\\fR", text)
    return text


def line_safe(text):
    """A text line must not start with a control character."""
    return "\\&" + text if text.startswith((".", "'")) else text


def convert(markdown):
    out = []
    lines = markdown.split("\n")
    i = 0
    paragraph = []

    def flush():
        if paragraph:
            out.append(".PP")
            out.append(line_safe(inline(" ".join(p.strip() for p in paragraph))))
            paragraph.clear()

    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            flush()
            out.append(".PP")
            out.append(".nf")
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                out.append(line_safe(escape(lines[i])))
                i += 1
            out.append(".fi")
        elif re.match(r"#{1,6} ", line):
            flush()
            level = len(line) - len(line.lstrip("#"))
            title = inline(line[level:].strip())
            out.append(f'.SH "{title.upper()}"' if level == 1 else f'.SS "{title}"')
        elif line.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in re.split(r"(?<!\\)\|", lines[i].strip())[1:-1]]
                if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                    rows.append([c.replace("\\|", "|") for c in cells])
                i += 1
            header, body = rows[0], rows[1:]
            for row in body:
                out.append(".TP")
                first = inline(row[0])
                extra = "; ".join(f"{header[k]}: {row[k]}" for k in range(1, len(row) - 1))
                out.append(line_safe(first + (" (" + inline(extra) + ")" if extra else "")))
                out.append(line_safe(inline(row[-1])))
            continue
        elif re.match(r"\s*[-*] ", line):
            flush()
            item = [re.sub(r"^\s*[-*] ", "", line)]
            i += 1
            while i < len(lines) and lines[i].startswith("  ") and not re.match(r"\s*[-*] ", lines[i]):
                item.append(lines[i].strip())
                i += 1
            out.append('.IP "\\(bu" 2')
            out.append(line_safe(inline(" ".join(item))))
            continue
        elif not line.strip():
            flush()
        else:
            paragraph.append(line)
        i += 1
    flush()
    return out


def main():
    version, target, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    out = [
        f'.TH VPC\\-DESIGNER 1 "" "vpc\\-designer {version}" "User Commands"',
        ".SH NAME",
        "vpc\\-designer \\- design AWS VPC networks that check themselves",
    ]
    for page in pages:
        out += convert(open(page, encoding="utf-8").read())
    out += [".SH FILES", ".TP", "\\fI/usr/share/doc/vpc\\-designer/\\fR",
            "The manual's pages (the window's F1 shows them too) and example designs."]
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
