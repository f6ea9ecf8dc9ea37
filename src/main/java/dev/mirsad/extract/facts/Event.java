package dev.mirsad.extract.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A reported event; offsets cover its trigger.
 *
 * @param type MEETING, VISIT, ATTACK, FOUNDING, ...
 * @param cameoCode the CAMEO event code, or null
 * @param timexValue TimeML-style date value or null
 * @param eventOn the date where timexValue is a full date, else null
 * @param location the place, or null
 * @param participants persons, organizations and countries taking part
 */
public record Event(String type, String cameoCode, String trigger, String timexValue, LocalDate eventOn,
                    EntityRef location, List<EntityRef> participants, int start, int end) {
}
