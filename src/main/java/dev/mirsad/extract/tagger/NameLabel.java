package dev.mirsad.extract.tagger;

/** The tagger's labels: the first (B) and a later (I) token of a person, organization or place name, or none (O). */
public enum NameLabel {
    O(null), B_PERSON("PERSON"), I_PERSON("PERSON"), B_ORGANIZATION("ORGANIZATION"), I_ORGANIZATION("ORGANIZATION"),
    B_LOCATION("LOCATION"), I_LOCATION("LOCATION");

    private static final NameLabel[] ALL = values();

    private final String type;

    NameLabel(String type) {
        this.type = type;
    }

    /** PERSON, ORGANIZATION or LOCATION; null for O. */
    public String type() {
        return type;
    }

    public boolean begins() {
        return this == B_PERSON || this == B_ORGANIZATION || this == B_LOCATION;
    }

    public boolean inside() {
        return type != null && !begins();
    }

    /** An I label continues only a name of its own type: O then I_PERSON is no sequence. */
    public boolean canFollow(NameLabel previous) {
        return !inside() || type.equals(previous.type);
    }

    public static NameLabel of(int ordinal) {
        return ALL[ordinal];
    }

    public static NameLabel begin(String type) {
        return valueOf("B_" + type);
    }

    public static NameLabel inside(String type) {
        return valueOf("I_" + type);
    }

    public static int count() {
        return ALL.length;
    }
}
