package de.halle.smartcity.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.h2.command.Command;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class H2SessionPoolTest {

  private static final String SQL = "SELECT COUNT(*) FROM seen WHERE id > ?";

  private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";QUERY_CACHE_SIZE=64";
  private final H2SessionPool pool = new H2SessionPool(url, "sa", "", 2, Duration.ofMillis(200));

  @AfterEach
  void close() {
    pool.close();
  }

  @Test
  void lendsTheSameSessionAgainWithItsParsedStatements() throws SQLException {
    execute("CREATE TABLE seen (id INT PRIMARY KEY)");
    Command first;
    long firstSession;
    try (Connection c = pool.connection()) {
      firstSession = sessionId(c);
      first = parse(c);
    }
    try (Connection c = pool.connection()) {
      assertThat(sessionId(c)).isEqualTo(firstSession);
      assertThat(parse(c)).as("statement taken from the session's cache").isSameAs(first);
    }
  }

  @Test
  void h2sOwnPoolParsesEveryStatementAgainAfterItsRollbackOnReturn() throws SQLException {
    JdbcConnectionPool h2Pool = JdbcConnectionPool.create(url, "sa", "");
    try {
      execute("CREATE TABLE seen (id INT PRIMARY KEY)");
      Command first;
      try (Connection c = h2Pool.getConnection()) {
        first = parse(c);
      }
      try (Connection c = h2Pool.getConnection()) {
        assertThat(parse(c)).isNotSameAs(first);
      }
    } finally {
      h2Pool.dispose();
    }
  }

  @Test
  void rollsBackWhatALoanLeftUncommittedAndLendsItInAutoCommitMode() throws SQLException {
    execute("CREATE TABLE seen (id INT PRIMARY KEY)");
    try (Connection c = pool.connection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.executeUpdate("INSERT INTO seen VALUES (1)");
    }
    try (Connection c = pool.connection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM seen")) {
      assertThat(c.getAutoCommit()).isTrue();
      rows.next();
      assertThat(rows.getInt(1)).isZero();
    }
  }

  @Test
  void refusesCallsOnAClosedLoanAndIgnoresASecondClose() throws SQLException {
    Connection c = pool.connection();
    c.close();
    c.close();
    assertThat(c.isClosed()).isTrue();
    assertThatThrownBy(c::createStatement).isInstanceOf(SQLException.class).hasMessageContaining("already closed");
    try (Connection again = pool.connection(); Connection other = pool.connection()) {
      assertThat(again.isClosed()).isFalse();
      assertThat(other.isClosed()).isFalse();
    }
  }

  @Test
  void failsALoanWhenEveryConnectionStaysLentBeyondTheTimeout() throws SQLException {
    try (Connection a = pool.connection(); Connection b = pool.connection()) {
      assertThat(a).isNotSameAs(b);
      assertThatThrownBy(pool::connection).isInstanceOf(SQLException.class)
          .hasMessageContaining("all 2 are lent");
    }
    try (Connection c = pool.connection()) {
      assertThat(c.isClosed()).isFalse();
    }
  }

  @Test
  void lendsToAnInterruptedThreadAndKeepsItsInterrupt() throws SQLException {
    try (Connection held = pool.connection()) {
      Thread.currentThread().interrupt();
      try (Connection c = pool.connection()) {
        assertThat(sessionId(c)).isNotEqualTo(sessionId(held));
        assertThatThrownBy(pool::connection).as("waits the full timeout, not cut short by the interrupt")
            .isInstanceOf(SQLException.class).hasMessageContaining("all 2 are lent");
      }
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void closesLentConnectionsWhenTheyComeBackAfterThePoolClosed() throws SQLException {
    Connection lent = pool.connection();
    Connection physical = lent.unwrap(JdbcConnection.class);
    pool.close();
    assertThatThrownBy(pool::connection).isInstanceOf(SQLException.class).hasMessageContaining("closed");
    assertThat(physical.isClosed()).isFalse();
    lent.close();
    assertThat(physical.isClosed()).isTrue();
  }

  @Test
  void refusesAPoolWithoutConnections() {
    assertThatThrownBy(() -> new H2SessionPool(url, "sa", "", 0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("pool size must be >= 1 but was 0");
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = pool.connection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long sessionId(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT SESSION_ID()")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Prepares the statement the way JDBC does and closes it again, so the session may hand it out again. */
  private static Command parse(Connection c) throws SQLException {
    SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
    Command command = session.prepareLocal(SQL);
    command.close();
    return command;
  }
}
