package org.doudi.warehouse;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the warehouse file lives and how DuckDB over it is bounded ({@code doudi.warehouse.*}),
 * checked when the application starts.
 *
 * @param path the warehouse file
 * @param memoryLimit DuckDB's {@code memory_limit}, e.g. {@code 4GB}
 * @param threads DuckDB's worker threads
 */
@ConfigurationProperties("doudi.warehouse")
public record WarehouseProperties(
    @DefaultValue("data/doudi.duckdb") Path path,
    @DefaultValue("4GB") String memoryLimit,
    @DefaultValue("2") int threads) {

  private static final Pattern SIZE =
      Pattern.compile("\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)", Pattern.CASE_INSENSITIVE);

  /** Refuses a memory limit DuckDB would not read and a thread count below one. */
  public WarehouseProperties {
    if (memoryLimit == null || !SIZE.matcher(memoryLimit.strip()).matches()) {
      throw new IllegalArgumentException(
          "doudi.warehouse.memory-limit 应写作 512MB 或 4GB，而不是“" + memoryLimit + "”");
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("doudi.warehouse.threads 应为 1 到 256 之间的整数，而不是 " + threads);
    }
  }
}
