package de.halle.smartcity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command as a newcomer runs it: {@code java -jar target/halle-bot.jar} without a Telegram token
 * opens the console chat on the project's knowledge, and the terminal shows only the chat.
 */
class ConsoleChatIT {

  private static final Path JAR = Path.of("target/halle-bot.jar");

  @TempDir Path data;

  @Test
  void theConsoleChatShowsTheAnswerWithItsSourceAndNoLibraryLogLines() throws Exception {
    Path transcript = data.resolve("terminal.txt");
    Process chat = console().redirectErrorStream(true).redirectOutput(transcript.toFile()).start();
    chat.getOutputStream().write("Was hat die Reise nach New York die Stadt gekostet?\nexit\n"
        .getBytes(StandardCharsets.UTF_8));
    chat.getOutputStream().close();

    assertThat(chat.waitFor(120, TimeUnit.SECONDS)).as("console chat ends after exit").isTrue();
    List<String> lines = Files.readAllLines(transcript, StandardCharsets.UTF_8);

    assertThat(chat.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("keine Kosten"))
        .anySatisfy(line -> assertThat(line).startsWith("Quelle: "));
    assertThat(lines).as("log lines in the chat").noneMatch(line -> line.matches("^\\[[^]]+\\] (WARN|INFO|DEBUG) .*"));
  }

  @Test
  void onnxRuntimeLoadsItsLibrariesFromTheDataFolderAndLeavesNoTemporaryFolder() throws Exception {
    Path temporary = Files.createDirectories(data.resolve("tmp"));
    ProcessBuilder builder = console(List.of("-Djava.io.tmpdir=" + temporary));
    Process chat = builder.redirectErrorStream(true).redirectOutput(data.resolve("terminal.txt").toFile()).start();
    chat.getOutputStream().write("Was kostet die Reise?\nexit\n".getBytes(StandardCharsets.UTF_8));
    chat.getOutputStream().close();

    assertThat(chat.waitFor(120, TimeUnit.SECONDS)).as("console chat ends after exit").isTrue();
    assertThat(chat.exitValue()).as(Files.readString(data.resolve("terminal.txt"))).isZero();
    try (Stream<Path> left = Files.list(temporary)) {
      assertThat(left.map(path -> path.getFileName().toString())).as("left in java.io.tmpdir")
          .noneMatch(name -> name.startsWith("onnxruntime"));
    }
    try (Stream<Path> unpacked = Files.walk(data.resolve("data").resolve("native"))) {
      assertThat(unpacked.map(path -> path.getFileName().toString()))
          .contains(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
    }
  }

  /** {@code java -jar} with no command, the project's knowledge and a fresh data folder, and no Telegram token. */
  private ProcessBuilder console() throws IOException {
    return console(List.of());
  }

  /** As {@link #console()}, with options for the JVM. */
  private ProcessBuilder console(List<String> jvmOptions) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(
        Stream.of(Stream.of(java), jvmOptions.stream(), Stream.of("-jar", JAR.toString())).flatMap(s -> s).toList());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("TELEGRAM_") || name.startsWith("BOT_")
        || name.startsWith("DATABASE_") || name.equals("KNOWLEDGE_DIR") || name.equals("DATA_DIR"));
    environment.putAll(Map.of("KNOWLEDGE_DIR", "knowledge", "DATA_DIR", Files.createDirectories(data.resolve("data"))
        .toString()));
    return builder;
  }
}
