package dev.mirsad.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Direct quotations in « », “ ” or " " with the reporting verb that introduces them and their speaker:
 * the person or organization named with the verb, else the nearest one named before it in the paragraph,
 * else the previous quotation's speaker. Short quoted names (شركة “لوك أويل”) are not quotations.
 */
final class QuotationFinder {

    private static final String OPENERS = "«“\"„";
    private static final int MIN_WORDS = 2;
    private static final int SHORT_WORDS = 5;
    private static final int CUE_WINDOW = 30;
    private static final int SPEAKER_WINDOW = 60;
    
    private final Lexicon lexicon;

    QuotationFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param speakers persons and organizations found in the article (and role phrases standing for persons) */
    List<Quotation> find(Article article, List<Found> speakers, List<Span> names) {
        List<Span> quotes = quotedSpans(article);
        List<Found> ordered = new ArrayList<>(speakers.stream()
                .filter(f -> quotes.stream().noneMatch(q -> q.overlaps(f.span()))).toList());
        ordered.sort(Comparator.comparingInt(f -> f.span().from()));
        List<Quotation> out = new ArrayList<>();
        EntityRef lastSpeaker = null;
        String lastSpeakerName = null;
        for (Span quote : quotes) {
            int words = (int) article.tokens.all().subList(quote.from(), quote.to()).stream().filter(Token::word).count();
            if (words < MIN_WORDS || isName(article, quote, names)) {
                continue;
            }
            int cue = findCue(article, quote.from() - 1);
            if (cue < 0 && words < SHORT_WORDS) {
                continue;
            }
            Found speaker = cue >= 0 ? speakerNear(article, ordered, cue, quote.from()) : null;
            if (speaker == null) {
                speaker = nearestBefore(article, ordered, cue >= 0 ? cue : quote.from());
            }
            EntityRef ref = speaker != null ? speaker.ref() : lastSpeaker;
            String speakerName = speaker != null ? speaker.ref().canonicalName() : lastSpeakerName;
            if (ref != null) {
                lastSpeaker = ref;
                lastSpeakerName = speakerName;
            }
            out.add(new Quotation(ref, speakerName, cue >= 0 ? article.surface(cue, cue + 1) : null,
                    article.surface(quote.from(), quote.to()), article.start(quote.from()), article.end(quote.to())));
        }
        return out;
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

    /** The nearest reporting verb before the quote in its paragraph. */
    private int findCue(Article article, int from) {
        for (int i = from; i >= 0 && from - i < CUE_WINDOW; i--) {
            Token t = article.tokens.get(i);
            if (t.isPunct("\n")) {
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

    /** The last person (else organization) named before position in the same paragraph. */
    private static Found nearestBefore(Article article, List<Found> speakers, int position) {
        int paragraphStart = position;
        while (paragraphStart > 0 && position - paragraphStart < SPEAKER_WINDOW
                && !article.tokens.get(paragraphStart - 1).isPunct("\n")) {
            paragraphStart--;
        }
        Found person = null;
        Found organization = null;
        for (Found f : speakers) {
            if (f.span().from() >= paragraphStart && f.span().to() <= position && !isAddressee(article, f)) {
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
