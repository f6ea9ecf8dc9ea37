package dev.mirsad.extract.facts;

public enum EntityType {
    PERSON, ORGANIZATION, LOCATION
}
