package de.halle.smartcity.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The bot's {@code getUpdates} request, which reads its answer like the library does and, only when that fails
 * because one update in the batch does not fit the library's types, reads it again with that update passed over
 * ({@link UnreadableUpdateFilter}); a batch the library reads costs no second parse. Sent exactly as its superclass.
 */
final class TolerantGetUpdates extends GetUpdates {
  private static final long serialVersionUID = 1L;

  private final transient UnreadableUpdateFilter filter;
  private final transient PollWatch watch;

  TolerantGetUpdates(int offset, int limit, int timeout, List<String> allowedUpdates, UnreadableUpdateFilter filter,
      PollWatch watch) {
    super(offset, limit, timeout, allowedUpdates);
    this.filter = filter;
    this.watch = watch;
  }

  /** The batch of updates; an answer that cannot be read is also told to the {@link PollWatch} for the log line. */
  @Override
  public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
    try {
      return read(answer);
    } catch (TelegramApiRequestException | RuntimeException unreadable) {
      watch.unreadable(answer, unreadable);
      throw unreadable;
    }
  }

  private ArrayList<Update> read(String answer) throws TelegramApiRequestException {
    try {
      return super.deserializeResponse(answer);
    } catch (TelegramApiRequestException | RuntimeException unread) {
      String readable = filter.readable(answer);
      if (readable == answer) {
        throw unread;
      }
      return super.deserializeResponse(readable);
    }
  }
}
