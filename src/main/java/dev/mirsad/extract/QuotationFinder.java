package dev.mirsad.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct quotations in « », “ ” or " " with the reporting verb that introduces them and their speaker:
 * the person or organization named with the verb, else the nearest one named before it in the paragraph,
 * else the previous quotation's speaker. Short quoted names (شركة “لوك أويل”) are not quotations.
 */
final class QuotationFinder {

    private static final String OPENERS = "«“\"„";
    private static final int MIN_WORDS = 2;
    private static final int SHORT_WORDS = 5;
    private static final int NAME_WORDS = 4;
    private static final int CUE_WINDOW = 45;
    private static final int SPEAKER_WINDOW = 60;

    private final Lexicon lexicon;

    QuotationFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param speakers persons and organizations found in the article (and role phrases standing for persons) */
    List<Quotation> find(Article article, List<Found> speakers, List<Span> names) {
        Map<Integer, Span> quotedSubjects = new HashMap<>();
        List<Span> quotes = new ArrayList<>();
        for (Span quoted : quotedSpans(article)) {
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
        Speaker lastSpeaker = null;
        for (Span quote : quotes) {
            int words = (int) article.tokens.all().subList(quote.from(), quote.to()).stream().filter(Token::word).count();
            if (words < MIN_WORDS || isName(article, quote, names)) {
                continue;
            }
            int cue = findCue(article, quote.from() - 1);
            if (cue < 0 && words < SHORT_WORDS) {
                continue;
            }
            Speaker speaker = null;
            if (cue >= 0) {
                Span subject = quotedSubjects.get(cue);
                speaker = subject != null ? quotedSpeaker(article, ordered, subject)
                        : Speaker.of(speakerNear(article, ordered, cue, quote.from()));
                if (speaker == null) {
                    // وكان الوزير قد قال إن: the subject named before the verb in its sentence.
                    speaker = Speaker.of(nearestBefore(article, ordered, article.tokens.sentenceStart(cue), cue));
                }
                // A verb with no named subject (وأضاف أن, وأكد المسؤول) goes on with the last speaker.
                speaker = speaker != null ? speaker : lastSpeaker;
            }
            if (speaker == null) {
                int at = cue >= 0 ? cue : quote.from();
                speaker = Speaker.of(nearestBefore(article, ordered, paragraphStart(article, at), at));
            }
            speaker = speaker != null ? speaker : lastSpeaker;
            lastSpeaker = speaker != null ? speaker : lastSpeaker;
            out.add(new Quotation(speaker == null ? null : speaker.ref(), speaker == null ? null : speaker.name(),
                    cue >= 0 ? article.surface(cue, cue + 1) : null,
                    article.surface(quote.from(), quote.to()), article.start(quote.from()), article.end(quote.to())));
        }
        return out;
    }

    /** Who spoke: an entity found, or only a name (a quoted name the finders did not know). */
    private record Speaker(EntityRef ref, String name) {
        static Speaker of(Found found) {
            return found == null ? null : new Speaker(found.ref(), found.ref().canonicalName());
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

    private static Speaker quotedSpeaker(Article article, List<Found> speakers, Span subject) {
        return speakers.stream().filter(f -> f.span().overlaps(subject)).findFirst().map(Speaker::of)
                .orElse(new Speaker(null, article.surface(subject.from(), subject.to())));
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

    /** Token ranges between matching quote marks (without the marks); a quoted name inside a quotation nests. */
    private static List<Span> quotedSpans(Article article) {
        List<Span> out = new ArrayList<>();
        Tokens tokens = article.tokens;
        int open = -1;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunct("\n")) {
                open = -1;
                depth = 0;
            }
            if (t.word() || !t.isPunct(Tokens.QUOTE_MARKS)) {
                continue;
            }
            boolean opens = isOpening(article, i);
            if (opens && open < 0) {
                open = i;
                depth = 1;
            } else if (opens && (!closes(t) || t.is("\"") && !isClosing(article, i))) {
                depth++;
            } else if (open >= 0 && closes(t) && --depth == 0) {
                if (i > open + 1) {
                    out.add(new Span(open + 1, i));
                }
                open = -1;
            }
        }
        return out;
    }

    /** A straight quote closes when it touches the previous word and is followed by a space or punctuation. */
    private static boolean isClosing(Article article, int i) {
        Token t = article.tokens.get(i);
        String text = article.text.folded();
        char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
        char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
        return !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
    }

    private static boolean closes(Token t) {
        return "»”\"‟″′".contains(t.text());
    }

    /** A straight quote opens when it follows a space or punctuation and touches the next word. */
    private static boolean isOpening(Article article, int i) {
        Token t = article.tokens.get(i);
        if (OPENERS.indexOf(t.text().charAt(0)) < 0) {
            return false;
        }
        if (!t.is("\"")) {
            return true;
        }
        String text = article.text.folded();
        char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
        char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
        return !Character.isLetterOrDigit(before) && !Character.isWhitespace(after);
    }

    /** The nearest reporting verb before the quote in its sentence. */
    private int findCue(Article article, int from) {
        for (int i = from; i >= 0 && from - i < CUE_WINDOW; i--) {
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
