package dev.mirsad.extract;

import dev.mirsad.extract.arabic.ArabicFold;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Persons and places from the lexicons built from open data, each on a short invented sentence. */
class EntityFinderTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static List<Mention> mentions(String text, EntityType type) {
        return EXTRACTOR.extract(text, "ar", null).mentions().stream().filter(m -> m.entity().type() == type).toList();
    }

    private static List<String> names(String text, EntityType type) {
        return mentions(text, type).stream().map(m -> m.entity().canonicalName()).distinct().toList();
    }

    @Test
    void aKnownPersonIsFoundWithoutTitleAndHisFamilyNameLaterJoinsHim() {
        List<Mention> persons = mentions("وصل غوردن براون إلى المدينة. وقال براون إن الزيارة ناجحة.", EntityType.PERSON);

        assertThat(persons).extracting(Mention::surface).containsExactly("غوردن براون", "براون");
        assertThat(persons).extracting(m -> m.entity().canonicalName()).containsOnly("غوردن براون");
    }

    @Test
    void aKnownFamilyNameThatIsAlsoAWordCountsAloneOnlyBesideAReportingVerb() {
        assertThat(names("وقال مبارك إن مصر تدعم الاتفاق.", EntityType.PERSON)).containsExactly("مبارك");
        assertThat(names("وصل الوفد في يوم مبارك إلى السوق.", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aPublicFiguresFamilyNameCountsAloneAnywhereAndJoinsHisFullName() {
        assertThat(names("وحاول بوتين اختيار سياسة وسطى.", EntityType.PERSON)).containsExactly("بوتين");
        List<Mention> persons = mentions("زار فيدل كاسترو البلاد، فكاسترو لا يغيب.", EntityType.PERSON);

        assertThat(persons).extracting(Mention::surface).containsExactly("فيدل كاسترو", "فكاسترو");
        assertThat(persons).extracting(m -> m.entity().canonicalName()).containsOnly("فيدل كاسترو");
    }

    @Test
    void theTailOfACompoundNameIsNotAPerson() {
        assertThat(names("التقى الوزير عبد الله العمر بالوفد، والحمد لله، وقال إن الله كريم.", EntityType.PERSON))
                .containsExactly("عبد الله العمر");
    }

    @Test
    void aBareWordThatGovernsADefiniteNounEndsTheName() {
        assertThat(names("أهدى اللواء عصمت مراد شعار الكلية للضيف.", EntityType.PERSON)).containsExactly("عصمت مراد");
    }

    @Test
    void aForeignOrWomansGivenNameStartsAPersonWithoutATitle() {
        assertThat(names("وكتب سيغموند فرويد كثيرا، ثم زارت شيرين عبادي المعرض.", EntityType.PERSON))
                .containsExactly("سيغموند فرويد", "شيرين عبادي");
    }

    @Test
    void aGivenNameThatFoldsToAnEverydayWordStartsNoPerson() {
        // مُني (suffered) and أدوار (roles) fold like the names منى and إدوار.
        assertThat(names("مني المشروع بفشل كبير، وتبادل اللاعبون أدوار مختلفة.", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aGivenNameThatIsAlsoAWordIsAPhraseAfterAGoverningWordUnlessTheNounIsAFamilyNameOrAVerbReports() {
        assertThat(names("يعجبني جمال الطبيعة في الربيع، وكرم المهرجان نجم السينما المصرية.", EntityType.PERSON)).isEmpty();
        assertThat(names("وكتب جمال الغيطاني مقالا، وخطب سيف الإسلام أمس. وأجاب هادي البحرة عن السؤال.", EntityType.PERSON))
                .containsExactly("جمال الغيطاني", "سيف الإسلام", "هادي البحرة");
    }

    @Test
    void anHonorificThatAnAdjectiveFollowsIsATitleNotAName() {
        List<Mention> persons = mentions("سبقت زوجته السيدة الأولى ميشيل أوباما في الظهور، وهذه معجزة النبي العظمى.",
                EntityType.PERSON);

        assertThat(persons).extracting(Mention::surface).containsExactly("ميشيل أوباما");
    }

    @Test
    void capitalsContinentsAndCliticsAreFound() {
        List<Mention> places = mentions("سافر الوفد من الرباط إلى مقديشو ثم بالخرطوم، وهي مدن في إفريقيا.", EntityType.LOCATION);

        assertThat(places).extracting(Mention::surface).containsExactly("الرباط", "مقديشو", "بالخرطوم", "إفريقيا");
        assertThat(places).extracting(m -> m.entity().countryCode()).containsExactly("MA", "SO", "SD", null);
    }

    @Test
    void companiesClubsAndPartiesFromTheListAreFoundAndTheirCitiesAreNotPlaces() {
        String text = "وقع ريال مدريد عقدا مع نوكيا، وانتقد الحزب الجمهوري فئات من المجتمع.";

        assertThat(names(text, EntityType.ORGANIZATION)).containsExactly("ريال مدريد", "نوكيا", "الحزب الجمهوري");
        assertThat(names(text, EntityType.LOCATION)).isEmpty();
        assertThat(names("وأعلنت حماس أن وفدها وصل.", EntityType.ORGANIZATION)).containsExactly("حركة حماس");
    }

    @Test
    void statesProvincesAndTownsAreFoundButNotTheEverydayWordsTheirNamesResemble() {
        List<Mention> places = mentions("كان الوفد في تكساس ثم في شرم الشيخ وسوسة، حيث لجأوا إلى الفندق ليل الأحد.",
                EntityType.LOCATION);

        assertThat(places).extracting(Mention::surface).containsExactly("تكساس", "شرم الشيخ", "وسوسة");
        assertThat(places).extracting(m -> m.entity().countryCode()).containsExactly("US", "EG", "TN");
    }

    @Test
    void aNationalityAdjectiveInAnOrganizationsNameStatesItsCountry() {
        List<Mention> organizations = mentions("أعلنت وزارة الدفاع العراقية أن الجيش السوري انسحب.", EntityType.ORGANIZATION);

        assertThat(organizations).extracting(m -> m.entity().countryCode()).containsExactly("IQ", "SY");
    }

    @Test
    void persianSpellingsFoldToTheirArabicForms() {
        assertThat(ArabicFold.fold("ایران")).isEqualTo(ArabicFold.fold("إيران"));
        assertThat(ArabicFold.fold("کرمانشاه")).isEqualTo(ArabicFold.fold("كرمانشاه"));
    }

    @Test
    void townNamesThatAreCommonWordsAreLeftOut() {
        assertThat(names("قال في حديثه إن البيضاء والعين والخبر كلمات عادية.", EntityType.LOCATION)).isEmpty();
    }

    @Test
    void aLoneGivenNameAfterATitleIsAPersonWithItsRegnalNumber() {
        assertThat(names("ثم وصل الأمير تشارلز يرافقه الملك عبدالله الثاني إلى القصر.", EntityType.PERSON))
                .containsExactly("تشارلز", "عبدالله الثاني");
    }

    @Test
    void theFatherInAPatronymIsNotTheSon() {
        List<Mention> persons = mentions("استقبل الأمير محمد بن سلمان، بتوجيه من الملك سلمان، الوفد.", EntityType.PERSON);

        assertThat(persons).extracting(m -> m.entity().canonicalName()).containsExactly("محمد بن سلمان", "سلمان");
    }

    @Test
    void indefiniteWordsAndPrepositionsDoNotContinueAName() {
        assertThat(names("ولم يحسب المخلوع صالح حسابًا ليوم كهذا.", EntityType.PERSON)).isEmpty();
        assertThat(names("وأشار إلى أن عودة السفير السعودي لعدن مرتبطة بالوضع الأمني.", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aMauritanianPatronymRunsOnThroughWalad() {
        assertThat(names("وصل محمد سالم ولد با إلى نواكشوط.", EntityType.PERSON)).containsExactly("محمد سالم ولد با");
    }

    @Test
    void aWordBeforeBinIsAGivenNameAndAConjunctionLedWordAfterATitleIsNot() {
        assertThat(names("بحضور وزير الحج الدكتور بندر بن محمد والمجلس التنسيقي.", EntityType.PERSON))
                .containsExactly("بندر بن محمد");
        assertThat(names("مع توفير سيارة من اختيار اللاعب، وسكن فاخر بالإضافة إلى تذاكر.", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aPrepositionalPhraseOrAVerbAfterATitleIsNotAName() {
        assertThat(names("وعد رئيس مجلس النواب العراقي بمواعيد محددة للجلسات.", EntityType.PERSON)).isEmpty();
        assertThat(names("تصريحات المرشد الإيراني تعد تدخلا في الشؤون الداخلية.", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aKnownFamilyNameRightAfterATitleIsThePerson() {
        assertThat(names("أكد الرئيس ساركوزي تجاوز الأزمة.", EntityType.PERSON)).containsExactly("ساركوزي");
    }

    @Test
    void aliWrittenForThePrepositionIsNoNameInATextThatNeverWritesAla() {
        assertThat(names("سقطت الصواريخ علي مقر الحزب وعلي الأرض.", EntityType.PERSON)).isEmpty();
        assertThat(names("وقال علي بن محمد إن الصواريخ سقطت علي الأرض.", EntityType.PERSON)).containsExactly("علي بن محمد");
        assertThat(names("سقطت الصواريخ على المقر، وتحدث علي الأديب للصحفيين.", EntityType.PERSON)).containsExactly("علي الأديب");
    }

    @Test
    void aOneWordNameOnceFoundCountsWhereverItStandsAlone() {
        List<Mention> persons = mentions("أكد الرئيس ساركوزي تجاوز الأزمة. وانتقد المعارضون ساركوزي أمس.", EntityType.PERSON);

        assertThat(persons).extracting(Mention::surface).containsExactly("ساركوزي", "ساركوزي");
    }

    @Test
    void theMentionOfAnOrganizationIsItsNameWithoutTheKindNounOrAnAddedAdjective() {
        List<Mention> organizations = mentions(
                "قالت قناة الجزيرة إن شركة “لوك أويل” تدعم قدرات حزب الله القتالية.", EntityType.ORGANIZATION);

        assertThat(organizations).extracting(Mention::surface).containsExactly("الجزيرة", "لوك أويل", "حزب الله");
        assertThat(organizations).extracting(m -> m.entity().canonicalName())
                .containsExactly("قناة الجزيرة", "لوك أويل", "حزب الله");
    }

    @Test
    void universitiesInstitutesAndUnionsHeadNamesAndAPlaceNameEndsTheGenitive() {
        assertThat(names("أعلنت جامعة القاهرة أن الاتحاد الأوروبي يمول معهد الدراسات المتقدمة.", EntityType.ORGANIZATION))
                .containsExactly("جامعة القاهرة", "الاتحاد الأوروبي", "معهد الدراسات المتقدمة");
        assertThat(names("وأثارت جامعة تبوك الجدل حول مركز الخليج للدراسات الاستراتيجية.", EntityType.ORGANIZATION))
                .containsExactly("جامعة تبوك", "مركز الخليج للدراسات الاستراتيجية");
    }

    @Test
    void aFamilyNameThatIsAlsoAPrepositionIsNotRepeatedAsThePreposition() {
        List<Mention> persons = mentions("وصل محمد علي إلى القاهرة. وحصل على الجائزة، وقال علي إنه سعيد.", EntityType.PERSON);

        assertThat(persons).extracting(Mention::surface).containsExactly("محمد علي", "علي");
    }

    @Test
    void aNationalityStandingForAPersonIntroducesHisNameButNotAfterANameItDescribes() {
        List<Mention> persons = mentions("وفاز الإسباني رافائيل نادال على الفرنسي أرنو كليمان.", EntityType.PERSON);

        assertThat(persons).extracting(Mention::surface).containsExactly("رافائيل نادال", "أرنو كليمان");
        assertThat(persons).extracting(m -> m.entity().countryCode()).containsExactly("ES", "FR");
        assertThat(names("سافر الفريق إلى مدينة هورست الهولندية لإقامة معسكر.", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aKindNounBeforeAKnownOrganizationIsNotPartOfItsName() {
        List<Mention> organizations = mentions("وصلت قوات الأمم المتحدة إلى الحدود.", EntityType.ORGANIZATION);

        assertThat(organizations).extracting(Mention::surface).containsExactly("الأمم المتحدة");
    }
}
