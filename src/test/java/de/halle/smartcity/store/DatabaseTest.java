package de.halle.smartcity.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.h2.command.Command;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @Test
  void migratesAFreshDatabaseToTheCurrentSchema() throws SQLException {
    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID())) {
      assertThat(tables(db)).contains("processed_update", "question", "feedback", "flyway_schema_history");
    }
  }

  @Test
  void keepsRowsAcrossRestartsOfAFileDatabase(@TempDir Path dir) throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("bot").toAbsolutePath();
    try (Database db = Database.open(url); Connection c = db.connection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO processed_update (update_id, status, attempts, created_at, claimed_at)"
          + " VALUES (7, 'DONE', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }
    try (Database db = Database.open(url); Connection c = db.connection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM processed_update WHERE update_id = 7")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void handsOutQuestionAndFeedbackIdsFromACacheOfAThousand() throws SQLException {
    String sql = "SELECT TABLE_NAME, IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS WHERE IS_IDENTITY = 'YES'"
        + " AND TABLE_NAME IN ('QUESTION', 'FEEDBACK') ORDER BY TABLE_NAME";
    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID()); Connection c = db.connection();
        Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
      List<String> caches = new ArrayList<>();
      while (rows.next()) {
        caches.add(rows.getString(1) + "=" + rows.getLong(2));
      }
      assertThat(caches).containsExactly("FEEDBACK=1000", "QUESTION=1000");
    }
  }

  @Test
  void keepsEnoughParsedStatementsPerSessionForAWholeAnsweredMessage(@TempDir Path dir) throws SQLException {
    try (Database file = Database.open("jdbc:h2:file:" + dir.resolve("bot").toAbsolutePath());
        Database memory = Database.open("jdbc:h2:mem:" + UUID.randomUUID())) {
      assertThat(queryCacheSize(file)).isEqualTo("64");
      assertThat(queryCacheSize(memory)).isEqualTo("64");
    }
  }

  @Test
  void keepsAQueryCacheSizeTheUrlSetsItself() throws SQLException {
    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";query_cache_size=5")) {
      assertThat(queryCacheSize(db)).isEqualTo("5");
    }
  }

  private static String queryCacheSize(Database db) throws SQLException {
    String sql = "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'";
    try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
      assertThat(rows.next()).as("QUERY_CACHE_SIZE listed in INFORMATION_SCHEMA.SETTINGS").isTrue();
      return rows.getString(1);
    }
  }

  @Test
  void lendsAConnectionWithItsSessionAndParsedStatementsAgain() throws SQLException {
    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID())) {
      Command first;
      long firstSession;
      try (Connection c = db.connection()) {
        firstSession = sessionId(c);
        first = parse(c);
      }
      try (Connection c = db.connection()) {
        assertThat(sessionId(c)).isEqualTo(firstSession);
        assertThat(parse(c)).as("statement taken from the session's cache").isSameAs(first);
      }
    }
  }

  @Test
  void rollsBackWhatAConnectionLeftUncommittedAndLendsItInAutoCommitMode() throws SQLException {
    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID())) {
      try (Connection c = db.connection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE seen (id INT PRIMARY KEY)");
        c.setAutoCommit(false);
        s.execute("INSERT INTO seen VALUES (1)");
      }
      try (Connection c = db.connection(); Statement s = c.createStatement();
          ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM seen")) {
        assertThat(c.getAutoCommit()).isTrue();
        rows.next();
        assertThat(rows.getInt(1)).isZero();
      }
    }
  }

  @Test
  void lendsToAnInterruptedThreadWaitingForAFreeConnectionAndKeepsItsInterrupt() throws Exception {
    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID())) {
      List<Connection> lent = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        lent.add(db.connection());
      }
      Thread giveBack = new Thread(() -> {
        try {
          Thread.sleep(300);
          lent.get(0).close();
        } catch (InterruptedException | SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      giveBack.start();
      Thread.currentThread().interrupt();
      try (Connection c = db.connection()) {
        assertThat(c.isValid(1)).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt kept for the caller").isTrue();
      } finally {
        Thread.interrupted();
        giveBack.join();
        for (Connection c : lent.subList(1, lent.size())) {
          c.close();
        }
      }
    }
  }

  @Test
  void namesTheUrlWhenTheDatabaseCannotBeReached() {
    assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/bot?connectTimeout=2&password=secret"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/bot")
        .hasMessageNotContaining("secret");
  }

  private static long sessionId(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT SESSION_ID()")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Prepares a statement the way JDBC does and closes it again, so the session may hand it out again. */
  private static Command parse(Connection c) throws SQLException {
    SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
    Command command = session.prepareLocal("SELECT COUNT(*) FROM processed_update WHERE update_id > ?");
    command.close();
    return command;
  }

  @Test
  void listsEveryTableWithAChatHashAsPersonal() throws SQLException {
    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID()); Connection c = db.connection();
        ResultSet columns = c.getMetaData().getColumns(null, null, null, "CHAT_HASH")) {
      List<String> withChatHash = new ArrayList<>();
      while (columns.next()) {
        withChatHash.add(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
      assertThat(withChatHash).containsExactlyInAnyOrderElementsOf(Database.PERSONAL_TABLES);
    }
  }

  @Test
  void connectsAsTheConfiguredUser(@TempDir Path dir) throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("bot").toAbsolutePath();
    try (Database db = Database.open(url, Optional.of("office"), Optional.of("geheim"));
        Connection c = db.connection()) {
      assertThat(c.getMetaData().getUserName()).isEqualToIgnoringCase("office");
    }
    assertThatThrownBy(() -> Database.open(url, Optional.of("office"), Optional.of("falsch")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(url);
  }

  @Test
  void rejectsAUrlThatIsNotJdbcAndNamesIt() {
    assertThatThrownBy(() -> Database.open("postgres://db/bot"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("postgres://db/bot");
  }

  @Test
  void hidesPasswordsWhenDescribingTheUrl() {
    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";password=secret")) {
      assertThat(db.describe()).doesNotContain("secret").contains("password=***");
    }
  }

  static List<String> tables(Database db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = db.connection();
        ResultSet rows = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
