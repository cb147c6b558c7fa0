package de.halle.smartcity.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Keeps one update the library cannot read from blocking the bot: the library parses a {@code getUpdates} batch as a
 * whole and, when one update in it does not fit its types, retries the same batch forever (the offset never moves
 * past it), so no later message is answered. {@link TolerantGetUpdates} hands such a batch here, and each update the
 * library cannot read is replaced by one with only its {@code update_id} (read as nothing to answer, and confirmed by
 * the next offset) and logged; a body that is not a Bot API answer at all is handed back unchanged for the library's
 * back-off. Thread-safe.
 */
final class UnreadableUpdateFilter {
  private static final Logger LOG = LoggerFactory.getLogger(UnreadableUpdateFilter.class);

  private final ObjectMapper json = new ObjectMapper();

  /**
   * The batch itself (the same string) when the library can read it or it is no batch of updates, else the batch with
   * each unreadable update reduced to its id.
   */
  String readable(String batch) {
    if (readsAsBatch(batch)) {
      return batch;
    }
    JsonNode tree;
    try {
      tree = json.readTree(batch);
    } catch (JsonProcessingException e) {
      return batch;
    }
    if (!(tree.path("result") instanceof ArrayNode updates)) {
      return batch;
    }
    for (int i = 0; i < updates.size(); i++) {
      JsonNode update = updates.get(i);
      if (update.path("update_id").canConvertToLong() && !readsAsBatch(batchOf(update))) {
        long id = update.path("update_id").asLong();
        LOG.warn("update {} cannot be read by the Telegram library (fields: {}); passed over so that later "
            + "messages are answered", id, fieldNames(update));
        updates.set(i, json.createObjectNode().put("update_id", id));
      }
    }
    return tree.toString();
  }

  private String batchOf(JsonNode update) {
    ObjectNode batch = json.createObjectNode().put("ok", true);
    batch.putArray("result").add(update);
    return batch.toString();
  }

  private static boolean readsAsBatch(String batch) {
    try {
      new GetUpdates().deserializeResponse(batch);
      return true;
    } catch (TelegramApiRequestException | RuntimeException e) {
      return false;
    }
  }

  private static String fieldNames(JsonNode update) {
    StringBuilder names = new StringBuilder();
    update.fieldNames().forEachRemaining(name -> names.append(names.isEmpty() ? "" : ",").append(name));
    return names.toString();
  }
}
