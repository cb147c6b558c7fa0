package de.halle.smartcity.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The command menus Telegram shows: German by default, English for users whose Telegram is set to English. */
final class BotCommands {
  private static final Logger LOG = LoggerFactory.getLogger(BotCommands.class);
  private static final Map<String, String> GERMAN = ordered(
      "start", "start", "help", "hilfe", "sources", "quellen", "about", "ueber", "privacy", "datenschutz",
      "forget", "vergessen");
  private static final Map<String, String> ENGLISH = ordered(
      "start", "start", "help", "help", "sources", "sources", "about", "about", "privacy", "privacy",
      "forget", "forget");

  private BotCommands() {}

  /** Registers both menus; a failure is logged, not fatal (commands work without a menu). */
  static void register(BotApi api, Texts texts) {
    for (SetMyCommands menu : menus(texts)) {
      try {
        api.call(menu);
      } catch (BotApiException e) {
        LOG.warn("command menu not registered: {}", e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The {@code setMyCommands} requests to send at start. */
  static List<SetMyCommands> menus(Texts texts) {
    return List.of(
        SetMyCommands.builder().commands(commands(texts, GERMAN, false)).build(),
        SetMyCommands.builder().commands(commands(texts, ENGLISH, true)).languageCode("en").build());
  }

  private static List<BotCommand> commands(Texts texts, Map<String, String> names, boolean english) {
    List<BotCommand> commands = new ArrayList<>();
    names.forEach((role, name) -> commands.add(new BotCommand(name, texts.get(english, "command." + role))));
    return commands;
  }

  private static Map<String, String> ordered(String... roleNamePairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < roleNamePairs.length; i += 2) {
      map.put(roleNamePairs[i], roleNamePairs[i + 1]);
    }
    return map;
  }
}
