#!/usr/bin/env python3
"""Proposes event trigger words (word|TYPE|CAMEO) from UniversalPetrarch's Arabic CAMEO verb dictionary.

UniversalPetrarch (github.com/openeventdata/UniversalPetrarch, branch arabic): MIT licence,
Copyright (c) 2016 Open Event Data Alliance. Whatever is derived from it carries that notice; the script
prints it at the top of its output.

  src/lab/mine_petrarch_triggers.py UNIVERSALPETRARCH_ARABIC_DIR EXISTING_event_triggers.txt \
      [--corpus ON_TOPIC_DIR OFF_TOPIC_DIR COUNTS.tsv] > proposed_triggers.txt

How the dictionary is read (CAMEO.ar.0.5.txt and verbs_assualt_only.txt, section VERB PATTERNS):
  --- VERB [code] ---              a block; [---] means no code of its own
  lemma   [code]   # gloss         a synonym line: a verb lemma, its own code if any, an English gloss
  - * object (prep noun) [code] # v1,v2,...   a pattern: the code holds for the verb WITH that object;
                                   the comment lists the verbs the pattern applies to
  &SET                             synonym sets (&NEGOTIATION, &MEDIATION ...) used as pattern objects

The codes are unreliable on their own (the dictionary was machine-translated from English WordNet
synsets: شدد "stress" carries 192, تراجع "retreat" 195, نصر "help" 195), so a verb is proposed for TYPE
only when BOTH hold:
  1. it is tied to a code of that TYPE: its own code, its block's code, or a pattern whose verb list
     names it;
  2. one of its own English glosses is a TYPE word (attack, bomb, kidnap ... / meet, consult,
     negotiate ... / visit, host).
A noun is proposed when the dictionary gives it as the object of a pattern with a code of the TYPE and
either it is the verbal noun of a proposed verb (same consonants: هجوم ~ هجم, اشتباك ~ اشتبك) or the
code follows the noun rather than the verb (it carries that code under two or more different verb
lists: هجوم, غارة, ضربة), or it is a member of a synonym set used as such an object (&NEGOTIATION).
Codes: ATTACK 18x 19x 20x; MEETING 040 045 046 (036 "intend to meet" only for nouns also attested with
040-046); VISIT 042 043. 13x threats, 14x protests and everything else are ignored.

Surface forms (only ones derivable mechanically; weak and defective roots get fewer):
  verb:  past 3ms, 3fs (+ت), 3mp (+وا); present يـ / تـ / يـ...ون when the stem is sound
         (form I with no و ي ا ء, forms III, V, VI, VII, VIII, X, quadriliteral; doubled شن → يشن;
         hollow IV/X أغار → يغير, استضاف → يستضيف); hollow and defective form I get past forms only.
  noun:  N, الN; +ات / الـ...ات for a ة noun or a derived-form verbal noun; N+ا (accusative) for a
         verbal noun not ending in ة ا ى ء.
The event finder does not strip ال, so definite forms are listed (as event_triggers.txt does).
Then dropped, each listed with its reason in the output's comment block: forms under 3 letters after
folding, function words, multiword entries (the matcher looks up single words), words ambiguous with
non-event senses in news (AMBIGUOUS below, hand-reviewed), and words the existing list already reaches
(after folding, proclitic and possessive stripping, exactly as Lexicon.trigger does).
With --corpus, each ATTACK word is counted (folded, whole word, proclitics و ف ب ل and ال allowed) in
the on-topic and off-topic corpora; counts go to COUNTS.tsv and an ATTACK word whose off-topic count
exceeds its on-topic count is dropped.
"""
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
DIAC = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")


def clean(w):
    """Diacritics and tatweel removed, spelling otherwise kept (the output keeps the dictionary's hamzas)."""
    return DIAC.sub("", w).strip()


def fold(w):
    return clean(w).translate(FOLD)


