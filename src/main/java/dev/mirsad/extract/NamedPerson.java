package dev.mirsad.extract;

import java.util.List;

/** A name read in an article, with the role phrases that describe it and the country they or a nationality give. */
record NamedPerson(Span name, List<RoleTitle> titles, String country) {
}
