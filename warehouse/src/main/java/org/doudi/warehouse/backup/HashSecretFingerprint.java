package org.doudi.warehouse.backup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fingerprint of an instance's hash secret, recorded in the warehouse ({@code instance_setting}
 * {@value #SETTING}) so that a start with another secret, which would silently cut every new case
 * off from the complainant keys already kept, is refused. It is the keyed hash of a fixed text that
 * no complainant identity can take ({@code id:…} and {@code tel:…} are), so it names the secret
 * without revealing it.
 */
public final class HashSecretFingerprint {

  /** The instance setting holding the fingerprint. */
  public static final String SETTING = "hash_secret_fingerprint";

  /** The text whose keyed hash is the fingerprint. */
  public static final String IDENTITY = "doudi:hash-secret-fingerprint";

  private static final int HEX_DIGITS = 32;

  private HashSecretFingerprint() {}

  /** Returns the fingerprint of a secret as the instance reads it (its text, UTF-8). */
  public static String of(String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return fromHex(
          HexFormat.of().formatHex(mac.doFinal(IDENTITY.getBytes(StandardCharsets.UTF_8))));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the fingerprint from the full keyed hash of {@link #IDENTITY} in hex. */
  public static String fromHex(String hmacHex) {
    return hmacHex.substring(0, HEX_DIGITS);
  }
}
