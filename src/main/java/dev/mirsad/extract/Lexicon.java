package dev.mirsad.extract;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.mirsad.extract.arabic.ArabicFold;
import dev.mirsad.extract.arabic.Clitics;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** All vocabulary the extractor uses, loaded and folded once. Immutable after construction. */
final class Lexicon {

    enum TitleKind { RANK, OFFICE, PREFIX }

    enum HeadForm { GENITIVE, ADJECTIVE, NATIONAL, QUOTED }

    record OrgHead(String kind, HeadForm form) {
    }

    record Trigger(String type, String cameo) {
    }

    private static final ULocale ARABIC = new ULocale("ar");
    /** CLDR exemplar cities that are also everyday words or too short to trust. */
    private static final Set<String> UNSAFE_CITIES = Set.of("سمراء", "ترك", "واك", "ماهي", "استر", "كريسماس", "أراك");
    private static final List<String> POSSESSIVES = List.of("هما", "هم", "ها", "ه");
    private static final Set<String> NAME_PARTICLES = Set.of("عبد", "ابو", "ابي", "ابن", "بن", "بنت", "ال", "ام", "ولد");

    final Gazetteer gazetteer;
    /** Particles and name tails that never stand alone for a person (عبد العزيز → العزيز). */
    private static final Set<String> NOT_FAMILY_NAMES = Set.of("الله", "العزيز", "الدين", "الرحمن", "الثاني", "الاول");

    private final Set<String> givenNames;
    private final Set<String> givenNamesAlsoWords = foldedSet("given_names_also_words.txt");
    /** Full names of known persons, by folded first word. */
    private final Map<String, List<List<String>>> knownNames;
    /** Family names of known persons, written alone in later mentions (بوتين, ساركوزي). */
    private final Set<String> familyNames;
    /** Family names that are no Arabic word: alone they name the person anywhere (وحاول بوتين). */
    private final Set<String> publicFigures = foldedSet("public_figures.txt");
    private final Set<String> stopwords = foldedSet("name_ending_words.txt");
    private final Set<String> reportingVerbs = foldedSet("reporting_verbs.txt");
    private final Set<String> anonymousSources = foldedSet("anonymous_sources.txt");
    private final Map<String, TitleKind> titles = new HashMap<>();
    private final Map<String, OrgHead> orgHeads = new HashMap<>();
    private final Map<String, Trigger> triggers = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, EntityRef> countries = new HashMap<>();

    Lexicon() {
        Resources.rows("role_phrase_heads.txt").forEach(r -> titles.put(ArabicFold.fold(r[0]), TitleKind.valueOf(r[1])));
        Resources.rows("organization_heads.txt")
                .forEach(r -> orgHeads.put(ArabicFold.fold(r[0]), new OrgHead(r[1], HeadForm.valueOf(r[2]))));
        Resources.rows("event_triggers.txt").forEach(r -> triggers.put(ArabicFold.fold(r[0]), new Trigger(r[1], r[2])));
        loadDemonyms();
        this.gazetteer = buildGazetteer();
        this.givenNames = foldedSet("given_names.txt");
        Map<String, List<List<String>>> byFirst = new HashMap<>();
        Set<String> family = new HashSet<>();
        for (String[] row : Resources.rows("known_persons.txt")) {
            List<String> words = List.of(ArabicFold.fold(row[0]).split(" "));
            byFirst.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
            family.add(words.get(words.size() - 1));
        }
        family.removeIf(w -> w.length() < 4 || givenNames.contains(w) || stopwords.contains(w) || NOT_FAMILY_NAMES.contains(w)
                || demonyms.containsKey(w) || orgHeads.containsKey(w) || titles.containsKey(w));
        this.knownNames = Collections.unmodifiableMap(byFirst);
        family.addAll(publicFigures);
        this.familyNames = Collections.unmodifiableSet(family);
    }

    /*
     * The large word lists stay HashSets and HashMaps: most look-ups miss, and a hash set tells a miss
     * by the stored hash codes, where Set.copyOf's open addressing compares with several of its strings
     * (about 8% of extraction's time on 10,000 articles).
     */
    private static Set<String> foldedSet(String file) {
        Set<String> out = new HashSet<>();
        Resources.lines(file).forEach(line -> out.add(ArabicFold.fold(line)));
        return Collections.unmodifiableSet(out);
    }

    /** Generates the inflected forms of each nationality adjective: عراقي العراقي العراقية العراقيين... */
    private void loadDemonyms() {
        for (String[] row : Resources.rows("demonyms.txt")) {
            if (row[0].startsWith("=")) {
                demonyms.put(ArabicFold.fold(row[0].substring(1)), row[1]);
                continue;
            }
            String stem = ArabicFold.fold(row[0]);
            for (String suffix : List.of("", "ه", "ين", "ون", "ان", "تين", "تان", "ات")) {
                demonyms.putIfAbsent(stem + suffix, row[1]);
                demonyms.putIfAbsent("ال" + stem + suffix, row[1]);
            }
        }
    }

