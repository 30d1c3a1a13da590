import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** The bench's anchor: a bare JVM opening the warehouse with the DuckDB driver and one query. */
public class BareQuery {
  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(args[1])) {
      int width = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= width; i++) {
          line.append(i == 1 ? "" : ",").append(rs.getString(i));
        }
        System.out.println(line);
      }
    }
  }
}
