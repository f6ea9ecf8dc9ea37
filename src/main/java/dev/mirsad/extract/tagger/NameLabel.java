package dev.mirsad.extract.tagger;

import dev.mirsad.extract.facts.EntityType;

/** The tagger's labels: the first (B) and a later (I) token of a person, organization or place name, or none (O). */
public enum NameLabel {
    O(null), B_PERSON(EntityType.PERSON), I_PERSON(EntityType.PERSON), B_ORGANIZATION(EntityType.ORGANIZATION),
    I_ORGANIZATION(EntityType.ORGANIZATION), B_LOCATION(EntityType.LOCATION), I_LOCATION(EntityType.LOCATION);

    private static final NameLabel[] ALL = values();

    private final EntityType type;

    NameLabel(EntityType type) {
        this.type = type;
    }

    /** The kind of name, null for O. */
    public EntityType type() {
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
        return !inside() || type == previous.type;
    }

    public static NameLabel of(int ordinal) {
        return ALL[ordinal];
    }

    public static NameLabel begin(EntityType type) {
        return valueOf("B_" + type.name());
    }

    public static NameLabel inside(EntityType type) {
        return valueOf("I_" + type.name());
    }

    public static int count() {
        return ALL.length;
    }
}
