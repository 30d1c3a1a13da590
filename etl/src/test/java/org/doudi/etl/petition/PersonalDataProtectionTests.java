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
    PersonalDataProtection protection = new PersonalDataProtection("secret-1234567890", true, KEY);
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
    PersonalDataProtection protection = new PersonalDataProtection("secret-1234567890", true, KEY);
    byte[] sealed = protection.seal("XF1", new PersonalData("张三", null, "13812345678"));
    // when / then
    assertThatThrownBy(() -> protection.open("XF2", sealed)).hasMessageContaining("无法解密");
  }

  @Test
  void keepingRawValuesWithoutAKeyIsRefused() {
    // when / then
    assertThatThrownBy(() -> new PersonalDataProtection("secret-1234567890", true, ""))
        .hasMessageContaining("doudi.personal-data.encryption-key");
  }

  @Test
  void hmacPadsAreTheSecretXoredWithTheRfc2104Constants() {
    // given
    PersonalDataProtection protection = new PersonalDataProtection("k", false, "");
    // when
    PersonalDataProtection.HmacPads pads = protection.hmacPads();
    // then ('k' = 0x6b; 0x6b ^ 0x36 = 0x5d, 0x6b ^ 0x5c = 0x37)
    assertThat(pads.ipad()).startsWith("5d36").hasSize(128);
    assertThat(pads.opad()).startsWith("375c").hasSize(128);
  }
}
