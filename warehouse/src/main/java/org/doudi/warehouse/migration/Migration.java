package org.doudi.warehouse.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numbered migration file, {@code V###__name.sql}, with the checksum of its text.
 *
 * @param version the number in the file name
 * @param name the file name
 * @param sql the script
 */
public record Migration(int version, String name, String sql) {

  private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__[\\w-]+\\.sql");

  /** Returns the migration for a file, or throws when the name does not follow the pattern. */
  public static Migration of(String fileName, String sql) {
    Matcher matcher = FILE_NAME.matcher(fileName);
    if (!matcher.matches()) {
      throw new MigrationException("迁移文件名 " + fileName + " 不符合 V###__名称.sql 的格式");
    }
    return new Migration(Integer.parseInt(matcher.group(1)), fileName, sql);
  }

  /**
   * Returns the SHA-256 of the script with line endings normalised, so a checkout on any OS agrees.
   */
  public String checksum() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
