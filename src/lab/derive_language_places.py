#!/usr/bin/env python3
"""Derives geonames.tsv for en, ru or fa: the places of GeoNames cities15000 (CC BY 4.0, GeoNames,
https://www.geonames.org; the dump of 2025-11-19 as ../shared/resources/geonames-cities15000 holds it, per script)
that also have an Arabic-script name in src/main/resources/dev/mirsad/extract/geonames_places.tsv, by their names in
the language's script: en the main Latin names, ru the Cyrillic names, fa the Arabic-script names.

Each line is 'name<TAB>ISO alpha-2<TAB>Arabic name': the Arabic name is the one geonames_places.tsv gives the same
place (same country and population), so the tagger's place is the Arabic articles' place, with its point. A name two
places share names the more populous one. Names of fewer than three letters are left out.

  src/lab/derive_language_places.py ../shared/resources/geonames-cities15000 src/main/resources/dev/mirsad/extract/geonames_places.tsv ru \
      > src/main/resources/dev/mirsad/extract/languages/ru/geonames.tsv
"""
import csv
import re
import sys

DIAC = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
LETTER = re.compile(r"[^\W\d_]")
NOT_ARABIC = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c0\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")


def arabic_fold(name):
    """As derive_geonames_places.py and ArabicFold fold a name."""
    return " ".join(DIAC.sub("", name).translate(FOLD).split())


def rows(path):
    with open(path, encoding="utf-8") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        yield from reader


def main(geonames, places_file, language):
    shipped = {}
    with open(places_file, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and line.strip():
                name, country, _lat, _lon, population = line.rstrip("\n").split("\t")
                shipped[arabic_fold(name)] = (country, int(population))

    # The Arabic-script names mix Arabic, Persian and Urdu spellings: an Arabic one (no پ چ ژ گ ک ی) is preferred,
    # as the Arabic articles write it.
    arabic = {}
    for row in rows(f"{geonames}/cities15000.arabic.tsv"):
        owner = shipped.get(arabic_fold(row["name"]))
        place = (row["country_code"], int(row["population"] or 0))
        rank = (NOT_ARABIC.search(row["name"]) is not None, row["is_main_name"] != "1")
        if owner == place and (row["geonameid"] not in arabic or rank < arabic[row["geonameid"]][2]):
            arabic[row["geonameid"]] = (row["name"].strip(), place, rank)

    script = {"en": "latin", "ru": "cyrillic", "fa": "arabic"}[language]
    best = {}
    for row in rows(f"{geonames}/cities15000.{script}.tsv"):
        if row["geonameid"] not in arabic or script == "latin" and row["is_main_name"] != "1":
            continue
        name = " ".join(row["name"].split())
        if len(LETTER.findall(name)) < 3:
            continue
        arabic_name, (country, population), _rank = arabic[row["geonameid"]]
        if name not in best or population > best[name][2]:
            best[name] = (country, arabic_name, population)

    print(f"# GeoNames places by their {script} names, with their country and the Arabic name Mirsad gives them: derived by")
    print("# src/lab/derive_language_places.py from GeoNames cities15000 (2025-11-19), CC BY 4.0, GeoNames (https://www.geonames.org).")
    for name in sorted(best):
        country, arabic_name, _population = best[name]
        print(f"{name}\t{country}\t{arabic_name}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
