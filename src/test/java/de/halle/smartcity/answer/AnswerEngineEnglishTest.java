package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English questions against German releases: answered or declined as their German versions are. */
class AnswerEngineEnglishTest {

  @RegisterExtension
  static final EngineFixture engine = EngineFixture.withSynonyms(
      release("zahlen.md", "Musterstadt in Zahlen",
          "Musterstadt hat 240.000 Einwohner. Die Fläche von Musterstadt beträgt 135 Quadratkilometer."),
      release("ideen.md", "Strategie der Smart City Musterstadt",
          "Bürgerinnen und Bürger konnten im November 2022 Ideen für die Smart City einreichen. Die Smart City "
              + "Musterstadt wird mit 15 Millionen Euro gefördert."),
      release("plan.md", "Musterplan: der digitale Zwilling für die Stadtentwicklung",
          "Musterplan hat drei Module. Musterplan ist ein digitaler Zwilling der Stadt Musterstadt für die "
              + "Stadtentwicklung, den die Stadt mit einer Agentur aus Berlin innerhalb eines Jahres aufgebaut hat."),
      release("mobil.md", "Mobilität in Musterstadt",
          "Die Leihräder von Musterrad können Sie in der Musterrad-App buchen. An der Teilnahme der Stadt "
              + "Musterstadt am Verkehrsforum gab es viel Interesse."),
      release("gewerbe.md", "Gewerbegebiet Nord",
          "Im Gewerbegebiet Nord haben Firmen 50 Millionen Euro investiert. Im Gewerbegebiet Nord arbeiten 2.000 "
              + "Menschen."),
      release("verein.md", "Der Musterverein stellt sich vor",
          "Der Musterverein hat 300 Mitglieder. Geschäftsführer des Mustervereins war im Januar 2021 Anna Muster."),
      release("gesundheit.md", "Digitale Akten im Gesundheitsamt",
          "Erika Beispiel ist Amtsärztin und leitet den Fachbereich Gesundheit der Stadt Musterstadt. Der Fachbereich "
              + "Gesundheit führt die elektronische Akte ein."),
      release("forum.md", "Musterstadt auf dem Zukunftsforum in Aheim",
          "Anna Beispiel, Leiterin der Wirtschaftsgesellschaft, nimmt als Vertreterin der städtischen Gesellschaft am "
              + "Zukunftsforum in Aheim teil. Der Stadt Musterstadt entstehen für Reise und Teilnahme am Forum keine "
              + "Kosten."));

  @ParameterizedTest(name = "\"{0}\" like \"{1}\"")
  @CsvSource(delimiterString = " | ", value = {
      "How many inhabitants does Musterstadt have? | Wie viele Einwohner hat Musterstadt? | 240.000 Einwohner",
      "When could citizens submit ideas for the smart city? | "
          + "Wann konnten Bürger Ideen für die Smart City einreichen? | November 2022",
      "How many people work in the Gewerbegebiet Nord? | Wie viele Menschen arbeiten im Gewerbegebiet Nord? | 2.000",
      "What is Musterplan? | Was ist Musterplan? | ist ein digitaler Zwilling",
      "Is there a bike sharing system in Musterstadt? | Gibt es Leihräder in Musterstadt? | Leihräder",
      "Tell me about Musterplan | Was ist Musterplan? | ist ein digitaler Zwilling",
      "Who is the head of the health department? | Wer leitet den Fachbereich Gesundheit? | Erika Beispiel",
      "Does the city have to pay anything for taking part in the forum in Aheim? | "
          + "Muss die Stadt für die Teilnahme am Forum in Aheim etwas bezahlen? | keine Kosten"})
  void englishQuestionIsAnsweredWithTheSentenceItsGermanVersionGets(String english, String german, String fact) {
    Answer inEnglish = engine.answer(Question.of(english));
    Answer inGerman = engine.answer(Question.of(german));

    assertThat(inEnglish.kind()).isEqualTo(Answer.Kind.ANSWERED);
    assertThat(inEnglish.language()).isEqualTo("en");
    assertThat(inEnglish.evidence()).isEqualTo(inGerman.evidence()).anyMatch(s -> s.contains(fact));
  }

  @ParameterizedTest(name = "\"{0}\" declined like \"{1}\"")
  @CsvSource(delimiterString = " | ", value = {
      "What does a square metre of commercial space cost in the Gewerbegebiet Nord? | Was kostet ein Quadratmeter "
          + "Gewerbefläche im Gewerbegebiet Nord?",
      "How many employees work in the smart city office? | Wie viele Mitarbeiter arbeiten im Smart-City-Büro?",
      "When was the Musterverein founded? | Wann wurde der Musterverein gegründet?"})
  void englishQuestionWhoseNounsTheSentenceMissesIsDeclinedLikeItsGermanVersion(String english, String german) {
    assertThat(engine.answer(Question.of(german)).kind()).isEqualTo(Answer.Kind.DECLINED);
    assertThat(engine.answer(Question.of(english)).kind()).isEqualTo(Answer.Kind.DECLINED);
  }

  private static KnowledgeDocument release(String file, String title, String text) {
    return TestReleases.release(file, title, LocalDate.of(2024, 1, 10), text);
  }
}
