package org.doudi.warehouse.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.doudi.warehouse.WarehouseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The petition log's uses of the personal-data keys: case sealing, pads, complainant keys. */
class PersonalDataSealingTest {

  private static final byte[] RAW_KEY = new byte[32];
  private static final String KEY = Base64.getEncoder().encodeToString(RAW_KEY);

  @Test
  void sealedPersonalDataOpensToTheSameValues() {
    // given
    PersonalDataKeys keys = new PersonalDataKeys("secret-1234567890", true, KEY, null);
    // when
    byte[] sealed = keys.sealOrNull("XF1", "张三", "31011619910717452X", "13812345678");
    // then
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("13812345678");
    assertThat(keys.open("XF1", sealed)).containsExactly("张三", "31011619910717452X", "13812345678");
  }

  @Test
  void sealedDataDoesNotOpenForAnotherCase() {
    // given
    PersonalDataKeys keys = new PersonalDataKeys("secret-1234567890", true, KEY, null);
    byte[] sealed = keys.sealOrNull("XF1", "张三", null, "13812345678");
    // when / then
    assertThatThrownBy(() -> keys.open("XF2", sealed)).hasMessageContaining("无法解密");
  }

  @Test
  void whatAPetitionLoadSealedBeforeTheCodesBecameOneStillOpens() throws Exception {
    // given a case sealed the petitions' former way: format 1, three present-flagged fields
    for (String complainant : new String[] {"张三", null}) {
      ByteArrayOutputStream plain = new ByteArrayOutputStream();
      DataOutputStream fields = new DataOutputStream(plain);
      fields.writeBoolean(complainant != null);
      if (complainant != null) {
        fields.writeUTF(complainant);
      }
      fields.writeBoolean(true);
      fields.writeUTF("31011619910717452X");
      fields.writeBoolean(false);
      byte[] iv = new byte[12];
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(RAW_KEY, "AES"), new GCMParameterSpec(128, iv));
      cipher.updateAAD("XF9".getBytes(StandardCharsets.UTF_8));
      byte[] body = cipher.doFinal(plain.toByteArray());
      byte[] sealed = new byte[1 + iv.length + body.length];
      sealed[0] = 1;
      System.arraycopy(body, 0, sealed, 1 + iv.length, body.length);
      // when
      String[] opened = new PersonalDataKeys("s", true, KEY, null).open("XF9", sealed);
      // then
      assertThat(opened).containsExactly(complainant, "31011619910717452X", null);
    }
  }

  @Test
  void keepingRawValuesWithoutAKeyIsRefused() {
    // when / then
    assertThatThrownBy(() -> new PersonalDataKeys("secret-1234567890", true, "", null))
        .hasMessageContaining("doudi.personal-data.encryption-key");
  }

  @Test
  void hmacPadsAreTheSecretXoredWithTheRfc2104Constants() {
    // given
    PersonalDataKeys keys = new PersonalDataKeys("k", false, "", null);
    // when
    PersonalDataKeys.HmacPads pads = keys.hmacPads();
    // then ('k' = 0x6b; 0x6b ^ 0x36 = 0x5d, 0x6b ^ 0x5c = 0x37)
    assertThat(pads.ipad()).startsWith("5d36").hasSize(128);
    assertThat(pads.opad()).startsWith("375c").hasSize(128);
  }

  @Test
  void theComplainantKeyIsTheCampaignKeySpeltInLetters() {
    // given
    PersonalDataKeys keys = new PersonalDataKeys("secret-1234567890", false, "", null);
    // when
    String complainant = keys.complainantKey("id:31011619910717452X");
    // then digits 0–9 are spelt g–p, letters kept
    StringBuilder hex = new StringBuilder();
    for (char c : complainant.toCharArray()) {
      hex.append(c >= 'g' && c <= 'p' ? (char) ('0' + (c - 'g')) : c);
    }
    assertThat(complainant).doesNotContainPattern("[0-9]").hasSize(64);
    assertThat(hex.toString()).isEqualTo(keys.key("31011619910717452X"));
  }

  @Test
  void withoutAConfiguredSecretTheInstanceKeepsItsOwnBesideTheWarehouse(@TempDir Path dir) {
    // given
    WarehouseSettings settings =
        new WarehouseSettings(dir.resolve("doudi.duckdb"), "1GB", 1, List.of());
    // when
    PersonalDataKeys first = new PersonalDataKeys("", false, "", settings);
    PersonalDataKeys second = new PersonalDataKeys("", false, "", settings);
    // then
    assertThat(dir.resolve("keys").resolve("hash-secret")).exists();
    assertThat(first.demoSecret()).isFalse();
    assertThat(new PersonalDataKeys(PersonalDataKeys.DEMO_SECRET, false, "", null).demoSecret())
        .isTrue();
    assertThat(first.complainantKey("31011619910717452X"))
        .isEqualTo(second.complainantKey("31011619910717452X"))
        .isNotEqualTo(
            new PersonalDataKeys("other-secret-123", false, "", null)
                .complainantKey("31011619910717452X"));
  }
}
