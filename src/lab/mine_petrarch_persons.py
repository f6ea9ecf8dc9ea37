#!/usr/bin/env python3
"""Derives known_persons.txt from UniversalPetrarch's Arabic actor dictionary (MIT, Open Event Data Alliance).

Keeps actor entries that look like personal names: two to four words, none of them a role or group word
(UniversalPetrarch's own agent words, the project's title and organization heads), none a nationality
adjective. Writes 'name|ISO alpha-3 of the actor code' lines, the first three letters of the newest code.

  src/lab/mine_petrarch_persons.py UNIVERSALPETRARCH_ARABIC_DIR > src/main/resources/dev/mirsad/extract/known_persons.txt
"""
import re
import sys
from pathlib import Path

src = Path(sys.argv[1])
res = Path(__file__).resolve().parents[2] / "src/main/resources/dev/mirsad/extract"
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
DIAC = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")


def fold(w):
    return DIAC.sub("", w).translate(FOLD)


def strip_al(w):
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


role = set()
for f in ("agents.all.ar.txt", "agents.all.ar_v3.txt"):
    for line in (src / f).read_text(encoding="utf-8").splitlines():
        head = line.split("[")[0].strip().strip("!+-").strip()
        for w in re.split(r"[_\s]+", head):
            if len(w) > 1:
                role.add(strip_al(fold(w)))
for f in ("role_phrase_heads.txt", "organization_heads.txt"):
    for line in (res / f).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            role.add(strip_al(fold(line.split("|")[0])))
stopwords = {fold(l) for l in (res / "name_ending_words.txt").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")}
demonyms = set()
for line in (res / "demonyms.txt").read_text(encoding="utf-8").splitlines():
    if line and not line.startswith("#"):
        demonyms.add(strip_al(fold(line.split("|")[0].lstrip("="))))
NOT_NAMES = {"جنوبي", "شمالي", "شرقي", "غربي", "تايمز", "بوست", "نيوز", "بحيره", "تل", "لوس", "سان", "كتله",
             "كوري", "وكازاخستان", "عراق", "كردستان", "اقليم", "شمال", "صوت", "مخيم", "نهر", "ووتش", "رايتس", "راتس", "منافس", "حر", "مار", "ليميتد", "انترناشونال"}
PARTICLES = {"عبد", "ابو", "ابن", "بن", "بنت", "ال", "ام", "اللٰه", "الله", "دين", "الدين"}

out = {}
name, code = None, None
for line in (src / "actor_dict_ar_v4.txt").read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    if not line[0].isspace():
        parts = line.split("[")
        name = parts[0].strip().strip("_+").strip()
        code = parts[1].split("]")[0].split()[0] if len(parts) > 1 else None
        if code and name:
            out.setdefault(name, code)
    elif name and "[" in line:
        out[name] = line.split("[")[1].split("]")[0].split()[0]

names = {}
for raw, code in out.items():
    words = [w for w in raw.replace("ٰ", "").split("_") if w]
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[\u0621-\u064A]+", w) for w in words):
        continue
    folded = [strip_al(fold(w)) for w in words]
    if any(w in role or w in demonyms or (len(w) > 3 and w.endswith("ي") and w[:-1] in demonyms) for w in folded):
        continue
    if all(w in PARTICLES for w in folded[1:]) or fold(words[0]).startswith("ال"):
        continue
    # Plural or nisba words (العسكريون, جنوبي) and group words mark a description, not a name.
    if any(fold(w).startswith("ال") and fold(w).endswith(("ون", "يين", "يه")) for w in words[1:]) or \
            any(w in NOT_NAMES or w in stopwords for w in folded) or any(w.startswith("و") and len(w) > 5 for w in folded[1:]):
        continue
    names[" ".join(words)] = code[:3] if re.fullmatch(r"[A-Z]{3}", code[:3]) else ""

print("# Persons named in UniversalPetrarch's Arabic actor dictionary (github.com/openeventdata/UniversalPetrarch,")
print("# branch arabic, MIT licence, Copyright (c) 2016 Open Event Data Alliance; see THIRD-PARTY-NOTICES.md),")
print("# filtered by src/lab/mine_petrarch_persons.py: name|CAMEO country or actor code (3 letters)")
for n in sorted(names):
    print(f"{n}|{names[n]}")
