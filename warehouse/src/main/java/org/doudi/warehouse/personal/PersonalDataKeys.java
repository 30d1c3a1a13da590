package org.doudi.warehouse.personal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.doudi.warehouse.WarehouseSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place that masks people, computes their keyed hash and seals their raw values (PIPL
 * minimisation), for the petition log and the campaign's registers alike: the keyed hash {@code
 * HMAC-SHA256(secret, "id:" + ID number)} links a removed recipient, a payee, a custodian and a
 * complainant with one ID number without naming them; raw values are sealed with AES-GCM only where
 * the instance is configured to keep them. {@link HashSecretGuard} refuses a start whose secret is
 * not the warehouse's own.
 */
@Component
public class PersonalDataKeys {

  /**
   * The hash secret shipped for the demo instance; it protects nothing and is refused elsewhere.
   */
  public static final String DEMO_SECRET = "doudi-demo-hash-secret-not-for-real-data";

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  /** Sealed before the two sealing codes became one: a petition's three fields, no count. */
  private static final byte FORMAT_UNCOUNTED = 1;

  /** The values' count, then each value (present flag, modified UTF-8). */
  private static final byte FORMAT = 2;

  private final byte[] hashSecret;
  private final boolean demoSecret;
  private final SecretKeySpec sealingKey;
  private final SecureRandom random = new SecureRandom();
  private final ThreadLocal<Mac> macs;

  /**
   * Reads {@code doudi.personal-data.*}. Without a configured hash secret the instance uses its own
   * random secret, kept in {@code keys/hash-secret} beside the warehouse (not inside it, so a copy
   * of the warehouse file alone cannot be used to reverse the hashes).
   */
  public PersonalDataKeys(
      @Value("${doudi.personal-data.hash-secret:}") String hashSecret,
      @Value("${doudi.personal-data.keep-raw:false}") boolean keepRaw,
      @Value("${doudi.personal-data.encryption-key:}") String encryptionKey,
      WarehouseSettings warehouse) {
    if (hashSecret == null || hashSecret.isBlank()) {
      hashSecret = instanceSecret(warehouse.home().resolve("keys").resolve("hash-secret"));
    }
    this.hashSecret = hashSecret.getBytes(StandardCharsets.UTF_8);
    this.demoSecret = DEMO_SECRET.equals(hashSecret);
    this.sealingKey = keepRaw ? sealingKey(encryptionKey) : null;
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(this.hashSecret, "HmacSHA256"));
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  private static SecretKeySpec sealingKey(String encryptionKey) {
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
    return new SecretKeySpec(key, "AES");
  }

