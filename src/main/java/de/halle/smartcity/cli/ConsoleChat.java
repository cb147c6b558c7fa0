package de.halle.smartcity.cli;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.answer.QuestionAnswerer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The interactive console chat a newcomer gets without a Telegram token: a prompt, answers with their sources, and
 * follow-up questions that use the last few questions as context; {@code exit} or end of input quits.
 */
public final class ConsoleChat implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "chat",
          "[--knowledge DIR]",
          "chat in the console (the default without TELEGRAM_BOT_TOKEN); 'exit' or Ctrl-D quits",
          Set.of(),
          Set.of("--knowledge"),
          0);
  private static final Set<String> EXIT = Set.of("exit", "quit", "beenden", "ende", ":q");
  /** Commands the answerer replies to itself; the others belong to the Telegram bot. */
  private static final Set<String> ANSWERED_COMMANDS = Set.of("start", "hilfe", "help");

  private final KnowledgeBase knowledge;

  public ConsoleChat(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws Exception {
    terminal.out().println("Smart City Halle – Bürger-Bot. Wissen wird geladen …");
    try (KnowledgeBase.Opened opened = knowledge.open(knowledge.folder(arguments), terminal)) {
      terminal.out().println(
          opened.snapshot().documents().size()
              + " Pressemitteilungen geladen. Stellen Sie Ihre Frage (Beenden: exit oder Strg-D).");
      chat(opened.answerer(), terminal);
    }
    return 0;
  }

  private static void chat(QuestionAnswerer answerer, Terminal terminal) throws IOException {
    Deque<String> recent = new ArrayDeque<>();
    while (true) {
      terminal.out().print("\n> ");
      terminal.out().flush();
      String line = terminal.in().readLine();
      String text = line == null ? null : visible(line);
      if (text == null || EXIT.contains(text.toLowerCase(Locale.ROOT))) {
        terminal.out().println(line == null ? "\nAuf Wiedersehen!" : "Auf Wiedersehen!");
        return;
      }
      if (text.isEmpty()) {
        continue;
      }
      if (text.startsWith("/")) {
        terminal.out().println(command(text, answerer));
        continue;
      }
      Answer answer = answerer.answer(new Question(text, List.copyOf(recent)));
      terminal.out().println(answer.text());
      if (answer.kind() != Answer.Kind.FIXED) {
        recent.addLast(text);
        if (recent.size() > Question.MAX_RECENT_QUESTIONS) {
          recent.removeFirst();
        }
      }
    }
  }

  /** The line without invisible format characters (a file's byte order mark, zero-width spaces) and outer spaces. */
  private static String visible(String line) {
    return line.replaceAll("\\p{Cf}", "").strip();
  }

  /**
   * The reply to a command line as in Telegram: {@code /start} and {@code /hilfe} also with a start payload or a
   * bot name ({@code /start abc}, {@code /hilfe@HalleBot}); other commands exist only in the Telegram bot.
   */
  private static String command(String text, QuestionAnswerer answerer) {
    String word = text.substring(1).split("\\s+", 2)[0];
    String name = word.substring(0, word.indexOf('@') < 0 ? word.length() : word.indexOf('@'))
        .toLowerCase(Locale.ROOT);
    if (ANSWERED_COMMANDS.contains(name)) {
      return answerer.answer(new Question("/" + name, List.of())).text();
    }
    return "Den Befehl /" + name + " gibt es hier in der Konsole nicht. Stellen Sie einfach Ihre Frage, /hilfe zeigt "
        + "mehr, exit beendet.";
  }
}