def type_of(code):
    if re.fullmatch(r"(18|19|20)\d*", code):
        return "ATTACK"
    if code[:3] in ("040", "045", "046"):
        return "MEETING"
    if code[:3] in ("042", "043"):
        return "VISIT"
    if code[:3] == "036":
        return "INTENT"  # express intent to meet or negotiate: used only for nouns, see nouns()
    return None


GLOSS = {
    "ATTACK": ("attack", "assault", "bomb", "blitz", "shell", "raid", "ambush", "shoot", "kidnap", "abduct",
               "snatch", "clash", "occupy", "invade", "storm", "assassinat", "massacre", "explode", "overrun",
               "besiege", "surround", "fight", "battle", "kill", "target", "strike", "hit", "seize"),
    "MEETING": ("meet", "consult", "negotiat", "confer", "convene", "talk", "discuss", "mediat", "gather"),
    "VISIT": ("visit", "host", "tour"),
}

# synonym sets whose members name an event (the others name weapons, aircraft, armies, places)
EVENT_SETS = {"&NEGOTIATION", "&MEDIATION"}
PREPOSITIONS = {"في", "ل", "إلى", "الى", "ب", "على", "من", "مع", "عن", "ضد", "نحو", "أثناء", "اثناء", "خلال",
                "بين", "تحت", "داخل", "حتي", "حتى", "بعد", "ك", "لاجل", "أجل", "اجل", "ال", "واسطة"}

