package de.halle.smartcity.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of open connections to one H2 database that keeps each connection's session, and with it the
 * session's parsed statements, across loans. H2's own {@code JdbcConnectionPool} rolls every returned connection back,
 * and a {@code ROLLBACK} empties the session's statement cache, so with it every statement was parsed again on every
 * use. This pool rolls back only a connection returned with auto-commit off (an unfinished transaction) and then
 * turns auto-commit back on, so every loan starts like a fresh connection: in auto-commit mode, nothing pending.
 * The most recently returned connection is lent first. Thread-safe.
 */
final class H2SessionPool implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(H2SessionPool.class);

  private final String url;
  private final String user;
  private final String password;
  private final int size;
  private final Duration timeout;
  private final Semaphore loans;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private boolean closed;

  /**
   * A pool of at most {@code size} connections; a loan waits up to {@code timeout} for a free one. An empty
   * {@code password} is not sent, so a password in the URL counts.
   */
  H2SessionPool(String url, String user, String password, int size, Duration timeout) {
    if (size < 1) {
      throw new IllegalArgumentException("pool size must be >= 1 but was " + size);
    }
    this.url = url;
    this.user = user;
    this.password = password;
    this.size = size;
    this.timeout = timeout;
    this.loans = new Semaphore(size, true);
  }

  /**
   * Lends a connection in auto-commit mode; closing it gives it back to the pool.
   *
   * @throws SQLException when the pool is closed, all connections stay lent for the timeout, or H2 refuses to connect
   */
  Connection connection() throws SQLException {
    awaitLoan();
    try {
      return loan(idleOrNew());
    } catch (SQLException | RuntimeException e) {
      loans.release();
      throw e;
    }
  }

  /**
   * Waits for a free connection; an interrupt does not cut the wait short (a bot shutting down interrupts its workers
   * and they must still record how their messages ended), it is kept for the caller.
   */
  private void awaitLoan() throws SQLException {
    if (loans.tryAcquire()) {
      return;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          if (loans.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            return;
          }
          throw new SQLException("no free connection to " + url + " within " + timeout + ": all " + size + " are lent");
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Connection idleOrNew() throws SQLException {
    synchronized (this) {
      if (closed) {
        throw new SQLException("the connection pool of " + url + " is closed");
      }
      if (!idle.isEmpty()) {
        return idle.pop();
      }
    }
    Properties credentials = new Properties();
    credentials.setProperty("user", user);
    if (!password.isEmpty()) {
      credentials.setProperty("password", password);
    }
    return DriverManager.getConnection(url, credentials);
  }

  private Connection loan(Connection session) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        new Loan(session));
  }

  /** Takes a connection back: clean ones wait for the next loan, broken ones and those after close are closed. */
  private void giveBack(Connection session) {
    try {
      boolean usable = !session.isClosed();
      if (usable && !session.getAutoCommit()) {
        session.rollback();
        session.setAutoCommit(true);
      }
      synchronized (this) {
        if (usable && !closed) {
          idle.push(session);
          return;
        }
      }
      session.close();
    } catch (SQLException e) {
      closeQuietly(session);
    } finally {
      loans.release();
    }
  }

  /** Closes the idle connections now and each lent one when it comes back; later loans fail. */
  @Override
  public void close() {
    List<Connection> open;
    synchronized (this) {
      closed = true;
      open = new ArrayList<>(idle);
      idle.clear();
    }
    open.forEach(H2SessionPool::closeQuietly);
  }

  private static void closeQuietly(Connection session) {
    try {
      session.close();
    } catch (SQLException e) {
      LOG.warn("could not close a discarded H2 connection: {}", e.toString());
    }
  }

  /** One loan of a connection: calls go to the session until the borrower closes it. */
  private final class Loan implements InvocationHandler {
    private final Connection session;
    private boolean returned;

    private Loan(Connection session) {
      this.session = session;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "close":
          returnOnce();
          return null;
        case "isClosed":
          return isReturned() || session.isClosed();
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "pooled " + session;
        default:
          if (isReturned()) {
            throw new SQLException("connection to " + url + " was already closed (given back to the pool)");
          }
          try {
            return method.invoke(session, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
      }
    }

    private synchronized boolean isReturned() {
      return returned;
    }

    private void returnOnce() {
      synchronized (this) {
        if (returned) {
          return;
        }
        returned = true;
      }
      giveBack(session);
    }
  }
}
