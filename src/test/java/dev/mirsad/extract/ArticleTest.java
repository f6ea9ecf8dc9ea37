package dev.mirsad.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTest {

    @Test
    void aTextWritesAlaWhenTheWordStandsAloneOrBehindWaOrFa() {
        assertThat(Article.writesAla("وقع الاتفاق على الحدود")).isTrue();
        assertThat(Article.writesAla("وعلى الجانب الآخر")).isTrue();
        assertThat(Article.writesAla("فعلى")).isTrue();
        assertThat(Article.writesAla("(على)")).isTrue();
    }

    @Test
    void alaInsideAnotherWordOrTheNameAliIsNoAla() {
        assertThat(Article.writesAla("قال علي إن الأعلى سعرا")).isFalse();
        assertThat(Article.writesAla("استعلى وعلىه")).isFalse();
        assertThat(Article.writesAla("بعلى")).isFalse();
        assertThat(Article.writesAla("")).isFalse();
    }
}
