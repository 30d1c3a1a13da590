package org.doudi.etl.petition;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.doudi.warehouse.WarehouseSettings;
import org.doudi.warehouse.personal.PersonalDataKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Protects complainants' personal data (PIPL minimisation): the secret of the keyed hash that links
 * repeat complainants without naming them, and, only where the instance is configured to keep raw
 * values, their AES-GCM sealing for the work team's audited per-case view.
 */
@Component
public class PersonalDataProtection {

  /**
   * The hash secret shipped for the demo instance; it protects nothing and is refused elsewhere.
   */
  public static final String DEMO_SECRET = "doudi-demo-hash-secret-not-for-real-data";

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte FORMAT = 1;

  private final byte[] hashSecret;
  private final boolean demoSecret;
  private final boolean keepRaw;
  private final SecretKeySpec sealingKey;
  private final SecureRandom random = new SecureRandom();

  /**
   * Reads {@code doudi.personal-data.*}. Without a configured hash secret the instance uses its own
   * random secret, kept in {@code keys/hash-secret} beside the warehouse (not inside it, so a copy
   * of the warehouse file alone cannot be used to reverse the hashes).
   */
  public PersonalDataProtection(
      @Value("${doudi.personal-data.hash-secret:}") String hashSecret,
      @Value("${doudi.personal-data.keep-raw:false}") boolean keepRaw,
      @Value("${doudi.personal-data.encryption-key:}") String encryptionKey,
      WarehouseSettings warehouse) {
    if (hashSecret == null || hashSecret.isBlank()) {
      hashSecret =
          PersonalDataKeys.instanceSecret(warehouse.home().resolve("keys").resolve("hash-secret"));
    }
    this.hashSecret = hashSecret.getBytes(StandardCharsets.UTF_8);
    this.demoSecret = DEMO_SECRET.equals(hashSecret);
    this.keepRaw = keepRaw;
    if (keepRaw) {
      byte[] key;
      try {
        key = Base64.getDecoder().decode(encryptionKey.strip());
      } catch (IllegalArgumentException e) {
        key = new byte[0];
      }
      if (key.length != 16 && key.length != 32) {
        throw new IllegalStateException(
            "doudi.personal-data.keep-raw=true 需要 doudi.personal-data.encryption-key："
                + "Base64 编码的 32 字节（AES-256）密钥，例如 openssl rand -base64 32 的输出");
      }
      this.sealingKey = new SecretKeySpec(key, "AES");
    } else {
      this.sealingKey = null;
    }
  }

  /** Returns whether the configured hash secret is the public demo secret. */
  public boolean demoSecret() {
    return demoSecret;
  }

  /** Returns whether raw personal values are kept (sealed) for the audited per-case view. */
  public boolean keepRaw() {
    return keepRaw;
  }

  /**
   * Returns the HMAC-SHA256 inner and outer pads of the secret in hex, so that DuckDB computes the
   * keyed hash in bulk as {@code sha256(opad || sha256(ipad || message))} (RFC 2104).
   */
  HmacPads hmacPads() {
    byte[] key = hashSecret;
    if (key.length > 64) {
      try {
        key = java.security.MessageDigest.getInstance("SHA-256").digest(key);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    byte[] ipad = new byte[64];
    byte[] opad = new byte[64];
    for (int i = 0; i < 64; i++) {
      byte k = i < key.length ? key[i] : 0;
      ipad[i] = (byte) (k ^ 0x36);
      opad[i] = (byte) (k ^ 0x5c);
    }
    return new HmacPads(HexFormat.of().formatHex(ipad), HexFormat.of().formatHex(opad));
  }

  /** The secret's HMAC pads in hex. */
  record HmacPads(String ipad, String opad) {}

  /**
   * Returns the complainant key of an identity ({@code id:…} or {@code tel:…}) as the view {@code
   * petition} shows it: the HMAC in hex with the digits spelt g–p.
   */
  public String complainantKey(String identity) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(hashSecret, "HmacSHA256"));
      String hex = HexFormat.of().formatHex(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
      StringBuilder letters = new StringBuilder(hex.length());
      for (char c : hex.toCharArray()) {
        letters.append(c >= '0' && c <= '9' ? (char) ('g' + (c - '0')) : c);
      }
      return letters.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Seals a case's raw personal data, bound to its case number. */
  public byte[] seal(String caseNo, PersonalData data) {
    requireKey();
    try {
      ByteArrayOutputStream plain = new ByteArrayOutputStream(96);
      DataOutputStream fields = new DataOutputStream(plain);
      writeNullable(fields, data.complainant());
      writeNullable(fields, data.idNo());
      writeNullable(fields, data.phone());
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(caseNo.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.toByteArray());
      byte[] out = new byte[1 + IV_BYTES + sealed.length];
      out[0] = FORMAT;
      System.arraycopy(iv, 0, out, 1, IV_BYTES);
      System.arraycopy(sealed, 0, out, 1 + IV_BYTES, sealed.length);
      return out;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("个人信息加密失败：" + e.getMessage(), e);
    }
  }

  /** Opens what {@link #seal} sealed for the same case; fails if the key or the case differ. */
  public PersonalData open(String caseNo, byte[] sealed) {
    requireKey();
    if (sealed == null || sealed.length < 1 + IV_BYTES || sealed[0] != FORMAT) {
      throw new IllegalStateException("个人信息密文格式不对");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
      cipher.updateAAD(caseNo.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
      DataInputStream fields = new DataInputStream(new ByteArrayInputStream(plain));
      return new PersonalData(readNullable(fields), readNullable(fields), readNullable(fields));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("个人信息无法解密（密钥不对或数据被改动）", e);
    }
  }

  private void requireKey() {
    if (sealingKey == null) {
      throw new IllegalStateException("本实例未配置保存个人信息原文（doudi.personal-data.keep-raw）");
    }
  }

  private static void writeNullable(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
