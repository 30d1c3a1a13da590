package org.doudi.warehouse.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileKeeperNamesTest {

  @Test
  void aLongNameIsCutKeepingItsExtension() {
    // given
    String name = "整改".repeat(150) + ".pdf";
    // when
    String kept = FileKeeper.shortened(name);
    // then: within the length a file system takes in UTF-8 (255 bytes), still a .pdf
    assertThat(kept).hasSize(FileKeeper.LONGEST_NAME).endsWith(".pdf").startsWith("整改整改");
    assertThat(kept.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(255);
  }

  @Test
  void aShortNameStaysAsItIs() {
    assertThat(FileKeeper.shortened("整改报告.pdf")).isEqualTo("整改报告.pdf");
  }
}
