package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Token;
import dev.mirsad.extract.arabic.Tokens;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.Quotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct quotations in « », “ ” or " " with the reporting verb that introduces them and their speaker:
 * the subject of the verb (a person or organization named with it, a name in quote marks right after it,
 * or an anonymous source such as مصادر), else, for a verb without a named subject (وأضاف أن), whoever was
 * named last: the previous speaker or a person named before in the paragraph. Short quoted names
 * (شركة “لوك أويل”) are not quotations.
 */
final class QuotationFinder {

    private static final int MIN_WORDS = 2;
    private static final int SHORT_WORDS = 5;
    private static final int NAME_WORDS = 4;
    private static final int CUE_WINDOW = 45;
    /** A quote of a few words is a quotation only near its verb; further away it is a name or a scare quote. */
    private static final int SHORT_CUE_WINDOW = 30;
    private static final int ANONYMOUS_WORDS = 3;
    private static final int SPEAKER_WINDOW = 60;
    /** How far after its verb a subject is sought: وقال وزير الخارجية الأمريكي جون كيري. */
    private static final int SUBJECT_WINDOW = 6;
    /** How far back a verb without a subject looks for the last named speaker. */
    private static final int LAST_SPEAKER_WINDOW = 200;

    private final Lexicon lexicon;

    QuotationFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param speakers persons and organizations found in the article (and role phrases standing for persons) */
    List<Quotation> find(Article article, List<Found> speakers, List<Span> names) {
        Map<Integer, Span> quotedSubjects = new HashMap<>();
        List<Span> quotes = new ArrayList<>();
        for (Span quoted : QuotedSpans.of(article)) {
            if (isQuotedSubject(article, quoted)) {
                quotedSubjects.put(quoted.from() - 2, quoted);
            } else {
                quotes.add(quoted);
            }
        }
        List<Found> ordered = new ArrayList<>(speakers.stream()
                .filter(f -> quotes.stream().noneMatch(q -> q.overlaps(f.span()))).toList());
        ordered.sort(Comparator.comparingInt(f -> f.span().from()));
        List<Quotation> out = new ArrayList<>();
        List<Speaker> verbSubjects = null;
        for (Span quote : quotes) {
            int words = (int) article.tokens.all().subList(quote.from(), quote.to()).stream().filter(Token::word).count();
            if (words < MIN_WORDS || isName(article, quote, names)) {
                continue;
            }
            int cue = findCue(article, quote.from() - 1, words < SHORT_WORDS ? SHORT_CUE_WINDOW : CUE_WINDOW);
            if (cue < 0 && words < SHORT_WORDS) {
                continue;
            }
            Speaker speaker = cue >= 0 ? subjectOf(article, ordered, quotedSubjects.get(cue), cue, quote.from()) : null;
            if (speaker == null) {
                // No named subject (وأضاف أن, وأكد المسؤول, or no verb): whoever was named last, the subject of
                // an earlier reporting verb or a person (else organization) named before in the paragraph.
                int at = cue >= 0 ? cue : quote.from();
                verbSubjects = verbSubjects != null ? verbSubjects : verbSubjects(article, ordered, quotedSubjects);
                Speaker last = lastBefore(verbSubjects, at);
                Speaker named = Speaker.of(nearestBefore(article, ordered, paragraphStart(article, at), at));
                // A person named in the last speaker's own sentence is who they spoke of (نظيره الليبي), not a new speaker.
                speaker = last == null || named != null && named.at() >= article.tokens.sentenceEnd(last.at()) ? named : last;
            }
            out.add(new Quotation(speaker == null ? null : speaker.ref(), speaker == null ? null : speaker.name(),
                    cue >= 0 ? article.surface(cue, cue + 1) : null,
                    article.surface(quote.from(), quote.to()), article.start(quote.from()), article.end(quote.to())));
        }
        return out;
    }

    /**
     * The subject of the reporting verb: a quoted name right after it, an anonymous source (وقال دبلوماسي),
     * an entity named between the verb and the quote, or one named before the verb in its sentence
     * (وكان الوزير قد قال إن); null when the verb has none.
     */
    private Speaker subjectOf(Article article, List<Found> speakers, Span quotedSubject, int cue, int quoteStart) {
        Speaker after = subjectAfter(article, speakers, quotedSubject, cue, quoteStart);
        if (after != null) {
            return after;
        }
        Speaker organization = Speaker.of(speakerNear(article, speakers, cue, quoteStart));
        return organization != null ? organization
                : Speaker.of(nearestBefore(article, speakers, article.tokens.sentenceStart(cue), cue));
    }

    /** A person, a quoted name or an anonymous source named after the verb, before {@code end}. */
    private Speaker subjectAfter(Article article, List<Found> speakers, Span quotedSubject, int cue, int end) {
        if (quotedSubject != null) {
            return speakers.stream().filter(f -> f.span().overlaps(quotedSubject)).findFirst().map(Speaker::of)
                    .orElse(new Speaker(null, article.surface(quotedSubject.from(), quotedSubject.to()),
                            quotedSubject.from(), false));
        }
        Found near = speakerNear(article, speakers, cue, end);
        String next = article.word(cue + 1);
        if (near != null && near.ref().type() == EntityType.PERSON) {
            return Speaker.of(near);
        }
        // وقال خبير البيئة مروان رزق names the expert; وقال مسؤول في وزارة الخارجية does not name the official.
        if (next != null && lexicon.isAnonymousSource(next)) {
            int to = cue + 2;
            // مصادر مطلعة لـ«الشرق الأوسط»: the description stops before the outlet told.
            while (to < end - 1 && to < cue + 1 + ANONYMOUS_WORDS && article.tokens.isWord(to)
                    && !lexicon.isStopword(article.word(to)) && !article.word(to).startsWith("ل")) {
                to++;
            }
            return new Speaker(null, article.surface(cue + 1, to), cue + 1, true);
        }
        return null;
    }

