package de.halle.smartcity.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.halle.smartcity.privacy.PrivacyNotice;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PrivacyNoticeMatchesSchemaTest {

  @Test
  void describesEveryColumnOfEveryPersonalTable() throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID()); Connection c = db.connection()) {
      for (String table : Database.PERSONAL_TABLES) {
        try (ResultSet rows = c.getMetaData().getColumns(null, null, table.toUpperCase(Locale.ROOT), null)) {
          while (rows.next()) {
            columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    }

    assertThat(columns).isNotEmpty();
    assertThat(PrivacyNotice.describedColumns()).containsExactlyInAnyOrderElementsOf(columns);
  }
}