# Hand review of what rules 1-2 let through. Reason printed in the output's comment block.
AMBIGUOUS = {
    # ATTACK verbs
    "ضرب": "also 'set (an example)', 'hit (a record)', 'strike (a deal)'",
    "وقع": "'sign' (an agreement) and 'happen, fall'",
    "اطلق": "mostly 'release' (prisoners), 'launch' (a campaign, an initiative)",
    "طلق": "'divorce'; 'fire' only in the phrase اطلق النار",
    "سدد": "'pay (a debt)', 'aim (a shot)' in sports",
    "اصيب": "'was injured' (a casualty, not an attack) and 'was infected' (disease)",
    "تعرض": "'was exposed to, underwent' (تعرض لانتقادات, لازمة)",
    "رطم": "machine lemma, not a news word ('bump')",
    "صدم": "'shocked' and vehicle collisions",
    "اصطدم": "vehicle collisions; figurative 'ran into (obstacles)'",
    "صطدم": "machine lemma (truncated اصطدم)",
    "تصادم": "vehicle collisions; 'clash of interests'",
    "عرض": "'show, offer, present'",
    "شبك": "'net, network'; machine lemma",
    "قاتل": "as a noun/adjective 'killer, deadly' (هجوم قاتل), more often than the verb 'fought'",
    "كافح": "'combat' figuratively (مكافحة الفساد, الفقر)",
    "جاهد": "'strive'",
    "صارع": "'wrestle, struggle' (sports, disease)",
    "عرك": "machine lemma ('rub')",
    "صرع": "'epilepsy'; 'was killed' only in لقي مصرعه",
    "خاض": "'went through' figuratively (خاض الانتخابات, مفاوضات)",
    "قاوم": "'resist' (also figuratively)",
    "مات": "'died': a casualty, not an attack",
    "قضى": "'spent (time)', 'ruled (a court)', 'stipulated'",
    "امت": "machine lemma, not a surface form",
    "احتل": "'ranked, occupied (first place)' in sports and economic news",
    "حصر": "'restrict, count' (حصر الاضرار)",
    "استهدف": "'aim at' (الخطة تستهدف رفع ...) in economic news",
    "هدف": "'goal' (noun, very frequent in sports)",
    "وجه": "'face' (noun), 'addressed (a letter, a call)'",
    "هجن": "'hybrid'; machine lemma",
    "عدى": "'passed, exceeded'; machine lemma",
    "اغر": "machine lemma (truncated اغار)",
    "قتل": "",  # kept: see the corpus check
    "اضرب": "'went on strike' (اضرب عن الطعام)",
    "خطف": "",  # kept: see the corpus check
    "نفذ": "'implemented, carried out (a plan)'; 'ran out'",
    # MEETING verbs
    "عقد": "'contract', 'decade', 'knot'; 'held' needs its object (عقد اجتماعا)",
    "تجمع": "'gathering' of people, protests (14x), an assembly as a name (تجمع ...)",
    "حشد": "'mobilized (troops)', 'crowd'",
    "جمع": "'collected', 'plural', 'assembly'",
    "لم": "function word 'did not'",
    "كتل": "'blocs' (political)",
    "قطب": "'pole, magnate'",
    "جمهر": "machine lemma",
    "كدس": "'piled up'",
    "انتدى": "machine lemma",
    "تحدث": "'spoke' (any statement), 'talked about'",
    "تكلم": "'spoke'",
    "ناقش": "'discussed' a topic (a parliament, an article); the dual ناقشا is already listed",
    "عمل": "'worked, acted'",
    "برز": "'emerged'",
    "ساوم": "'haggled', 'bargained (over prices)'",
    # VISIT verbs
    "نزل": "'descended, fell, stayed (at a hotel)'",
    "ضاف": "root, not a surface form (the verb is استضاف); 'ضاف' collides with اضاف 'added' only by spelling",
    "قام": "'stood, carried out': needs its object (قام بزيارة)",
    # nouns
    "سيطره": "'control' (a state, also of prices, disease); not an event by itself",
    "تحكم": "'control, arbitration'",
    "محاصره": "'besieging' also in 'محاصرة الفساد'; rare as an event noun",
    "مقاطعه": "'boycott' (a protest) and 'province'",
    "مطوق": "adjective 'surrounded'",
    "حوار": "'interview' (في حوار مع) and 'national dialogue' as a process",
    "نقاش": "'debate' in general (نقاش حول ...)",
    "مناقشه": "'discussion' of a topic (parliament, thesis defence)",
    "تحكيم": "'arbitration' as a process, 'refereeing' in sports",
    "مصالحه": "'reconciliation': a process or policy, not a meeting",
    "نار": "'fire' (accidents, اطلاق النار is a phrase), 'hell'",
    "حريق": "'fire' (accidents)",
    "مشتعل": "adjective 'burning'",
    "عمليه": "'operation' in general (surgery, military, financial)",
    "رصاص": "'lead, bullets': the weapon, not the event",
    "رمي": "'throwing' (sports)",
    "قذف": "'slander' and 'throwing'",
    "عد": "machine noun 'counting, several'",
    "مدرع": "weapon adjective 'armoured'",
    "درع": "'shield, trophy'",
    "مصفح": "weapon adjective 'armoured'",
    "قنابل": "the weapon, not the event (قنابل غاز at protests)",
    "قنبله": "the weapon, not the event",
    "رمانه": "'pomegranate'",
    "تعقبا": "'tracking'",
    "ملاحقه": "'prosecution' (legal)",
    "مطارده": "'chase' (police)",
    "سعي": "'effort, pursuit'",
    "ميت": "'dead': a casualty",
    "موتي": "'the dead': a casualty",
    "قوه": "'force, power' in general",
    "منزل": "'house': an object, not an event",
    "طلقات": "'shots' (the ammunition); kept out with رصاصات, عيارات",
    "عيارات": "'rounds' (ammunition)",
    "رصاصات": "'bullets'",
    "انتهاك": "'violation' of rights, of a ceasefire, of rules",
    "تعنيف": "'reprimand, abuse (domestic)'",
    "تهجم": "'verbal attack' (تهجم على ...) in political news",
    "مؤتمر": "'conference' also as a press conference (مؤتمر صحفي), a party congress",
    "صفقه": "'deal'",
    "رغبه": "'wish'",
    "مقاتل": "'fighter' (a person)",
    "بعثه": "'mission' as an organisation (بعثة الامم المتحدة)",
    "وفد": "'delegation' (a group of people)",
    "اتصال": "'contact, telecom'; اتصال هاتفي is listed as a phrase",
    "عشاء": "'dinner'",
    "كمن": "'lies in' (يكمن الحل في ...), far more often than 'ambushed'",
    "جاوز": "'exceeded' (تجاوز, جاوز عدد ...)",
    "اطلاق": "'launch, release'; an attack only in the phrase اطلاق النار",
    "تبادل": "'exchange' (trade, views, prisoners)",
    "موت": "'death': a casualty, not an attack",
    "دخول": "'entry, entering'",
    "فتك": "'ravaged' (a disease يفتك ب ...)",
    "استوحذ": "misspelled lemma (استحوذ 'acquired', also of companies)",
    "نقش": "root of ناقش; as a word 'engraved, inscription'",
    "حور": "machine root of حاور; as a word 'houris', 'poplar'",
    "شور": "machine root of شاور/تشاور; as a word 'shura' (مجلس الشورى folds near it)",
    "كلام": "'speech, words' (any statement)",
    "مشاوره": "",
}
AMBIGUOUS = {fold(k): v for k, v in AMBIGUOUS.items()}
# generated forms that spell another, common word
COLLISIONS = {"تغير": "'changed' (تغيّر)", "يغير": "'changes' (يغيّر)", "يغيرون": "'change' (يغيّرون)"}
FUNCTION_WORDS = {"الذي", "التي", "الذين", "على", "الى", "الي", "عند", "عن", "من", "في", "مع", "لم", "لن", "ما", "لا",
                  "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "يكون", "تكون", "قد", "لقد", "بعد", "قبل", "بين", "حتي",
                  "كما", "ايضا", "حيث", "الا", "اذا", "عدد", "امام", "خلال", "نحو", "ضد", "داخل", "تحت", "فوق"}


