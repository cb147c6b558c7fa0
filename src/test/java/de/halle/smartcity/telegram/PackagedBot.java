package de.halle.smartcity.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the packaged application ({@code java -jar target/halle-bot.jar}) in its own JVM against a
 * {@link FakeBotApi}, with a copy of the project's knowledge and a data folder of the test's choosing.
 */
final class PackagedBot {
  static final Path JAR = Path.of("target/halle-bot.jar");

  private final FakeBotApi api;
  private final Path knowledge;
  private final Path data;
  private final long admin;

  private PackagedBot(FakeBotApi api, Path knowledge, Path data, long admin) {
    this.api = api;
    this.knowledge = knowledge;
    this.data = data;
    this.admin = admin;
  }

  /** A bot whose knowledge is copied into {@code dir/knowledge} and whose data lives in {@code dir/data}. */
  static PackagedBot in(Path dir, FakeBotApi api, long admin) throws IOException {
    return new PackagedBot(api, copyOfProjectKnowledge(dir.resolve("knowledge")), dir.resolve("data"), admin);
  }

  Path knowledge() {
    return knowledge;
  }

  /** The command line for {@code java -jar} with the arguments, and only the bot's settings in the environment. */
  ProcessBuilder java(List<String> args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(Stream.concat(Stream.of(java, "-jar", JAR.toString()), args.stream()).toList());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("TELEGRAM_") || name.startsWith("BOT_")
        || name.startsWith("DATABASE_") || name.equals("KNOWLEDGE_DIR") || name.equals("DATA_DIR"));
    environment.putAll(Map.of(
        "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
        "TELEGRAM_API_URL", api.url(),
        "KNOWLEDGE_DIR", knowledge.toString(),
        "DATA_DIR", data.toString(),
        "BOT_ADMIN_IDS", String.valueOf(admin)));
    return builder;
  }

  private static Path copyOfProjectKnowledge(Path target) throws IOException {
    Files.createDirectories(target);
    Path source = Path.of("knowledge");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }
}