    /** The subjects of the reporting verbs of the article, quotation or not, with {@code at} on their verb. */
    private List<Speaker> verbSubjects(Article article, List<Found> speakers, Map<Integer, Span> quotedSubjects) {
        List<Speaker> out = new ArrayList<>();
        Tokens tokens = article.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word() && lexicon.isReportingVerb(t.text())) {
                int end = Math.min(tokens.sentenceEnd(i), i + SUBJECT_WINDOW);
                Speaker subject = subjectAfter(article, speakers, quotedSubjects.get(i), i, end);
                if (subject != null) {
                    out.add(new Speaker(subject.ref(), subject.name(), i, subject.anonymous()));
                }
            }
        }
        return out;
    }

    /** The subject of the last reporting verb before position, if it is not too far back. */
    private static Speaker lastBefore(List<Speaker> verbSubjects, int position) {
        Speaker last = null;
        for (Speaker s : verbSubjects) {
            if (s.at() < position && position - s.at() <= LAST_SPEAKER_WINDOW) {
                last = s;
            }
        }
        return last;
    }

    /** Who spoke and where they were named: an entity found, a name only, or an anonymous source. */
    private record Speaker(EntityRef ref, String name, int at, boolean anonymous) {
        static Speaker of(Found found) {
            return found == null ? null
                    : new Speaker(found.ref(), found.ref().canonicalName(), found.span().from(), false);
        }
    }

    /**
     * وقال "كورتز كوبر" نائب المتحدث ... إن: a short quoted span right after the reporting verb, with the
     * sentence going on after it, names the speaker; it is not a quotation.
     */
    private boolean isQuotedSubject(Article article, Span quoted) {
        Tokens tokens = article.tokens;
        Token verb = tokens.get(quoted.from() - 2);
        Token next = tokens.get(quoted.to() + 1);
        long words = tokens.all().subList(quoted.from(), quoted.to()).stream().filter(Token::word).count();
        return verb != null && verb.word() && lexicon.isReportingVerb(verb.text())
                && words <= NAME_WORDS && next != null && next.word();
    }

    /**
     * شركة “لوك أويل”, لـ«الشرق الأوسط»: the quoted words are a name found or a known term.
     */
    private static boolean isName(Article article, Span quote, List<Span> names) {
        if (names.stream().anyMatch(n -> n.from() <= quote.from() && n.to() >= quote.to())) {
            return true;
        }
        GazetteerMatch term = article.termAt(quote.from());
        return term != null && article.afterTerm(quote.from()) >= quote.to();
    }

    /** The nearest reporting verb before the quote in its sentence. */
    private int findCue(Article article, int from, int window) {
        for (int i = from; i >= 0 && from - i < window; i--) {
            Token t = article.tokens.get(i);
            if (t.isPunct(Tokens.SENTENCE_END)) {
                return -1;
            }
            if (t.word() && lexicon.isReportingVerb(t.text())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A speaker named between the verb and the quote (قال السفير الروسي ماكسيموف إن “...”), a person before
     * an organization, never the outlet spoken to (للأناضول).
     */
    private static Found speakerNear(Article article, List<Found> speakers, int cue, int quoteStart) {
        Found organization = null;
        for (Found f : speakers) {
            int at = f.span().from();
            if (at <= cue || at >= quoteStart || isAddressee(article, f)) {
                continue;
            }
            if (f.ref().type() == EntityType.PERSON) {
                return f;
            }
            organization = organization == null ? f : organization;
        }
        return organization;
    }

    /** لـ "العربي الجديد", للأناضول: a media outlet behind ل is who was told, not who spoke. */
    private static boolean isAddressee(Article article, Found f) {
        if (!"MEDIA".equals(f.ref().subtype())) {
            return false;
        }
        int at = f.span().from();
        String word = article.word(at);
        return word != null && word.startsWith("ل") || "ل".equals(article.word(at - 1));
    }

    /** Where the speaker search before position stops: its paragraph start, at most SPEAKER_WINDOW tokens back. */
    private static int paragraphStart(Article article, int position) {
        int start = position;
        while (start > 0 && position - start < SPEAKER_WINDOW && !article.tokens.get(start - 1).isPunct("\n")) {
            start--;
        }
        return start;
    }

    /** The last person (else organization) named in [from, position). */
    private static Found nearestBefore(Article article, List<Found> speakers, int from, int position) {
        Found person = null;
        Found organization = null;
        for (Found f : speakers) {
            if (f.span().from() >= from && f.span().to() <= position && !isAddressee(article, f)) {
                if (f.ref().type() == EntityType.PERSON) {
                    person = f;
                } else {
                    organization = f;
                }
            }
        }
        return person != null ? person : organization;
    }
}