def read_dictionary(folder):
    """Blocks of (head, code, synonyms [(lemma, code, glosses)], patterns [(objects, code, verbs)]) and synsets."""
    blocks, synsets = [], defaultdict(list)
    seen = set()
    for name in ("CAMEO.ar.0.5.txt", "verbs_assualt_only.txt"):
        path = folder / name
        if not path.exists():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        in_verbs = name != "CAMEO.ar.0.5.txt"
        current_set, block = None, None
        for line in lines:
            if "VERB PATTERNS" in line:
                in_verbs = True
                continue
            if not in_verbs:
                if line.startswith("&"):
                    current_set = line.strip()
                elif line.startswith("+") and current_set:
                    synsets[current_set].append(line[1:].strip())
                continue
            m = re.match(r"^---\s*(.+?)\s*\[(.*?)\]\s*---", line)
            if m:
                block = {"head": clean(m.group(1)), "code": m.group(2).strip(), "syn": [], "pat": []}
                blocks.append(block)
                continue
            if block is None or not line.strip() or line.startswith("#"):
                continue
            body, _, comment = line.partition("#")
            codes = re.findall(r"\[([0-9-]+)\]", body)
            code = codes[-1] if codes else ""
            if line.startswith("-"):
                obj = re.sub(r"\[[^\]]*\]", " ", body).lstrip("-").replace("*", " ")
                verbs = [clean(v) for v in comment.split(",") if v.strip()]
                block["pat"].append((obj.strip(), code, verbs))
            else:
                lemma = clean(re.sub(r"\[[^\]]*\]", " ", body))
                glosses = [g.strip().lower() for g in comment.split(",") if g.strip()]
                block["syn"].append((lemma, code, tuple(glosses)))
    # verbs_assualt_only.txt repeats blocks of CAMEO.ar.0.5.txt: keep each distinct block once
    unique = []
    for b in blocks:
        key = (b["head"], b["code"], tuple(b["syn"]), tuple((o, c, tuple(v)) for o, c, v in b["pat"]))
        if key not in seen:
            seen.add(key)
            unique.append(b)
    return unique, synsets


def verb_head(entry):
    """The single-word verb of a dictionary entry, or None for multiword ones. هجم+على → هجم,
    اغار_على → اغار; قام+بزيارة+الى, قام+ب جولة → None (the verb alone does not carry the event)."""
    parts = [p for p in re.split(r"[+_\s]+", entry) if p]
    if not parts:
        return None
    rest = [p for p in parts[1:] if p not in PREPOSITIONS and p not in ("بـ", "لـ")]
    return parts[0] if not rest else None


