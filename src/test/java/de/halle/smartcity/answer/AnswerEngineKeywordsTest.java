package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.TestReleases.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages of a few keywords instead of a sentence: "Mobilitätsstationen Anzahl", "Direktflug Aheim". */
class AnswerEngineKeywordsTest {

  private static final String COUNT = "In Musterstadt gibt es neun Mobilitätsstationen.";
  private static final String HOURS = "Der rollmix_shuttle fährt täglich von 5:00 bis 24:00 Uhr.";
  private static final String FUNDING = "Der Bund gab für das digitale Gesundheitsamt 1,3 Millionen Euro.";
  private static final String HEAD = "Anna Muster leitet das Servicebüro der Stadt Musterstadt.";
  private static final String MOTTO = "Das Lichterfest 2023 in Musterstadt stand unter dem Motto „Stadt im Wandel“.";
  private static final String QUOTE = "Bernd Beispiel: „Wir freuen uns auf den Austausch mit den Partnern in Musterstadt.“";
  private static final String ROLE = "Bernd Beispiel, Pressesprecher der Musterwerke, nimmt an der Konferenz teil.";
  private static final String PLACE = "Das Lichterfest 2023 fand im Museum am Lindenplatz 5 statt.";

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.of(
      release("stationen.md", "Mobilitätsstationen in Musterstadt", LocalDate.of(2024, 9, 14),
          "Die Mobilitätsstationen bieten Carsharing und Leihräder in der Stadt Musterstadt.", COUNT),
      release("shuttle.md", "Der rollmix_shuttle in Musterstadt", LocalDate.of(2024, 6, 1),
          "Der rollmix_shuttle fährt im Nordviertel der Stadt Musterstadt.", HOURS),
      release("gesundheit.md", "Das digitale Gesundheitsamt in Musterstadt", LocalDate.of(2024, 3, 1),
          "Das Gesundheitsamt der Stadt Musterstadt bietet Online-Termine für Gesundheitszeugnisse.", FUNDING),
      release("partner.md", "Aheim wird Partnerstadt von Musterstadt", LocalDate.of(2024, 9, 16),
          "Aheim ist seit 2023 Partnerstadt der Stadt Musterstadt."),
      release("servicebuero.md", "Das Servicebüro in Musterstadt", LocalDate.of(2024, 2, 1),
          "Das Servicebüro der Stadt Musterstadt liegt am Markt.", HEAD),
      release("gewerbe.md", "Gewerbegebiet Sonnen Park in Musterstadt", LocalDate.of(2021, 1, 31),
          "Das Gewerbegebiet Sonnen Park der Stadt Musterstadt ist 120 Hektar groß."),
      release("lichterfest.md", "Lichterfest 2023 in Musterstadt", LocalDate.of(2023, 6, 1), MOTTO,
          "Das Programm des Lichterfests 2023 lief von 10:30 bis 15:30 Uhr.", PLACE),
      release("konferenz.md", "Musterwerke auf der Konferenz der Partner", LocalDate.of(2023, 4, 21), QUOTE,
          "Die Konferenz der Partner dauert zwei Tage.", ROLE));

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "Mobilitätsstationen Anzahl|" + COUNT,
      "Anzahl Mobilitätsstationen|" + COUNT,
      "Wie viele Mobilitätsstationen gibt es?|" + COUNT,
      "rollmix_shuttle Uhrzeiten|" + HOURS,
      "Zu welchen Uhrzeiten fährt der rollmix_shuttle?|" + HOURS,
      "Gesundheitsamt Fördersumme|" + FUNDING,
      "Servicebüro Leitung|" + HEAD,
      "Leiterin Servicebüro|" + HEAD})
  void aNounNamingTheKindOfFactIsAnsweredWithSuchAFactNotRequiredInTheAnswer(String question, String expected) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence()).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Lichterfest 2023 Ort", "Lichterfest 2023 Adresse", "An welchem Ort war das Lichterfest 2023?"})
  void aPlaceKeywordIsAnsweredFirstWithTheSentenceNamingThePlace(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence().get(0)).isEqualTo(PLACE);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"Bernd Beispiel Beruf", "Wer ist Bernd Beispiel?", "Was macht Bernd Beispiel?"})
  void aQuestionForAPersonsRoleIsAnsweredFirstWithTheSentenceNamingTheRoleNotWithTheirQuote(String question) {
    Answer answer = engine.answer(Question.of(question));

    assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(answer.evidence().get(0)).isEqualTo(ROLE);
  }

  @ParameterizedTest(name = "\"{0}\" is declined")
  @ValueSource(strings = {"Direktflug Aheim", "direktflug aheim", "Bürgerbüro Öffnungszeiten", "Gesundheitszeugnis Preis",
      "Aheim Partnerschaft Leitung"})
  void aKeywordMessageWhoseFirstOrOnlyUnknownNounNoReleaseNamesIsDeclined(String question) {
    assertThat(engine.answer(Question.of(question)).kind()).isEqualTo(Answer.Kind.DECLINED);
  }

  @ParameterizedTest(name = "\"{0}\" is answered")
  @ValueSource(strings = {"Aheim Partnerstadt", "Gesundheitsamt Online-Termine", "Wann wurde Aheim Partnerstadt?"})
  void aKeywordMessageAboutWhatAReleaseSaysIsStillAnswered(String question) {
    assertThat(engine.answer(Question.of(question)).kind()).isEqualTo(Answer.Kind.ANSWERED);
  }
}
