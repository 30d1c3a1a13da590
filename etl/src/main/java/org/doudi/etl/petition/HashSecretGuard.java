package org.doudi.etl.petition;

import org.doudi.warehouse.InstanceSettings;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start an instance that holds real petition data while the hash secret is still the
 * public demo secret: with a known secret, the keyed hashes of ID and phone numbers could be
 * reversed by trying every number.
 *
 * <p>Demo mode, where the demo secret is allowed, is the server ({@code doudi.mode=server}) with
 * {@code doudi.demo=true} and a warehouse that holds the demo data set or nothing yet (it is about
 * to receive it). Commands never load demo data, so the command line is never in demo mode. Outside
 * demo mode an instance without petition cases still starts (nothing to protect yet), but {@link
 * PetitionLoader} refuses to load real petition logs with the demo secret.
 */
@Component
class HashSecretGuard implements InitializingBean {

  private final PersonalDataProtection protection;
  private final InstanceSettings instance;
  private final JdbcTemplate jdbc;
  private final boolean demo;
  private final String mode;

  HashSecretGuard(
      PersonalDataProtection protection,
      InstanceSettings instance,
      JdbcTemplate jdbc,
      @Value("${doudi.demo:false}") boolean demo,
      @Value("${doudi.mode:server}") String mode) {
    this.protection = protection;
    this.instance = instance;
    this.jdbc = jdbc;
    this.demo = demo;
    this.mode = mode;
  }

  /** Returns whether the instance runs in demo mode, where the demo secret is allowed. */
  boolean demoMode() {
    return demo && !"cli".equals(mode) && (instance.demoData() || instance.warehouseEmpty());
  }

  @Override
  public void afterPropertiesSet() {
    if (!protection.demoSecret() || demoMode()) {
      return;
    }
    Long cases = jdbc.queryForObject("SELECT count(*) FROM petition_case", Long.class);
    if (cases != null && cases > 0) {
      throw new IllegalStateException(
          "仓库中有真实的信访案件，但个人信息哈希密钥 doudi.personal-data.hash-secret 仍是公开的演示密钥："
              + "请配置一个只有本单位知道的密钥（至少 32 个字符，例如 openssl rand -base64 32）后再启动。");
    }
  }
}
