package org.doudi.etl.payments;

import org.doudi.etl.fileload.LoadSource;
import org.doudi.etl.fileload.OneFilePerChunk;
import org.doudi.etl.fileload.RowsItemWriter;
import org.doudi.etl.fileload.TableFileReader;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.SourceFile;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.money.PaymentRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code paymentsLoadJob}: one staged file per chunk, so each 社会救助资金发放台账 loads all or nothing
 * in its own transaction together with its load record.
 */
@Configuration(proxyBeanMethods = false)
class PaymentsJobConfiguration {

  static final LoadKind KIND = new LoadKind("payments");
  static final String LABEL = "社会救助资金发放台账";

  @Bean
  LoadSource paymentsSource(
      OneFilePerChunk sources, TableFileReader files, PaymentRepository registry) {
    return sources.source(
        "payments",
        LABEL,
        files.reading(SourceFile.PAYMENTS, PaymentsReader::row),
        new RowsItemWriter.Table<>(
            KIND,
            (scope, read, id, by) -> registry.write(scope, read.rows(), id, by),
            r -> Period.require(r.period()),
            r -> LABEL + "已导入：" + r.added() + " 条（替换了同街镇同月份原有的 " + r.updated() + " 条）"));
  }
}
