package org.doudi.etl.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataProtectionTests {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  @Test
  void sealedPersonalDataOpensToTheSameValues() {
    // given
    PersonalDataProtection protection =
        new PersonalDataProtection("secret-1234567890", true, KEY, null);
    PersonalData data = new PersonalData("张三", "31011619910717452X", "13812345678");
    // when
    byte[] sealed = protection.seal("XF1", data);
    // then
    assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("13812345678");
    assertThat(protection.open("XF1", sealed)).isEqualTo(data);
  }

  @Test
  void sealedDataDoesNotOpenForAnotherCase() {
    // given
    PersonalDataProtection protection =
        new PersonalDataProtection("secret-1234567890", true, KEY, null);
    byte[] sealed = protection.seal("XF1", new PersonalData("张三", null, "13812345678"));
    // when / then
    assertThatThrownBy(() -> protection.open("XF2", sealed)).hasMessageContaining("无法解密");
  }

  @Test
  void keepingRawValuesWithoutAKeyIsRefused() {
    // when / then
    assertThatThrownBy(() -> new PersonalDataProtection("secret-1234567890", true, "", null))
        .hasMessageContaining("doudi.personal-data.encryption-key");
  }

  @Test
  void hmacPadsAreTheSecretXoredWithTheRfc2104Constants() {
    // given
    PersonalDataProtection protection = new PersonalDataProtection("k", false, "", null);
    // when
    PersonalDataProtection.HmacPads pads = protection.hmacPads();
    // then ('k' = 0x6b; 0x6b ^ 0x36 = 0x5d, 0x6b ^ 0x5c = 0x37)
    assertThat(pads.ipad()).startsWith("5d36").hasSize(128);
    assertThat(pads.opad()).startsWith("375c").hasSize(128);
  }

  @Test
  void withoutAConfiguredSecretTheInstanceKeepsItsOwnBesideTheWarehouse(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    // given
    org.doudi.warehouse.WarehouseSettings settings =
        new org.doudi.warehouse.WarehouseSettings(
            dir.resolve("doudi.duckdb"), "1GB", 1, java.util.List.of());
    // when
    PersonalDataProtection first = new PersonalDataProtection("", false, "", settings);
    PersonalDataProtection second = new PersonalDataProtection("", false, "", settings);
    // then
    assertThat(dir.resolve("keys").resolve("hash-secret")).exists();
    assertThat(first.demoSecret()).isFalse();
    assertThat(first.complainantKey("31011619910717452X"))
        .isEqualTo(second.complainantKey("31011619910717452X"))
        .isNotEqualTo(
            new PersonalDataProtection("other-secret-123", false, "", null)
                .complainantKey("31011619910717452X"));
  }
}