    private Gazetteer buildGazetteer() {
        Gazetteer.Builder builder = new Gazetteer.Builder();
        for (String[] row : Resources.rows("organizations.txt")) {
            EntityRef ref = new EntityRef(EntityType.ORGANIZATION, row[0], row[1], null);
            builder.add(row[0], GazetteerEntry.organization(ref));
            for (int i = 2; i < row.length; i++) {
                builder.add(row[i], GazetteerEntry.organization(ref));
            }
        }
        for (String code : ULocale.getISOCountries()) {
            String name = new ULocale("und", code).getDisplayCountry(ARABIC);
            if (!name.isEmpty() && !name.equals(code)) {
                EntityRef ref = new EntityRef(EntityType.LOCATION, name, "COUNTRY", code);
                countries.put(code, ref);
                builder.add(name, GazetteerEntry.place(ref));
            }
        }
        for (String[] row : Resources.rows("country_variants.txt")) {
            EntityRef ref = countries.get(row[1]);
            if (ref != null) {
                builder.add(row[0], GazetteerEntry.place(ref));
            }
        }
        for (String[] row : Resources.rows("regions.txt")) {
            EntityRef ref = new EntityRef(EntityType.LOCATION, row[0], "REGION", null);
            for (String name : row) {
                builder.add(name, GazetteerEntry.place(ref));
            }
        }
        for (String[] row : Resources.rows("sites.txt")) {
            builder.add(row[0], GazetteerEntry.place(new EntityRef(EntityType.LOCATION, row[0], "SITE", row[1])));
        }
        for (String[] row : Resources.rows("cities.txt")) {
            builder.add(row[0], GazetteerEntry.place(new EntityRef(EntityType.LOCATION, row[0], "CITY", row[1])));
        }
        TimeZoneNames zoneNames = TimeZoneNames.getInstance(ARABIC);
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = zoneNames.getExemplarLocationName(zone);
            if (city != null && ArabicFold.fold(city).length() >= 4 && !UNSAFE_CITIES.contains(city)) {
                String region = TimeZone.getRegion(zone);
                builder.add(city, GazetteerEntry.place(new EntityRef(EntityType.LOCATION, city, "CITY",
                        "001".equals(region) ? null : region)));
            }
        }
        demonyms.forEach((form, code) -> builder.add(form, GazetteerEntry.demonym(code)));
        return builder.build();
    }

    boolean isGivenName(String word) {
        return Clitics.conjunctionStemIn(word, givenNames);
    }

    /** The known persons' full names (folded words) that start with this word, behind an optional conjunction. */
    List<List<String>> knownNamesStartingWith(String word) {
        for (String stem : Clitics.conjunctionStems(word)) {
            List<List<String>> names = knownNames.get(stem);
            if (names != null) {
                return names;
            }
        }
        return List.of();
    }

    /** A known person's family name, behind an optional conjunction (وبوتين). */
    boolean isKnownFamilyName(String word) {
        return Clitics.conjunctionStemIn(word, familyNames);
    }

    /** A given name that is also an everyday word (جمال, نجم), behind an optional conjunction. */
    boolean isGivenNameAlsoAWord(String word) {
        return Clitics.conjunctionStemIn(word, givenNamesAlsoWords);
    }

    /** A public figure's family name, behind an optional conjunction (وبوتين). */
    boolean isPublicFigure(String word) {
        return Clitics.conjunctionStemIn(word, publicFigures);
    }

    /** The word itself is a given name (ونستون), not a conjunction before one (وقاسم). */
    boolean isGivenNameAsWritten(String word) {
        return givenNames.contains(word);
    }

    boolean isNameParticle(String word) {
        return Clitics.conjunctionStemIn(word, NAME_PARTICLES);
    }

    boolean isStopword(String word) {
        return Clitics.conjunctionStemIn(word, stopwords);
    }

    boolean isReportingVerb(String word) {
        return Clitics.conjunctionStemIn(word, reportingVerbs);
    }

    /** مصادر, دبلوماسي: an indefinite noun that, as the subject of a reporting verb, leaves the speaker unnamed. */
    boolean isAnonymousSource(String word) {
        return anonymousSources.contains(word);
    }

    TitleKind titleKind(String word) {
        return Clitics.firstStem(word, titles::get);
    }

    /** The form of word, clitics removed, under which it heads an organization name, or null. */
    String orgHeadStem(String word) {
        return Clitics.stems(word).stream().filter(orgHeads::containsKey).findFirst().orElse(null);
    }

    OrgHead orgHead(String word) {
        return Clitics.firstStem(word, orgHeads::get);
    }

    /** The event a word reports, with proclitics and a possessive suffix removed (ولقاءه → لقاء). */
    Trigger trigger(String word) {
        for (String stem : Clitics.stems(word)) {
            Trigger t = triggers.get(stem);
            for (int i = 0; t == null && i < POSSESSIVES.size(); i++) {
                String suffix = POSSESSIVES.get(i);
                if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 4) {
                    t = triggers.get(stem.substring(0, stem.length() - suffix.length()));
                }
            }
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** The country entity of an ISO code, as the gazetteer names it. */
    EntityRef country(String code) {
        return countries.get(code);
    }

    /** ISO code of a nationality adjective (with proclitics), or null. */
    String demonymCode(String word) {
        return Clitics.firstStem(word, demonyms::get);
    }
}
