package org.doudi.etl.streetform;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.doudi.etl.fileload.FileLoadRequest;
import org.doudi.warehouse.dictionary.Period;

/** The sample files streets sent and what a correct load of them yields (truth.json). */
final class Samples {

  private Samples() {}

  static Path folder(String name) {
    try {
      return Path.of(Samples.class.getResource("/samples/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path file(String name) {
    return folder(name);
  }

  static List<Path> files(String folder) {
    try (Stream<Path> list = Files.list(folder(folder))) {
      return list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FileLoadRequest request(List<Path> files, String period, String user) {
    return new FileLoadRequest(
        files.stream().map(FileLoadRequest.InputFile::of).toList(),
        period == null ? null : Period.require(period),
        user,
        null);
  }

  static Object truth(String path) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/truth.json")) {
      return JsonPath.parse(in).read(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> streetReport() {
    return (Map<String, Map<String, Object>>) truth("$.street_report");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> rejected() {
    return (Map<String, Map<String, Object>>) truth("$.rejected");
  }
}
