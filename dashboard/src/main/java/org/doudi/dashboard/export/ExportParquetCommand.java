package org.doudi.dashboard.export;

import java.nio.file.Path;
import java.util.List;
import org.doudi.dashboard.cli.CliArguments;
import org.doudi.dashboard.cli.CliCommand;
import org.doudi.dashboard.cli.CliOutput;
import org.doudi.dashboard.cli.UsageException;
import org.doudi.warehouse.audit.AuditLog;
import org.doudi.warehouse.export.ExportedSource;
import org.doudi.warehouse.export.ParquetExport;
import org.doudi.warehouse.export.ParquetExportException;
import org.springframework.stereotype.Component;

/**
 * {@code export parquet --out DIR}: writes the warehouse's facts as Parquet partitioned by source
 * and period (personal columns only masked and hashed), one status line per source.
 */
@Component
class ExportParquetCommand implements CliCommand {

  private final ParquetExport export;
  private final AuditLog audit;

  ExportParquetCommand(ParquetExport export, AuditLog audit) {
    this.export = export;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "export parquet";
  }

  @Override
  public int run(CliArguments arguments, CliOutput output) {
    Path out =
        Path.of(arguments.option("out").orElseThrow(() -> new UsageException("缺少 --out DIR")));
    String actor = CliArguments.actor();
    long started = System.nanoTime();
    List<ExportedSource> written;
    try {
      written = export.writeTo(out);
    } catch (ParquetExportException e) {
      audit.record(
          actor, "export_parquet", out.toString(), e.getMessage(), AuditLog.Outcome.FAILED);
      output.err().println("REJECTED " + out + "：" + e.getMessage());
      return REJECTED;
    }
    audit.record(actor, "export_parquet", out.toString(), null, AuditLog.Outcome.OK);
    for (ExportedSource source : written) {
      if (source.skippedBecause() != null) {
        output.err().printf("SKIPPED %s：%s%n", source.name(), source.skippedBecause());
      } else {
        output
            .err()
            .printf(
                "OK %s：%,d 行，%d 个统计期 → %s%n",
                source.name(), source.rows(), source.periods(), out.resolve(source.name()));
      }
    }
    output
        .err()
        .printf(
            "OK 已导出到 %s（区：%s，用时 %.1f 秒）；DuckDB 读取：SELECT * FROM read_parquet('%s/street_form/*/*.parquet', hive_partitioning = true)%n",
            out, export.district(), (System.nanoTime() - started) / 1e9, out);
    return OK;
  }
}
