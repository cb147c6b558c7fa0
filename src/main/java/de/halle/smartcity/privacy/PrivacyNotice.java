package de.halle.smartcity.privacy;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code /datenschutz} text: exactly what the bot stores, for how long, and how to delete it, rendered from the
 * running configuration. Texts contain no {@code <}, {@code >} or {@code &}, so they are safe as plain text and in
 * parse mode HTML. Thread-safe.
 */
public final class PrivacyNotice {

  /** One stored item, the database columns it covers and how it is described to citizens. */
  private record StoredItem(List<String> columns, String german, String english) {}

  private static final List<StoredItem> ITEMS = List.of(
      new StoredItem(List.of("chat_hash"),
          "ein Pseudonym Ihres Chats (ein mit geheimem Schlüssel berechneter Hashwert, HMAC-SHA256) – nicht Ihre"
              + " Telegram-ID, Ihr Name oder Benutzername",
          "a pseudonym of your chat (a hash computed with a secret key, HMAC-SHA256) – not your Telegram id, name"
              + " or username"),
      new StoredItem(List.of("created_at"), "den Zeitpunkt", "the time"),
      new StoredItem(List.of("question_text"),
          "den Text Ihrer Frage, wie der Bot sie gelesen hat (ohne Anrede, Vorstellung und Grußformel), nachdem %s"
              + " durch Platzhalter ersetzt wurden; besteht eine Nachricht überwiegend aus solchen Daten, speichern wir"
              + " ihren Text gar nicht",
          "the text of your question as the bot read it (without greeting, introduction and sign-off) after %s were"
              + " replaced by placeholders; if a message consists mostly of such data, its text is not stored at all"),
      new StoredItem(List.of("removed_kinds"),
          "welche Arten solcher Daten entfernt wurden (nicht die Daten selbst)",
          "which kinds of such data were removed (not the data itself)"),
      new StoredItem(
          List.of("reply_kind", "answered", "confidence", "top_source_file", "top_source_title", "language"),
          "wie der Bot geantwortet hat: ob er eine Antwort fand, wie sicher er war, aus welcher Pressemitteilung und"
              + " in welcher Sprache",
          "how the bot replied: whether it found an answer, how confident it was, from which press release and in"
              + " which language"),
      new StoredItem(List.of("helpful"), "Ihre Bewertung 👍 oder 👎, wenn Sie eine abgeben",
          "your 👍 or 👎 rating, if you give one"),
      new StoredItem(List.of("id", "question_id"), "laufende Nummern, die die Einträge verknüpfen",
          "sequence numbers linking the entries"),
      new StoredItem(List.of("update_id", "next_attempt_at", "rounds", "sealed_payload"),
          "nur wenn eine Antwort wegen einer Störung nicht zugestellt werden konnte: Ihre Nachricht verschlüsselt,"
              + " bis sie beantwortet ist (höchstens etwa eine Stunde), mit der Nummer der Telegram-Nachricht und dem"
              + " Zeitpunkt des nächsten Versuchs",
          "only if an answer could not be delivered because of a disruption: your message, encrypted, until it is"
              + " answered (about an hour at most), with the number of the Telegram message and the time of the next"
              + " try"));

  private final int retentionDays;

  /** A notice for a bot that keeps rows for {@code retentionDays} days ({@code BOT_RETENTION_DAYS}). */
  public PrivacyNotice(int retentionDays) {
    if (retentionDays < 1) {
      throw new IllegalArgumentException("retentionDays must be at least 1 but was " + retentionDays);
    }
    this.retentionDays = retentionDays;
  }

  /** Every database column of the personal tables that the notice describes. */
  public static Set<String> describedColumns() {
    return ITEMS.stream().flatMap(item -> item.columns().stream())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The German notice for {@code /datenschutz}. */
  public String german() {
    return "Datenschutz – was dieser Bot speichert\n\nZu jeder Frage speichern wir:\n"
        + items(StoredItem::german, kinds(PersonalDataKind::germanName, "und"))
        + "\nAußerdem merken wir uns die Nummern bereits beantworteter Telegram-Nachrichten (ohne Inhalt und ohne"
        + " Bezug zu Ihnen), damit keine Frage doppelt beantwortet wird.\n\n"
        + "Wofür: um Fragen zu erkennen, die die Pressemitteilungen noch nicht beantworten, und den Bot zu"
        + " verbessern. Die Redaktion sieht nur Fragetexte und Zahlen, nie Ihr Pseudonym.\n\n"
        + "Wie lange: Alle Einträge werden nach " + retentionDays + " Tagen automatisch gelöscht (täglich"
        + " geprüft).\n\n"
        + "Löschen: Senden Sie /vergessen – dann löschen wir sofort alles, was zu Ihrem Chat gespeichert ist.\n\n"
        + "Telegram selbst verarbeitet Ihre Nachrichten nach seinen eigenen Datenschutzbestimmungen.";
  }

  /** The English notice for {@code /datenschutz} (or {@code /privacy}) in English chats. */
  public String english() {
    return "Privacy – what this bot stores\n\nFor every question we store:\n"
        + items(StoredItem::english, kinds(PersonalDataKind::englishName, "and"))
        + "\nWe also keep the numbers of Telegram messages already answered (no content, no link to you), so that"
        + " no question is answered twice.\n\n"
        + "Why: to find questions the press releases do not answer yet and to improve the bot. The press office"
        + " sees question texts and counts only, never your pseudonym.\n\n"
        + "How long: every entry is deleted automatically after " + retentionDays + " days (checked daily).\n\n"
        + "Deleting: send /vergessen and we delete everything stored about your chat at once.\n\n"
        + "Telegram itself processes your messages under its own privacy policy.";
  }

  /** The German confirmation after {@code /vergessen} removed {@code removedRows} rows. */
  public String forgetConfirmation(int removedRows) {
    if (removedRows < 0) {
      throw new IllegalArgumentException("removedRows must not be negative but was " + removedRows);
    }
    return removedRows == 0
        ? "Zu Ihrem Chat war nichts gespeichert – es gibt nichts zu löschen."
        : "Erledigt: Wir haben alles gelöscht, was zu Ihrem Chat gespeichert war (" + removedRows
            + (removedRows == 1 ? " Eintrag)." : " Einträge).");
  }

  /** The number of days rows are kept. */
  public int retentionDays() {
    return retentionDays;
  }

  private static String items(Function<StoredItem, String> text, String kinds) {
    return ITEMS.stream().map(item -> "• " + String.format(text.apply(item), kinds) + "\n")
        .collect(Collectors.joining());
  }

  private static String kinds(Function<PersonalDataKind, String> name, String and) {
    List<String> names = Arrays.stream(PersonalDataKind.values()).map(name).toList();
    return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
  }
}
