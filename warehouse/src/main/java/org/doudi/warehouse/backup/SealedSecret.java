package org.doudi.warehouse.backup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash secret as a backup carries it: AES-256-GCM under a key derived from the operator's
 * passphrase (PBKDF2-HMAC-SHA256), with the secret's fingerprint in clear and bound to the
 * ciphertext, so that a restore can tell a wrong passphrase from a file of another instance.
 *
 * <p>The file is text: a first line {@code doudi-hash-secret 1}, then {@code fingerprint=…}, {@code
 * iterations=…} and {@code sealed=} followed by salt, IV and ciphertext in Base64.
 */
public final class SealedSecret {

  /** The file name ending of a sealed secret beside its backup: {@code doudi-….duckdb.secret}. */
  public static final String SUFFIX = ".secret";

  /** The shortest passphrase accepted. */
  public static final int MIN_PASSPHRASE = 10;

  private static final String MAGIC = "doudi-hash-secret 1";
  private static final int ITERATIONS = 310_000;
  private static final int SALT = 16;
  private static final int IV = 12;

  private SealedSecret() {}

  /** Returns the file's text holding {@code secret} sealed under {@code passphrase}. */
  public static String seal(String secret, String passphrase) {
    byte[] salt = new byte[SALT];
    byte[] iv = new byte[IV];
    SecureRandom random = new SecureRandom();
    random.nextBytes(salt);
    random.nextBytes(iv);
    String fingerprint = HashSecretFingerprint.of(secret);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, key(passphrase, salt, ITERATIONS), new GCMParameterSpec(128, iv));
      cipher.updateAAD(fingerprint.getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] all = new byte[SALT + IV + sealed.length];
      System.arraycopy(salt, 0, all, 0, SALT);
      System.arraycopy(iv, 0, all, SALT, IV);
      System.arraycopy(sealed, 0, all, SALT + IV, sealed.length);
      return MAGIC
          + "\nfingerprint="
          + fingerprint
          + "\niterations="
          + ITERATIONS
          + "\nsealed="
          + Base64.getEncoder().encodeToString(all)
          + "\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the fingerprint a sealed file says it holds, without opening it. */
  public static String fingerprint(String text) {
    return field(text, "fingerprint");
  }

  /**
   * Returns the secret sealed in {@code text}; throws {@link BackupException} with a Chinese
   * message when the passphrase is wrong or the file is damaged.
   */
  public static String open(String text, String passphrase) {
    if (!text.startsWith(MAGIC)) {
      throw new BackupException("密钥文件格式不对（不是 doudi 备份的密钥文件）");
    }
    String fingerprint = field(text, "fingerprint");
    try {
      int iterations = Integer.parseInt(field(text, "iterations"));
      byte[] all = Base64.getDecoder().decode(field(text, "sealed"));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          key(passphrase, java.util.Arrays.copyOfRange(all, 0, SALT), iterations),
          new GCMParameterSpec(128, all, SALT, IV));
      cipher.updateAAD(fingerprint.getBytes(StandardCharsets.US_ASCII));
      String secret =
          new String(
              cipher.doFinal(all, SALT + IV, all.length - SALT - IV), StandardCharsets.UTF_8);
      if (!HashSecretFingerprint.of(secret).equals(fingerprint)) {
        throw new BackupException("密钥文件已损坏：解出的密钥与文件记录的指纹不符");
      }
      return secret;
    } catch (GeneralSecurityException e) {
      throw new BackupException("口令不对，或密钥文件已被改动：无法解开备份的哈希密钥");
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new BackupException("密钥文件已损坏：" + e.getMessage());
    }
  }

  private static SecretKeySpec key(String passphrase, byte[] salt, int iterations)
      throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(passphrase.toCharArray(), salt, iterations, 256);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return new SecretKeySpec(key, "AES");
    } finally {
      spec.clearPassword();
    }
  }

  private static String field(String text, String name) {
    for (String line : text.split("\n")) {
      if (line.startsWith(name + "=")) {
        return line.substring(name.length() + 1).strip();
      }
    }
    throw new BackupException("密钥文件缺少 " + name + "：文件不完整");
  }
}
