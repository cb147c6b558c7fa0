package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.answer.Question;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleChatTest {

  @TempDir Path knowledgeDir;

  private final FakeKnowledge knowledge = new FakeKnowledge();
  private int exitCode = -1;

  private CapturedTerminal chat(String stdin) {
    CapturedTerminal terminal = new CapturedTerminal(stdin);
    exitCode =
        new CommandLine(List.of(new ConsoleChat(knowledge.base(knowledgeDir))), "chat")
            .run(List.of(), terminal.terminal());
    return terminal;
  }

  @Test
  void answersWithTheirSourcesAndStopsAtExit() {
    CapturedTerminal terminal = chat("Welche Kosten entstehen?\nexit\nWer kommt?\n");

    assertThat(exitCode).isZero();
    assertThat(terminal.out())
        .contains("> Für die Stadt entstehen keine Kosten.\nQuelle: Testmitteilung (Stand 21.04.2023)")
        .endsWith("> Auf Wiedersehen!\n");
    assertThat(knowledge.answerer.asked()).extracting(Question::text).containsExactly("Welche Kosten entstehen?");
    assertThat(knowledge.answerer.closed()).isTrue();
  }

  @Test
  void endOfInputQuitsLikeCtrlD() {
    CapturedTerminal terminal = chat("Wer kommt?\n");

    assertThat(exitCode).isZero();
    assertThat(terminal.out()).contains("Dazu steht nichts").endsWith("Auf Wiedersehen!\n");
  }

  @Test
  void followUpQuestionsCarryTheLastThreeQuestionsAsContext() {
    chat("Eins?\n\nZwei?\nDrei?\nVier?\nQUIT\n");

    List<Question> asked = knowledge.answerer.asked();
    assertThat(asked).extracting(Question::text).containsExactly("Eins?", "Zwei?", "Drei?", "Vier?");
    assertThat(asked.get(0).recentQuestions()).isEmpty();
    assertThat(asked.get(1).recentQuestions()).containsExactly("Eins?");
    assertThat(asked.get(3).recentQuestions()).containsExactly("Eins?", "Zwei?", "Drei?");
  }

  @Test
  void aFixedReplyIsNoContextForTheNextQuestionAsInTelegram() {
    chat("Welche Kosten?\nHallo\n2020?\nexit\n");

    List<Question> asked = knowledge.answerer.asked();
    assertThat(asked).extracting(Question::text).containsExactly("Welche Kosten?", "Hallo", "2020?");
    assertThat(asked.get(2).recentQuestions()).containsExactly("Welche Kosten?");
  }

  @Test
  void startAndHelpAreAskedWithoutPayloadOrBotNameAndOtherCommandsAreExplainedNotAnswered() {
    CapturedTerminal terminal = chat("/start quelle-42\n/HILFE@HalleBot\n/foo bar\n/quellen\nexit\n");

    assertThat(knowledge.answerer.asked()).extracting(Question::text).containsExactly("/start", "/hilfe");
    assertThat(knowledge.answerer.asked()).allSatisfy(q -> assertThat(q.recentQuestions()).isEmpty());
    assertThat(terminal.out())
        .contains("> Den Befehl /foo gibt es hier in der Konsole nicht. Stellen Sie einfach Ihre Frage, /hilfe zeigt "
            + "mehr, exit beendet.\n")
        .contains("> Den Befehl /quellen gibt es hier");
  }

  @Test
  void invisibleCharactersAloneAreAnEmptyLineAndAByteOrderMarkDoesNotHideExit() {
    chat("\uFEFFWelche Kosten?\n\u200B\u2060\n\uFEFFexit\nWer kommt?\n");

    assertThat(knowledge.answerer.asked()).extracting(Question::text).containsExactly("Welche Kosten?");
  }

  @Test
  void takesNoArguments() {
    CapturedTerminal terminal = new CapturedTerminal("");
    int code =
        new CommandLine(List.of(new ConsoleChat(knowledge.base(knowledgeDir))), "chat")
            .run(List.of("chat", "Wer?"), terminal.terminal());

    assertThat(code).isEqualTo(2);
    assertThat(terminal.err()).contains("takes no arguments but got 'Wer?'");
  }
}