  /**
   * Returns the instance's own hash secret from {@code file}, creating it (owner-only) on first
   * use; the petition keys and the campaign's keys read it here, so both always hold the same
   * secret.
   */
  public static String instanceSecret(Path file) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      }
      Files.createDirectories(file.getParent());
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String secret = Base64.getEncoder().encodeToString(bytes);
      Path temp = Files.createTempFile(file.getParent(), "hash-secret", ".tmp");
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own permissions apply
      }
      Files.writeString(temp, secret + "\n", StandardCharsets.US_ASCII);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException raced) {
        // another part of the application created it first: use that one
        Files.deleteIfExists(temp);
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      }
      return secret;
    } catch (IOException e) {
      throw new IllegalStateException("无法读取或创建个人信息哈希密钥文件 " + file + "：" + e.getMessage(), e);
    }
  }

  /** Returns the ID number as compared and hashed: no spaces, upper-case check letter. */
  public static String normalizeId(String idNo) {
    return idNo == null ? null : idNo.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  /** Returns the person masked, with the keyed hash of the ID number. */
  public MaskedPerson person(String name, String idNo) {
    String id = normalizeId(idNo);
    return new MaskedPerson(maskName(name), maskId(id), key(id));
  }

  /** Returns the keyed hash of an ID number in hex, or null for none. */
  public String key(String idNo) {
    String id = normalizeId(idNo);
    if (id == null || id.isEmpty()) {
      return null;
    }
    return hmacHex("id:" + id);
  }

  /**
   * Returns the complainant key of an identity ({@code id:…} or {@code tel:…}) as the view {@code
   * petition} shows it: the keyed hash in hex with the digits spelt g–p.
   */
  public String complainantKey(String identity) {
    String hex = hmacHex(identity);
    StringBuilder letters = new StringBuilder(hex.length());
    for (char c : hex.toCharArray()) {
      letters.append(c >= '0' && c <= '9' ? (char) ('g' + (c - '0')) : c);
    }
    return letters.toString();
  }

  private String hmacHex(String message) {
    return HexFormat.of().formatHex(macs.get().doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Returns the HMAC-SHA256 inner and outer pads of the secret in hex, so that DuckDB computes the
   * same keyed hash in bulk as {@code sha256(opad || sha256(ipad || message))} (RFC 2104).
   */
  public HmacPads hmacPads() {
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

  /**
   * The secret's HMAC pads in hex.
   *
   * @param ipad the key XOR 0x36, 64 bytes
   * @param opad the key XOR 0x5c, 64 bytes
   */
  public record HmacPads(String ipad, String opad) {}

  /** Returns whether the hash secret in force is the public demo secret. */
  public boolean demoSecret() {
    return demoSecret;
  }

  /** Returns {@code 张*}: the first character and one star. */
  public static String maskName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return name.strip().substring(0, name.strip().offsetByCodePoints(0, 1)) + "*";
  }

  private static final java.util.regex.Pattern ID_IN_TEXT =
      java.util.regex.Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
  private static final java.util.regex.Pattern MOBILE_IN_TEXT =
      java.util.regex.Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

  /**
   * Returns free text a person typed (问题描述, 责任部门, 居委, a clue's reference…) with every ID number in
   * it as 3101**********1234 and every mobile number as 138****5678.
   */
  public static String maskText(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    java.util.regex.Matcher id = ID_IN_TEXT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (id.find()) {
      id.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(maskId(id.group(1))));
    }
    id.appendTail(out);
    return MOBILE_IN_TEXT.matcher(out).replaceAll("$1****$3");
  }

  /** Returns {@code 3101**********1234}: the first and last four characters, stars between. */
  public static String maskId(String idNo) {
    if (idNo == null || idNo.isEmpty()) {
      return null;
    }
    return idNo.length() >= 12
        ? idNo.substring(0, 4) + "*".repeat(idNo.length() - 8) + idNo.substring(idNo.length() - 4)
        : "*".repeat(idNo.length());
  }

  /** Returns whether raw personal values are kept (sealed). */
  public boolean keepRaw() {
    return sealingKey != null;
  }

  /**
   * Returns the raw values sealed with AES-GCM, bound to {@code binding} (e.g. {@code
   * custody:<key>}), or null where the instance keeps no raw values.
   */
  public byte[] sealOrNull(String binding, String... values) {
    if (sealingKey == null) {
      return null;
    }
    try {
      ByteArrayOutputStream plain = new ByteArrayOutputStream(96);
      DataOutputStream fields = new DataOutputStream(plain);
      fields.writeShort(values.length);
      for (String value : values) {
        fields.writeBoolean(value != null);
        if (value != null) {
          fields.writeUTF(value);
        }
      }
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
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

  /**
   * Returns whether a format-1 payload starts with a count: the campaign's sealing wrote one (two
   * values or more), the petitions' did not (it starts with a present flag, 0 or 1, then another).
   */
  private static boolean counted(byte[] plain) {
    return plain.length >= 2 && plain[0] == 0 && (plain[1] & 0xff) >= 2;
  }

  /** Opens what {@link #sealOrNull} sealed for the same binding. */
  public String[] open(String binding, byte[] sealed) {
    if (sealingKey == null) {
      throw new IllegalStateException("本实例未配置保存个人信息原文（doudi.personal-data.keep-raw）");
    }
    if (sealed == null
        || sealed.length < 1 + IV_BYTES
        || (sealed[0] != FORMAT && sealed[0] != FORMAT_UNCOUNTED)) {
      throw new IllegalStateException("个人信息密文格式不对");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
      cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
      java.io.DataInputStream in =
          new java.io.DataInputStream(new java.io.ByteArrayInputStream(plain));
      // what a petition load sealed before: complainant, ID number and phone, without a count
      String[] values =
          new String[sealed[0] == FORMAT_UNCOUNTED && !counted(plain) ? 3 : in.readShort()];
      for (int i = 0; i < values.length; i++) {
        values[i] = in.readBoolean() ? in.readUTF() : null;
      }
      return values;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("个人信息无法解密（密钥不对或数据被改动）", e);
    }
  }
}
