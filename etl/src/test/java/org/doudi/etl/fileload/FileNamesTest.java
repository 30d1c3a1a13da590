package org.doudi.etl.fileload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void aNameKeepsNoFolderWhateverTheSlashes() {
    assertThat(FileNames.shown("../../../../tmp/evil 信访 台账.csv")).isEqualTo("evil 信访 台账.csv");
    assertThat(FileNames.shown("C:\\Users\\clerk\\长寿路.xlsx")).isEqualTo("长寿路.xlsx");
    assertThat(FileNames.shown("..")).isEqualTo("上传的文件");
    assertThat(FileNames.shown(null)).isEqualTo("上传的文件");
  }
}