def skeleton(w):
    """Consonants of a word without derivational affixes: اشتباك, اشتبك → شتبك; مداهمة, داهم → دهم."""
    w = fold(w)
    for prefix in ("است", "ال", "ان", "م", "ت", "ا"):
        if w.startswith(prefix) and len(w) - len(prefix) >= 3:
            w = w[len(prefix):]
            break
    return re.sub(r"[اويء]", "", w[:-1] if w.endswith("ه") else w)


def verb_forms(lemma):
    """(forms, note) for a past-tense 3ms lemma; only forms derivable with confidence."""
    v = lemma.replace("أ", "ا") if lemma.startswith("أ") else lemma
    f = fold(v)
    weak = set("اويء")
    past = [lemma, lemma + "ت", lemma + "وا"]
    if f.endswith(("ي", "ا")):
        return [lemma], "defective: past 3ms only"
    if len(f) == 2:  # doubled, written without shadda: شن
        return past + ["ي" + lemma, "ت" + lemma, "ي" + lemma + "ون"], "doubled"
    if len(f) == 3:
        if f[0] == "و" or any(c in weak or c in "أإؤئ" for c in lemma[1:]):
            return past, "weak or hamzated root: past only"
        return past + ["ي" + lemma, "ت" + lemma, "ي" + lemma + "ون"], "form I/II"
    if len(f) == 4 and f[1] == "ا" and not any(c in weak for c in f[2:]):  # III فاعل
        return past + ["ي" + lemma, "ت" + lemma, "ي" + lemma + "ون"], "form III"
    if len(f) == 4 and f[0] == "ا":  # IV افعل
        stem = v[1:]
        if stem[1] == "ا":  # hollow IV: اغار → يغير
            pres = stem[0] + "ي" + stem[2:]
            return past + ["ي" + pres, "ت" + pres, "ي" + pres + "ون"], "hollow form IV"
        if any(c in weak for c in fold(stem)):
            return past, "weak form IV: past only"
        return past + ["ي" + stem, "ت" + stem, "ي" + stem + "ون"], "form IV"
    if len(f) == 4 and f[0] == "ت" and not any(c in weak for c in f[1:]):  # V تفعل (3 written letters + ت)
        return past + ["ي" + lemma, "ت" + lemma, "ي" + lemma + "ون"], "form V"
    if len(f) == 5 and f[0] == "ت" and f[2] == "ا":  # VI تفاعل
        return past + ["ي" + lemma, "ت" + lemma, "ي" + lemma + "ون"], "form VI"
    if len(f) in (4, 5) and f[0] == "ا" and (f[1] == "ن" or f[2] in "تطد"):  # VII انفعل, VIII افتعل (احتل: 4)
        stem = v[1:]
        if f[-2] == "ا" or any(c in "وي" for c in fold(stem)):
            return past, "weak form VII/VIII: past only"
        return past + ["ي" + stem, "ت" + stem, "ي" + stem + "ون"], "form VII/VIII"
    if len(f) == 6 and f.startswith("است"):  # X استفعل
        stem = v[1:]
        if f[4] == "ا":  # hollow X: استضاف → يستضيف
            pres = stem[:3] + "ي" + stem[4:]
            return past + ["ي" + pres, "ت" + pres, "ي" + pres + "ون"], "hollow form X"
        return past + ["ي" + stem, "ت" + stem, "ي" + stem + "ون"], "form X"
    if len(f) == 4 and not any(c in weak for c in f):  # quadriliteral
        return past + ["ي" + lemma, "ت" + lemma, "ي" + lemma + "ون"], "quadriliteral"
    return [lemma], "unrecognised pattern: lemma only"


