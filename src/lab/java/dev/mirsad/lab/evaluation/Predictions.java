package dev.mirsad.lab.evaluation;

import java.util.List;
import java.util.Map;

/**
 * What a run wrote into the reporting views, row by row as score.py reads them (ids and values as text).
 *
 * @param articles article id by file base name (the first article of each name)
 */
public record Predictions(Map<String, String> articles,
                          Map<String, List<Mention>> mentions,
                          Map<String, List<Title>> titles,
                          Map<String, List<Date>> dates,
                          Map<String, List<Amount>> amounts,
                          Map<String, List<Quote>> quotes,
                          List<EventParticipant> events) {

    public record Mention(String entityId, String entityType, String subtype, String canonicalName, String countryCode) {
    }

    public record Title(String entityId, String title) {
    }

    public record Date(String timexValue, String surface) {
    }

    public record Amount(String value, String unit, String surface) {
    }

    public record Quote(String speakerEntityId, String speakerName, String text) {
    }

    /** One row of v_event left-joined with v_event_participant; the participant fields are null for none. */
    public record EventParticipant(String articleId, String eventId, String eventType, String timexValue,
                                   String name, String countryCode, String entityType, String subtype) {
    }
}
