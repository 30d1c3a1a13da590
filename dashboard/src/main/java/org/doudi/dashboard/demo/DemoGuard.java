package org.doudi.dashboard.demo;

import org.doudi.warehouse.demo.DemoDataRemoval;
import org.springframework.stereotype.Component;

/**
 * Stops the first real load into an instance that still holds the demo data, unless the person
 * confirmed it: real forms mixed with the synthetic district would stay labelled 演示数据.
 */
@Component
public class DemoGuard {

  /** The command line's confirmation flag. */
  public static final String FLAG = "into-demo";

  /** What a refused command prints. */
  public static final String CLI_REFUSAL =
      "本实例目前存有演示数据，真实数据导入后会与虚构数据混在一起并被标注为演示数据。"
          + "请先运行 demo remove 清除演示数据（账户和设置保留），再导入；"
          + "如确需导入到演示实例，请加 --"
          + FLAG
          + "。";

  /** What a refused upload answers. */
  public static final String WEB_REFUSAL =
      "本实例目前存有演示数据。请管理员先在“系统管理 → 演示数据”中清除演示数据（账户和设置保留），" + "或在本页勾选“仍导入到演示实例”后再上传。";

  private final DemoDataRemoval removal;

  DemoGuard(DemoDataRemoval removal) {
    this.removal = removal;
  }

  /** Returns whether a load is to be refused: demo rows present and not confirmed. */
  public boolean refuses(boolean confirmed) {
    return !confirmed && removal.demoRowsPresent();
  }
}