def noun_forms(noun, verbal):
    n = clean(noun)
    out = [n] if n.startswith("ال") else [n, "ال" + n]
    if verbal:
        f = fold(n)
        # sound feminine plurals only where regular: مفاعلة, افتعال/انفعال/استفعال, تفعيل, فعلة (هجمة → هجمات)
        if (f.startswith("م") and f[2:3] == "ا" or f[0] == "ا" and len(f) >= 5 or f.startswith("ت")
                or f.endswith("ه") and len(f) == 4):
            plural = (n[:-1] if n.endswith("ة") else n) + "ات"
            out += [plural, "ال" + plural]
        if not n.endswith(("ة", "ا", "ى", "ء", "ات")):
            out.append(n + "ا")
    return out


def pick_code(codes):
    """Most frequent code, ties to the lower one."""
    c = Counter(codes)
    return sorted(c, key=lambda k: (-c[k], k))[0]


def mine(folder):
    blocks, synsets = read_dictionary(folder)
    glosses = defaultdict(set)
    ties = defaultdict(list)  # folded verb → codes of its TYPE ties
    spelling = {}
    dropped = []  # (word, reason)

    def gloss_type(fv):
        return [t for t in GLOSS if any(k in g for g in glosses[fv] for k in GLOSS[t])]

    for b in blocks:
        listed = {fold(verb_head(v) or "") for _, _, vl in b["pat"] for v in vl} | {fold(b["head"])}
        for i, (lemma, code, gl) in enumerate(b["syn"]):
            # machine-split lemmas: إس تضاف → استضاف when the block's patterns name the joined verb
            if " " in lemma and "+" not in lemma and fold(lemma.replace(" ", "")) in listed:
                lemma = lemma.replace(" ", "").replace("إس", "اس")
                b["syn"][i] = (lemma, code, gl)
            head = verb_head(lemma)
            if head is None:
                continue
            glosses[fold(head)].update(gl)
            spelling.setdefault(fold(head), head)
            for rank, c in ((0, code), (1, b["code"])):
                if type_of(c) in GLOSS:
                    ties[fold(head)].append((rank, c))
        for obj, code, verbs in b["pat"]:
            if type_of(code) not in GLOSS:
                continue
            for v in verbs:
                head = verb_head(v)
                if head is not None:
                    spelling.setdefault(fold(head), head)
                    ties[fold(head)].append((2, code))
    gloss_verbs = {fv: gloss_type(fv) for fv in glosses if gloss_type(fv)}
    by_skeleton = defaultdict(set)
    for fv, ts in gloss_verbs.items():
        by_skeleton[skeleton(spelling[fv])].update(ts)

    # nouns: objects of patterns with an in-scope code
    noun_codes = defaultdict(list)
    noun_lists = defaultdict(set)
    for b in blocks:
        for obj, code, vlist in b["pat"]:
            t = type_of(code)
            if t is None:
                continue
            words = [w for w in re.split(r"[\s(){}]+", obj) if w]
            if words and words[0].startswith("&"):
                if words[0] in EVENT_SETS:
                    for member in synsets.get(words[0], []):
                        m = member.strip("_")
                        if "_" not in m and ARABIC_WORD.match(m):
                            noun_codes[m].append(code)
                            noun_lists[m].add(("synset", words[0]))
                continue
            content = [w for w in words if not w.startswith("&") and w not in PREPOSITIONS and ARABIC_WORD.match(w)]
            if not content:
                continue
            noun = content[0]
            # the code comes from the noun only when no verb of the list is itself a TYPE verb
            light = not any(t in gloss_verbs.get(fold(verb_head(v) or ""), ()) for v in vlist)
            noun_codes[noun].append(code)
            noun_lists[noun].add((tuple(vlist), light))
    nouns = {}
    for noun, codes in noun_codes.items():
        types = Counter(type_of(c) for c in codes)
        intent = types.pop("INTENT", 0)
        if not types:
            if intent:
                dropped.append((noun, "only CAMEO 036 (intent to meet), never 040-046"))
            continue
        t = types.most_common(1)[0][0]
        tc = [c for c in codes if type_of(c) == t]
        verbal = len(fold(noun)) >= 3 and len(skeleton(noun)) >= 2 and t in by_skeleton.get(skeleton(noun), ())
        synset = any(x[0] == "synset" for x in noun_lists[noun])
        light_lists = sum(1 for x in noun_lists[noun] if x[0] != "synset" and x[1])
        if verbal or synset or light_lists >= 2:
            nouns[noun] = (t, pick_code(tc), verbal)
        else:
            dropped.append((noun, f"pattern object with {t} code {pick_code(tc)}, but neither a verbal noun of a "
                                  f"{t} verb nor carrying the code under two verb lists of its own"))

    verbs = {}  # folded lemma → (spelling, TYPE, code)
    noun_ties = defaultdict(list)
    for noun, (t, code, verbal) in nouns.items():
        if verbal:
            noun_ties[skeleton(noun)].append((t, code))
    for fv, ts in sorted(gloss_verbs.items()):
        for t in ("ATTACK", "MEETING", "VISIT"):
            if t not in ts:
                continue
            # the verb's own code, else its block's, else its patterns', else its verbal noun's
            tc = [(r, c) for r, c in ties.get(fv, []) if type_of(c) == t]
            tc += [(3, c) for tt, c in noun_ties.get(skeleton(spelling[fv]), []) if tt == t]
            if tc:
                best = min(r for r, _ in tc)
                verbs[fv] = (spelling[fv], t, pick_code([c for r, c in tc if r == best]))
                break
    # multiword verb entries with an in-scope code and a TYPE gloss: reported, not used
    for b in blocks:
        for lemma, code, gl in b["syn"]:
            t = type_of(code) or type_of(b["code"])
            if verb_head(lemma) is None and t in GLOSS and any(k in g for g in gl for k in GLOSS[t]):
                dropped.append((lemma, "multiword entry: the matcher looks up single words"))
    return verbs, nouns, dropped


