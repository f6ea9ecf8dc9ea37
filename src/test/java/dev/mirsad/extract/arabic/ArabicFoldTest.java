package dev.mirsad.extract.arabic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicFoldTest {

    @Test
    void foldsAlefYaTaMarbutaAndHamzaCarriers() {
        assertThat(ArabicFold.fold("إيران")).isEqualTo(ArabicFold.fold("ايران"));
        assertThat(ArabicFold.fold("مستشارية")).isEqualTo("مستشاريه");
        assertThat(ArabicFold.fold("مصطفى")).isEqualTo("مصطفي");
        assertThat(ArabicFold.fold("مؤتمر رئيس")).isEqualTo("موتمر رييس");
    }

    @Test
    void dropsDiacriticsTatweelPunctuationAndExtraSpace() {
        assertThat(ArabicFold.fold("عُقِدَ  الاجتمـــاع،  “الحل نت”")).isEqualTo("عقد الاجتماع الحل نت");
        assertThat(ArabicFold.fold("BBC News")).isEqualTo("bbc news");
    }

    @Test
    void normalizesPresentationFormsAndDigits() {
        assertThat(ArabicFold.fold("ﻻ ٢٠١٥")).isEqualTo("لا 2015");
    }
}
