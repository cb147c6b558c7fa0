package de.halle.smartcity.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads every row of every table in a test database as text, so tests can assert what is (not) stored. */
public final class StoredRows {

  private StoredRows() {}

  /** One string per row, "table: value|value|...", over all user tables except Flyway's history. */
  public static List<String> all(Database db) throws SQLException {
    List<String> rows = new ArrayList<>();
    for (String table : userTables(db)) {
      try (Connection c = db.connection(); Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
        while (r.next()) {
          StringBuilder row = new StringBuilder(table).append(':');
          for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
            row.append(' ').append(r.getString(i)).append('|');
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }

  /** Rows of one table only. */
  public static List<String> of(Database db, String table) throws SQLException {
    return all(db).stream().filter(row -> row.startsWith(table + ":")).toList();
  }

  private static List<String> userTables(Database db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = db.connection();
        ResultSet r = c.getMetaData().getTables(null, c.getSchema(), null, new String[] {"TABLE"})) {
      while (r.next()) {
        String name = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!name.startsWith("flyway")) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
