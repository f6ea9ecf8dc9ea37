#!/usr/bin/env python3
"""Derives geonames_places.tsv, the places Mirsad knows by their Arabic-script names, from GeoNames cities15000
(CC BY 4.0, GeoNames, https://www.geonames.org; dump of 2025-11-19 as mirrored in GitHub ali-hv/geobank-data).

Reads the dump's cities15000.txt (19 columns: id, name, asciiname, alternatenames, latitude, longitude, ...,
country code at 8, population at 14) for the coordinates, and the per-script name list cities15000.arabic.tsv
(geonameid, country_code, feature_code, population, name, is_main_name) for the Arabic-script names. A name
two places share goes to the more populous one. Names of fewer than three letters are left out.
Writes 'name<TAB>ISO alpha-2<TAB>latitude<TAB>longitude<TAB>population' lines, sorted by name.

  src/lab/derive_geonames_places.py cities15000.txt cities15000.arabic.tsv > src/main/resources/dev/mirsad/extract/geonames_places.tsv
"""
import csv
import re
import sys

DIAC = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
LETTER = re.compile(r"[^\W\d_]")


def fold(name):
    return " ".join(DIAC.sub("", name).translate(FOLD).split())


points = {}
with open(sys.argv[1], encoding="utf-8") as dump:
    for row in csv.reader(dump, delimiter="\t", quoting=csv.QUOTE_NONE):
        points[row[0]] = (row[8], row[4], row[5], int(row[14] or 0))

best = {}
with open(sys.argv[2], encoding="utf-8") as names:
    reader = csv.reader(names, delimiter="\t", quoting=csv.QUOTE_NONE)
    next(reader)
    for geonameid, _country, _feature, _population, name, _main in reader:
        if geonameid not in points or len(LETTER.findall(name)) < 3:
            continue
        country, lat, lon, population = points[geonameid]
        key = fold(name)
        if key not in best or population > best[key][1][3]:
            best[key] = (name.strip(), (country, lat, lon, population))

print("# Arabic-script names of GeoNames places with 15,000 people or more: name, ISO alpha-2, latitude, longitude,")
print("# population. Derived by src/lab/derive_geonames_places.py from GeoNames cities15000 (2025-11-19),")
print("# CC BY 4.0, GeoNames (https://www.geonames.org); see META-INF/licenses/GEONAMES.txt.")
for key in sorted(best):
    name, (country, lat, lon, population) = best[key]
    print(f"{name}\t{country}\t{lat}\t{lon}\t{population}")
