package de.halle.smartcity.answer;

import java.util.List;

/** The fixed texts of declines and failures, in German and English. */
final class Replies {

  private static final String DECLINE_DE = "Dazu habe ich in den Pressemitteilungen der Stadt keine Antwort gefunden. "
      + "Bitte wenden Sie sich an den Bürgerservice der Stadt Halle (Saale) oder rufen Sie die Behördennummer 115 an.";
  private static final String DECLINE_EN = "I could not find an answer to this in the city's press releases. "
      + "Please contact the Bürgerservice of the City of Halle (Saale) or call the public service number 115.";
  private static final String FAILURE_DE = "Entschuldigung, das hat gerade nicht geklappt. Bitte versuchen Sie es "
      + "gleich noch einmal oder wenden Sie sich an den Bürgerservice der Stadt Halle (Saale), Behördennummer 115.";
  private static final String FAILURE_EN = "Sorry, that did not work just now. Please try again in a moment or "
      + "contact the Bürgerservice of the City of Halle (Saale), public service number 115.";
  private static final String TOO_GENERAL_DE = "Ihre Frage ist sehr allgemein: Dazu passt fast jede "
      + "Pressemitteilung der Stadt. Bitte fragen Sie genauer oder nennen Sie ein Thema.";
  private static final String TOO_GENERAL_EN = "Your question is very general: almost every press release of the city "
      + "fits it. Please ask more precisely or name a topic.";
  private static final String EMPTY_DE = "Bitte stellen Sie eine Frage, zum Beispiel zu einem Projekt der Smart City "
      + "Halle.";

  private Replies() {}

  /** The honest "the releases don't say" with a next step. */
  static Answer decline(String language, double confidence) {
    return decline(language, confidence, List.of());
  }

  /** The same, remembering the closest release(s) found for the editors (never shown to the citizen). */
  static Answer decline(String language, double confidence, List<Source> closest) {
    String body = "en".equals(language) ? DECLINE_EN : DECLINE_DE;
    return new Answer(Answer.Kind.DECLINED, body, List.of(), closest, confidence, language);
  }

  /**
   * The ask-back to a question too general to answer, with example topics (release titles; none: no examples). Counts
   * as a decline, so the editors see the question.
   */
  static Answer tooGeneral(String language, List<String> topics) {
    boolean english = "en".equals(language);
    StringBuilder body = new StringBuilder(english ? TOO_GENERAL_EN : TOO_GENERAL_DE);
    if (!topics.isEmpty()) {
      body.append(english ? " Current topics (in German) are, for example:" : " Aktuelle Themen sind zum Beispiel:");
      topics.forEach(topic -> body.append("\n• ").append(topic));
    }
    return new Answer(Answer.Kind.DECLINED, body.toString(), List.of(), List.of(), 0, language);
  }

  /** The polite reply when something failed inside; never shows the error. */
  static Answer failure(String language) {
    String body = "en".equals(language) ? FAILURE_EN : FAILURE_DE;
    return new Answer(Answer.Kind.DECLINED, body, List.of(), List.of(), 0, language);
  }

  /** The reply to an empty message. */
  static Answer empty() {
    return new Answer(Answer.Kind.FIXED, EMPTY_DE, List.of(), List.of(), 1, "de");
  }
}
