package org.doudi.warehouse.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.doudi.warehouse.WarehouseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataKeysTest {

  @TempDir Path home;

  private PersonalDataKeys keys(boolean keepRaw) {
    return new PersonalDataKeys(
        "secret-for-tests",
        keepRaw,
        Base64.getEncoder().encodeToString(new byte[32]),
        new WarehouseSettings(home.resolve("doudi.duckdb"), "1GB", 1, List.of()));
  }

  @Test
  void freeTextKeepsNoIdNumberOrMobileNumberInFull() {
    assertThat(PersonalDataKeys.maskText("民政科 310101199001011234，电话13812345678"))
        .isEqualTo("民政科 3101**********1234，电话138****5678");
    assertThat(PersonalDataKeys.maskText("信访件 RX20241201001299 已办结")).contains("RX20241201001299");
    assertThat(PersonalDataKeys.maskText(null)).isNull();
  }

  @Test
  void keyIsThePetitionLogsHmacOfTheIdNumberSoThatOnePersonLinksEverywhere() throws Exception {
    // given
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("secret-for-tests".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(mac.doFinal("id:31010319961126299X".getBytes(StandardCharsets.UTF_8)));

    // when
    MaskedPerson person = keys(false).person("马 丽", " 31010319961126299x ");

    // then
    assertThat(person).isEqualTo(new MaskedPerson("马*", "3101**********299X", expected));
  }

  @Test
  void rawValuesAreSealedOnlyWhenConfiguredAndOpenOnlyForTheirBinding() {
    // given
    PersonalDataKeys sealing = keys(true);

    // when
    byte[] sealed = sealing.sealOrNull("custody:a:b", "王霞伟", "310110198211039413");

    // then
    assertThat(keys(false).sealOrNull("custody:a:b", "王霞伟")).isNull();
    assertThat(sealing.open("custody:a:b", sealed)).containsExactly("王霞伟", "310110198211039413");
    assertThatThrownBy(() -> sealing.open("custody:a:c", sealed))
        .hasMessage("个人信息无法解密（密钥不对或数据被改动）");
  }
}
