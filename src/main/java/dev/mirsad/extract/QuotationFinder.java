package dev.mirsad.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Direct quotations in « », “ ” or " " with the reporting verb that introduces them and their speaker:
 * the person or organization named with the verb, else the nearest one named before it in the paragraph,
 * else the previous quotation's speaker. Short quoted names (شركة “لوك أويل”) are not quotations.
 */
final class QuotationFinder {

    private static final String OPENERS = "«“\"„";
    private static final int MIN_WORDS = 2;
    private static final int SHORT_WORDS = 4;
    private static final int CUE_WINDOW = 30;
    private static final int SPEAKER_WINDOW = 60;
    private static final Set<String> ADDRESSEE_PREFIXES = Set.of("ل", "لل");

    private final Lexicon lexicon;

    QuotationFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param speakers persons and organizations found in the article (and role phrases standing for persons) */
    List<Quotation> find(Article article, List<Found> speakers, List<Span> names) {
        List<Found> ordered = new ArrayList<>(speakers);
        ordered.sort(Comparator.comparingInt(f -> f.span().from()));
        List<Quotation> out = new ArrayList<>();
        EntityRef lastSpeaker = null;
        String lastSpeakerName = null;
        for (Span quote : quotedSpans(article)) {
            int words = (int) article.tokens.all().subList(quote.from(), quote.to()).stream().filter(Token::word).count();
            if (words < MIN_WORDS || names.stream().anyMatch(n -> n.from() <= quote.from() && n.to() >= quote.to())) {
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

    /** Token ranges between matching quote marks (without the marks). */
    private static List<Span> quotedSpans(Article article) {
        List<Span> out = new ArrayList<>();
        Tokens tokens = article.tokens;
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word() || !t.isPunct(Tokens.QUOTE_MARKS)) {
                if (t.isPunct("\n") ) {
                    open = -1;
                }
                continue;
            }
            boolean opens = isOpening(article, i);
            if (opens && open < 0 || opens && !closes(t)) {
                open = i;
            } else if (open >= 0 && closes(t)) {
                if (i > open + 1) {
                    out.add(new Span(open + 1, i));
                }
                open = -1;
            }
        }
        return out;
    }

    private static boolean closes(Token t) {
        return "»”\"‟".contains(t.text());
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

    /** A speaker named between the verb and the quote (قال السفير الروسي ماكسيموف إن “...”), not an addressee (للأناضول). */
    private static Found speakerNear(Article article, List<Found> speakers, int cue, int quoteStart) {
        for (Found f : speakers) {
            int at = f.span().from();
            if (at > cue && at < quoteStart && !isAddressee(article, at)) {
                return f;
            }
        }
        return null;
    }

    private static boolean isAddressee(Article article, int at) {
        String word = article.word(at);
        String before = article.word(at - 1);
        return word != null && (word.startsWith("لل") || "ل".equals(before))
                || word != null && ADDRESSEE_PREFIXES.stream().anyMatch(p -> word.startsWith(p) && word.length() > 4
                && article.termAt(at) != null && article.termAt(at).nameStart() > article.tokens.get(at).start());
    }

    /** The last person or organization named before position in the same paragraph. */
    private static Found nearestBefore(Article article, List<Found> speakers, int position) {
        int paragraphStart = position;
        while (paragraphStart > 0 && position - paragraphStart < SPEAKER_WINDOW
                && !article.tokens.get(paragraphStart - 1).isPunct("\n")) {
            paragraphStart--;
        }
        Found best = null;
        for (Found f : speakers) {
            if (f.span().from() >= paragraphStart && f.span().to() <= position && !isAddressee(article, f.span().from())) {
                best = f;
            }
        }
        return best;
    }
}
