package dev.mirsad.dating;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleDatingTest {

    private static final LocalDate METADATA = LocalDate.of(2022, 2, 20);
    private static final String DATELINE = "بغداد - 24 شباط 2022: وصل الوفد.";
    private static final String PATH = "2022/02/26/story.txt";
    private static final Supplier<Optional<LocalDate>> SIDECAR = () -> Optional.of(LocalDate.of(2022, 2, 28));
    private static final ArticleDating ALL = new ArticleDating(ArticleDating.ALL);

    @Test
    void theFirstSourceWithADateWinsInTheirOrder() {
        assertThat(ALL.date(METADATA, DATELINE, "ar", PATH, SIDECAR)).contains(new PublicationDate(METADATA, DateSource.METADATA));
        assertThat(ALL.date(null, DATELINE, "ar", PATH, SIDECAR))
                .contains(new PublicationDate(LocalDate.of(2022, 2, 24), DateSource.DATELINE));
        assertThat(ALL.date(null, "نص بلا تاريخ", "ar", PATH, SIDECAR))
                .contains(new PublicationDate(LocalDate.of(2022, 2, 26), DateSource.PATH));
        assertThat(ALL.date(null, "نص بلا تاريخ", "ar", "story.txt", SIDECAR))
                .contains(new PublicationDate(LocalDate.of(2022, 2, 28), DateSource.SIDECAR));
        assertThat(ALL.date(null, "نص بلا تاريخ", "ar", null, Optional::empty)).isEmpty();
    }

    @Test
    void aSourceLeftOutIsNotRead() {
        ArticleDating withoutPaths = new ArticleDating(List.of(DateSource.METADATA, DateSource.DATELINE, DateSource.SIDECAR));
        assertThat(withoutPaths.date(null, "نص بلا تاريخ", "ar", PATH, SIDECAR))
                .contains(new PublicationDate(LocalDate.of(2022, 2, 28), DateSource.SIDECAR));
        Supplier<Optional<LocalDate>> neverRead = () -> {
            throw new AssertionError("the sidecar is read though no source asks for it");
        };
        assertThat(ArticleDating.metadataOnly().date(null, DATELINE, "ar", PATH, neverRead)).isEmpty();
        assertThat(ALL.date(METADATA, DATELINE, "ar", PATH, neverRead)).isPresent();
    }

    @Test
    void aDatelineWithoutAYearTakesThePathsYearWhenThePathIsASource() {
        String yearless = "BAGHDAD, Feb 24 (Reuters) - The minister said...";
        assertThat(ALL.date(null, yearless, "ar", "2021/06/30/story.txt", Optional::empty))
                .contains(new PublicationDate(LocalDate.of(2021, 2, 24), DateSource.DATELINE));
        assertThat(new ArticleDating(List.of(DateSource.DATELINE)).date(null, yearless, "ar", "2021/06/30/story.txt",
                Optional::empty)).isEmpty();
    }

    @Test
    void eachSourceMayBeNamedOnceAndTheVersionSaysWhichAreRead() {
        assertThatThrownBy(() -> new ArticleDating(List.of(DateSource.PATH, DateSource.PATH)))
                .hasMessageContaining("once");
        assertThat(ALL.describe()).isEqualTo("metadata+dateline+path+sidecar");
        assertThat(new ArticleDating(List.of()).describe()).isEqualTo("none");
    }
}
