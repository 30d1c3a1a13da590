package org.doudi.warehouse.personal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.doudi.warehouse.InstanceSettings;
import org.doudi.warehouse.WarehouseSettings;
import org.doudi.warehouse.backup.HashSecretFingerprint;
import org.doudi.warehouse.backup.HashSecretSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
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
 * demo mode an instance without petition cases still starts (nothing to protect yet), but the
 * petition load refuses real petition logs with the demo secret ({@link #demoMode}).
 *
 * <p>It also refuses a secret that is not the warehouse's own: the warehouse records the secret's
 * fingerprint, and a start with another one (a backup restored without its secret, a lost {@code
 * keys/hash-secret} replaced by a fresh random one) would silently cut every new case off from the
 * complainants already kept. While the warehouse holds no real complainant keys the fingerprint
 * simply follows the secret.
 */
@Component
@Lazy(false)
public class HashSecretGuard implements InitializingBean {

  private final PersonalDataKeys protection;
  private final InstanceSettings instance;
  private final JdbcTemplate jdbc;
  private final boolean demo;
  private final String mode;
  private final boolean configured;
  private final Path secretFile;

  HashSecretGuard(
      PersonalDataKeys protection,
      InstanceSettings instance,
      JdbcTemplate jdbc,
      @Value("${doudi.demo:false}") boolean demo,
      @Value("${doudi.mode:server}") String mode,
      @Value("${doudi.personal-data.hash-secret:}") String configured,
      WarehouseSettings warehouse) {
    this.protection = protection;
    this.instance = instance;
    this.jdbc = jdbc;
    this.demo = demo;
    this.mode = mode;
    this.configured = configured != null && !configured.isBlank();
    this.secretFile = HashSecretSource.secretFile(warehouse.home());
  }

  /** Returns whether the instance runs in demo mode, where the demo secret is allowed. */
  public boolean demoMode() {
    return demo && !"cli".equals(mode) && (instance.demoData() || instance.warehouseEmpty());
  }

  @Override
  public void afterPropertiesSet() {
    refuseDemoSecretOverRealCases();
    String current =
        HashSecretFingerprint.fromHex(
            hex(protection.complainantKey(HashSecretFingerprint.IDENTITY)));
    String recorded = instance.get(HashSecretFingerprint.SETTING).orElse(null);
    if (current.equals(recorded)) {
      return;
    }
    Long keys =
        jdbc.queryForObject(
            "SELECT count(*) FROM petition_case WHERE complainant_key IS NOT NULL", Long.class);
    boolean realKeys = keys != null && keys > 0 && !instance.demoData();
    if (realKeys && (recorded != null || secretMadeByThisStart())) {
      setFreshSecretAside();
      throw new IllegalStateException(refusal(recorded, current, keys));
    }
    instance.put(HashSecretFingerprint.SETTING, current);
  }

  /** Returns a complainant key in plain hex (the key spells its digits g–p). */
  private static String hex(String key) {
    StringBuilder hex = new StringBuilder(key.length());
    for (char c : key.toCharArray()) {
      hex.append(c >= 'g' && c <= 'p' ? (char) ('0' + (c - 'g')) : c);
    }
    return hex.toString();
  }

  /** Returns whether the secret in force is a file this very start created: a new random one. */
  private boolean secretMadeByThisStart() {
    try {
      Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
      return !configured
          && Files.exists(secretFile)
          && !Files.getLastModifiedTime(secretFile).toInstant().isBefore(started);
    } catch (IOException e) {
      return false;
    }
  }

  /** Moves a secret this start made aside, so the next start does not take it for the right one. */
  private void setFreshSecretAside() {
    if (secretMadeByThisStart()) {
      try {
        Files.move(
            secretFile,
            secretFile.resolveSibling("hash-secret.unused-" + System.currentTimeMillis()));
      } catch (IOException e) {
        // the refusal below says what to do either way
      }
    }
  }

  private String refusal(String recorded, String current, long keys) {
    String source =
        configured
            ? "配置项 doudi.personal-data.hash-secret"
            : secretMadeByThisStart() || !Files.exists(secretFile)
                ? "本次启动新生成的随机密钥（" + secretFile + " 原先不存在）"
                : "文件 " + secretFile;
    return "拒绝启动：个人信息哈希密钥与此仓库不符。仓库中有 "
        + keys
        + " 个信访案件的反映人关联键，"
        + (recorded == null ? "仓库未记录密钥指纹（来自旧版本），" : "仓库记录的密钥指纹为 " + recorded + "，")
        + "而当前密钥来自"
        + source
        + "，指纹为 "
        + current
        + "；用它启动，新案件将无法与已有反映人关联。请用原实例的密钥启动：从备份恢复请用 "
        + "java -jar doudi.jar restore 备份文件 --db 仓库文件（连同备份旁的 .secret 文件和备份口令一起恢复），"
        + "或把原实例的 keys/hash-secret 复制到 "
        + secretFile
        + "，或用 --doudi.personal-data.hash-secret=原密钥 启动。见 docs/foundation.md“恢复”。";
  }

  private void refuseDemoSecretOverRealCases() {
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
