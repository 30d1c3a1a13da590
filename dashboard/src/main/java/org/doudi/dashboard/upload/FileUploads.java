package org.doudi.dashboard.upload;

import java.io.IOException;
import java.util.List;
import org.doudi.dashboard.security.DoudiUser;
import org.doudi.dashboard.security.StreetScope;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.etl.fileload.FileNames;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.load.LoadKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Loads one uploaded file through the pipeline for every upload page: moved into the inbox (never
 * on disk twice), loaded as the logged-in account (a street account for its own street only), and
 * answered at once; the findings follow in the background.
 */
@Component
public class FileUploads {

  private static final Logger log = LoggerFactory.getLogger(FileUploads.class);

  private final FileLoadLauncher launcher;
  private final StreetScope scope;

  FileUploads(FileLoadLauncher launcher, StreetScope scope) {
    this.launcher = launcher;
    this.scope = scope;
  }

  /** Loads the file as the given kind; {@code period} (may be blank) is the page's 统计期. */
  public UploadResult load(LoadKind kind, MultipartFile file, String period) {
    String name = FileNames.shown(file.getOriginalFilename());
    Period chosen = null;
    if (period != null && !period.isBlank()) {
      chosen = Period.parse(period).orElse(null);
      if (chosen == null) {
        return UploadResult.failed(name, "统计期“" + period + "”无法识别，应写作 2024-12");
      }
    }
    DoudiUser user = scope.currentUser().orElseThrow();
    try {
      FileLoadRequest.InputFile received = launcher.receive(kind, file::transferTo, name);
      FileLoadRequest request =
          new FileLoadRequest(
              List.of(received),
              chosen,
              user.getUsername(),
              scope.boundStreet().orElse(null),
              false,
              true);
      return UploadResult.of(launcher.run(kind, request).get(0));
    } catch (IOException | RuntimeException e) {
      log.warn("Upload of {} failed", name, e);
      return UploadResult.failed(name, name + "：导入时出错，请稍后重试或联系管理员");
    }
  }
}