def existing_words(path):
    out = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(fold(line.split("|")[0]))
    return out


POSSESSIVES = ("هما", "هم", "ها", "ه")


def stems(w):
    """Clitics.stems: the word, then without و/ف, then without ب/ل/ك (لل → ال)."""
    out, rest = [w], w
    if len(rest) > 2 and rest[0] in "وف":
        rest = rest[1:]
        out.append(rest)
    if len(rest) > 2 and rest[0] in "بلك":
        if rest.startswith("لل") and len(rest) > 3:
            out.append("ال" + rest[2:])
        out.append(rest[1:])
    return out


def reached(word, known):
    """Whether Lexicon.trigger(word) already finds an entry of known."""
    for s in stems(word):
        if s in known:
            return True
        for p in POSSESSIVES:
            if s.endswith(p) and len(s) - len(p) >= 4 and s[:-len(p)] in known:
                return True
    return False


def corpus_counts(words, folder):
    wanted = {fold(w) for w in words}
    counts = Counter()
    prefix = re.compile(r"^(?:[وف])?(?:[بل])?(?:ال)?")
    for f in sorted(Path(folder).glob("*.txt")):
        for tok in re.findall(r"[\u0621-\u064A\u0640\u064B-\u065F\u0670]+", f.read_text(encoding="utf-8")):
            t = fold(tok)
            if t in wanted:
                counts[t] += 1
                continue
            for i in range(1, 5):  # و ف + ب ل + ال, and لل = ل + ال
                head, rest = t[:i], t[i:]
                if rest in wanted and prefix.fullmatch(head) or (head.endswith("لل") and "ال" + rest in wanted and
                                                                 re.fullmatch(r"(?:[وف])?لل", head)):
                    counts[rest if rest in wanted else "ال" + rest] += 1
                    break
    return counts


