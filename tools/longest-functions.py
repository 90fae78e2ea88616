#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
# SPDX-License-Identifier: MIT
"""List the longest C++ functions of the project, longest first.

    python3 tools/longest-functions.py            # top 20 over app/ models/ ui/
    python3 tools/longest-functions.py -n 40 app  # top 40 under app/
    python3 tools/longest-functions.py --all      # every function, for a diff

A function's length is the number of lines from the first line of its signature to its
closing brace, as `wc -l` would count them. Lambdas and local classes count towards the
function that holds them. It reads the files as text: comments, strings, character and raw
string literals are blanked first, then braces are matched; a brace block counts as a
function body when the text before it (back to the previous ';', '{' or '}') has a
parameter list and is not a control statement, a namespace, a class or an initialiser.
Needs only python3 (no clang, no ctags), so anyone can run it from the repository root.
"""
import argparse
import os
import re
import sys

SOURCE_ENDINGS = (".cpp", ".cc", ".cxx", ".h", ".hpp")
CONTROL = {"if", "for", "while", "switch", "catch", "do", "else", "return", "try"}


def blank_literals(text):
    """Replace comments and literals by spaces, keeping every newline where it was."""
    out = []
    i, n = 0, len(text)

    def blank(chunk):
        return "".join("\n" if c == "\n" else " " for c in chunk)

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(blank(text[i:j]))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(blank(text[i:j]))
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'R"([^()\\ ]{0,16})\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = ")" + m.group(1) + '"'
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append(blank(text[i:j]))
            i = j
        elif c in "\"'":
            # a digit separator (1'000) is not a character literal
            if c == "'" and i > 0 and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum() \
                    and re.match(r"[0-9A-Fa-fxX']*$", text[max(0, i - 1):i]):
                out.append(" ")
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(blank(text[i:j]))
            i = j
        elif c == "#" and (i == 0 or text[i - 1] == "\n" or text[:i].rsplit("\n", 1)[-1].strip() == ""):
            # a preprocessor line (with its continuations) is not code between braces
            j = i
            while True:
                k = text.find("\n", j)
                if k < 0:
                    k = n
                    break
                if text[k - 1] == "\\":
                    j = k + 1
                    continue
                break
            out.append(blank(text[i:k]))
            i = k
        else:
            out.append(c)
            i += 1
    return "".join(out)


def header_kind(header):
    """What a '{' opens, judged by the text before it."""
    h = " ".join(header.split())
    if not h:
        return "block"
    if re.search(r"\b(namespace)\b", h) or h.startswith('extern'):
        return "scope"
    if re.match(r"^(template\s*<.*>\s*)?(class|struct|union)\b", h) and "(" not in h.split(":")[0]:
        return "scope"
    if re.match(r"^(typedef\s+)?enum\b", h):
        return "block"
    first = re.match(r"[A-Za-z_]\w*", h)
    if first and first.group(0) in CONTROL:
        return "block"
    if "(" not in h:
        return "block"
    # a '=' at the top level (not inside parentheses or templates) makes it an initialiser
    depth = 0
    for k, ch in enumerate(h):
        if ch in "(<[":
            depth += 1
        elif ch in ")>]":
            depth -= 1
        elif ch == "=" and depth == 0:
            nxt = h[k + 1:k + 2]
            prev = h[k - 1:k]
            if nxt != "=" and prev not in "=!<>" and not h[:k].rstrip().endswith("operator"):
                return "block"
    return "function"


def function_name(header):
    h = " ".join(header.split())
    depth = 0
    # the name stands just before the first top-level '(' (after an operator, the whole operator)
    for k, ch in enumerate(h):
        if ch == "<":
            depth += 1
        elif ch == ">" and depth:
            depth -= 1
        elif ch == "(" and depth == 0:
            before = h[:k].rstrip()
            m = re.search(r"((?:[\w~]+(?:<[^()]*>)?::)*(?:operator\s*\S+|[\w~]+))$", before)
            if m and m.group(1).endswith("operator") and h[k:k + 2] == "()":
                return m.group(1) + "()"
            return m.group(1) if m else before[-40:]
    return h[:40]


def functions(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = blank_literals(f.read())
    results = []
    stack = []  # one entry per open brace: ("scope"|"block"|"function", start line, name)
    header_start = 0
    line = 1
    in_function = 0
    for i, c in enumerate(text):
        if c == "\n":
            line += 1
        elif c == "{":
            if in_function:
                stack.append(("inner", line, None))
            else:
                header = text[header_start:i]
                kind = header_kind(header)
                if kind == "function":
                    lead = len(header) - len(header.lstrip())
                    first_line = line - header[lead:].count("\n")
                    stack.append(("function", first_line, function_name(header)))
                    in_function += 1
                else:
                    stack.append((kind, line, None))
            header_start = i + 1
        elif c == "}":
            if stack:
                kind, start, name = stack.pop()
                if kind == "function":
                    in_function -= 1
                    results.append((line - start + 1, path, start, name))
            header_start = i + 1
        elif c == ";" and not in_function:
            header_start = i + 1
        elif c == ":" and not in_function:
            # access specifiers (public:) end a header; '::' and initialiser lists do not
            prev = text[header_start:i].strip()
            if prev in ("public", "private", "protected", "signals", "Q_SIGNALS") or \
                    re.fullmatch(r"(public|private|protected)\s+(slots|Q_SLOTS)", prev):
                header_start = i + 1
    return results


def main():
    parser = argparse.ArgumentParser(description="List the longest C++ functions, longest first.")
    parser.add_argument("paths", nargs="*", default=["app", "models", "ui"],
                        help="folders or files (default: app models ui)")
    parser.add_argument("-n", type=int, default=20, help="how many (default 20)")
    parser.add_argument("--all", action="store_true", help="list every function")
    args = parser.parse_args()

    found = []
    for root in args.paths:
        if os.path.isfile(root):
            found += functions(root)
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "build")
            for name in sorted(files):
                if name.endswith(SOURCE_ENDINGS):
                    found += functions(os.path.join(folder, name))
    found.sort(key=lambda r: (-r[0], r[1], r[2]))
    shown = found if args.all else found[: args.n]
    for length, path, start, name in shown:
        print(f"{length:5d}  {path}:{start}  {name}")
    if not args.all:
        total = len(found)
        over = sum(1 for r in found if r[0] > 60)
        print(f"({total} functions; {over} longer than 60 lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
