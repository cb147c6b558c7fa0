package de.halle.smartcity.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What one Telegram integration test runs against: a started {@link FakeBotApi}, the real H2 stores in memory when the
 * test wants them, and the bots it hands to {@link #closeAfterTest}. Register it on an instance field with
 * {@code @RegisterExtension}; it starts with the test instance (so test fields can take {@link #api()} and
 * {@link #stores()}) and closes everything after the test: the bots first, then the fake, then the stores.
 */
final class TelegramFixture implements BeforeEachCallback, AfterEachCallback {
  private final FakeBotApi api;
  private final H2Stores stores;
  private final List<TelegramBot> bots = new ArrayList<>();
  private boolean used;

  private TelegramFixture(FakeBotApi api, H2Stores stores) {
    this.api = api;
    this.stores = stores;
  }

  /** The fake Bot API and a fresh in-memory H2 database with the real schema. */
  static TelegramFixture withInMemoryStores() {
    FakeBotApi api = startFake();
    try {
      return new TelegramFixture(api, H2Stores.inMemory());
    } catch (RuntimeException e) {
      api.close();
      throw e;
    }
  }

  /** Only the fake Bot API, for tests that open their own stores (a database file to restart on) or run the jar. */
  static TelegramFixture fakeApiOnly() {
    return new TelegramFixture(startFake(), null);
  }

  FakeBotApi api() {
    return api;
  }

  H2Stores stores() {
    if (stores == null) {
      throw new IllegalStateException("this fixture has no stores: use TelegramFixture.withInMemoryStores()");
    }
    return stores;
  }

  /** Closes the bot after the test, before the fake and the stores it uses; returns it. */
  TelegramBot closeAfterTest(TelegramBot bot) {
    bots.add(bot);
    return bot;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (used) {
      throw new IllegalStateException("a TelegramFixture serves one test, but " + context.getDisplayName()
          + " is the second: keep the default per-method test instance lifecycle");
    }
    used = true;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      bots.forEach(TelegramBot::close);
    } finally {
      api.close();
      if (stores != null) {
        stores.close();
      }
    }
  }

  private static FakeBotApi startFake() {
    try {
      return FakeBotApi.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the fake Bot API", e);
    }
  }
}