def main(argv):
    if len(argv) not in (3, 7) or (len(argv) == 7 and argv[3] != "--corpus"):
        sys.exit(__doc__)
    folder, existing = Path(argv[1]), argv[2]
    known = existing_words(existing)
    verbs, nouns, dropped = mine(folder)
    proposed = {}  # folded word → (word, TYPE, code, source)
    notes = []

    def offer(word, t, code, source):
        f = fold(word)
        if len(f) < 3:
            dropped.append((word, "shorter than 3 letters after folding"))
        elif f in FUNCTION_WORDS:
            dropped.append((word, "function word"))
        elif f in AMBIGUOUS and AMBIGUOUS[f] or f in COLLISIONS:
            dropped.append((word, f"form of {source}, spells another word: {AMBIGUOUS.get(f) or COLLISIONS[f]}"))
        elif reached(f, known):
            dropped.append((word, "already reached by event_triggers.txt"))
        elif f not in proposed:
            proposed[f] = (word, t, code, source)

    for fv, (lemma, t, code) in sorted(verbs.items()):
        reason = AMBIGUOUS.get(fold(fv))
        if reason:
            dropped.append((lemma, f"{t} verb, ambiguous: {reason}"))
            continue
        forms, note = verb_forms(lemma)
        notes.append(f"{lemma} ({t} {code}): {note}")
        for w in forms:
            offer(w, t, code, "verb " + lemma)
    for noun, (t, code, verbal) in sorted(nouns.items()):
        if len(fold(noun)) < 3:
            dropped.append((noun, "noun shorter than 3 letters after folding (all its forms)"))
            continue
        reason = AMBIGUOUS.get(fold(noun))
        if reason:
            dropped.append((noun, f"{t} noun, ambiguous: {reason}"))
            continue
        for w in noun_forms(noun, verbal):
            offer(w, t, code, "noun " + noun)

    count_lines = []
    corpus_note = None
    if len(argv) == 7:
        attack = [w for w, t, _, _ in proposed.values() if t == "ATTACK"]
        on, off = corpus_counts(attack, argv[4]), corpus_counts(attack, argv[5])
        count_lines.append("word\ttype\ton_topic\toff_topic")
        for f, (w, t, code, _) in sorted(proposed.items(), key=lambda kv: kv[1][1:3] + (kv[0],)):
            if t != "ATTACK":
                continue
            count_lines.append(f"{w}\t{t}\t{on[f]}\t{off[f]}")
            if off[f] > on[f]:
                dropped.append((w, f"off-topic count {off[f]} exceeds on-topic count {on[f]}"))
                del proposed[f]
        Path(argv[6]).write_text("\n".join(count_lines) + "\n", encoding="utf-8")
        gone = sum(1 for _, why in dropped if why.startswith("off-topic count"))
        corpus_note = (f"# Corpus check: {len(attack)} ATTACK words counted in {argv[4]} and {argv[5]} "
                     f"(counts in {argv[6]}), {gone} dropped for an off-topic count above the on-topic one")

    out = ["# Event triggers proposed from UniversalPetrarch's Arabic CAMEO verb dictionary",
           "# (github.com/openeventdata/UniversalPetrarch, branch arabic, CAMEO.ar.0.5.txt), by",
           "# src/lab/mine_petrarch_triggers.py. word|TYPE|CAMEO code.",
           "#",
           "# MIT License",
           "# Copyright (c) 2016 Open Event Data Alliance",
           "# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and",
           "# associated documentation files (the \"Software\"), to deal in the Software without restriction,",
           "# including without limitation the rights to use, copy, modify, merge, publish, distribute,",
           "# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is",
           "# furnished to do so, subject to the following conditions:",
           "# The above copyright notice and this permission notice shall be included in all copies or",
           "# substantial portions of the Software.",
           "# THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT",
           "# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND",
           "# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES",
           "# OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN",
           "# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.",
           "#",
           "# Verb forms generated:"]
    out += ["#   " + n for n in notes]
    if corpus_note:
        out.append(corpus_note)
    out.append("# Dropped:")
    seen = set()
    for w, why in dropped:
        if (w, why) not in seen:
            seen.add((w, why))
            out.append(f"#   {w}: {why}")
    counts = Counter(t for _, t, _, _ in proposed.values())
    out.append("# Proposed: " + ", ".join(f"{t} {counts[t]}" for t in ("ATTACK", "MEETING", "VISIT")))
    for t in ("ATTACK", "MEETING", "VISIT"):
        for f, (w, tt, code, source) in proposed.items():
            if tt == t:
                out.append(f"{w}|{t}|{code}")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv)
