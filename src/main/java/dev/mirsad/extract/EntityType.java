package dev.mirsad.extract;

public enum EntityType {
    PERSON, ORGANIZATION, LOCATION
}
