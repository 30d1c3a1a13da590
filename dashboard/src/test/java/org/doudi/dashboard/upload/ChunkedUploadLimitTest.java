package org.doudi.dashboard.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An upload sent in chunks, without a length (issue 14, item 10): the running server stops reading
 * it at the page's limit, answers 413 in Chinese, and never has more than the limit on disk.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"doudi.demo=false", "doudi.forms.max-file-size=1MB"})
class ChunkedUploadLimitTest {

  private static final long LIMIT = 1024 * 1024;
  private static final long BODY = 20L * 1024 * 1024;
  private static Path spool;

  @DynamicPropertySource
  static void folders(DynamicPropertyRegistry registry) throws IOException {
    Path home = Files.createTempDirectory("doudi-chunked-upload");
    spool = Files.createDirectories(home.resolve("spool"));
    registry.add("doudi.warehouse.path", () -> home.resolve("doudi.duckdb").toString());
    registry.add("spring.servlet.multipart.location", spool::toString);
  }

  @LocalServerPort int port;

  @Test
  void chunkedFormUploadOverThePageLimitIsRefusedWithAtMostTheLimitOnDisk() throws Exception {
    // given a 20 MB form upload without a length, to a page that takes 1 MB
    String head =
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"统计表.xlsx\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/forms/upload"))
            .header("Content-Type", "multipart/form-data; boundary=XyZ")
            .timeout(Duration.ofSeconds(60))
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> multipart(head, BODY, "\r\n--XyZ--\r\n")))
            .build();
    AtomicLong mostOnDisk = new AtomicLong();
    AtomicBoolean watching = new AtomicBoolean(true);
    Thread watcher =
        new Thread(
            () -> {
              while (watching.get()) {
                mostOnDisk.accumulateAndGet(bytesIn(spool), Math::max);
                Thread.onSpinWait();
              }
            });
    watcher.start();
    // when it is sent in chunks (no Content-Length: the publisher's length is unknown)
    HttpResponse<String> response;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } finally {
      watching.set(false);
      watcher.join();
    }
    // then the answer is 413 in Chinese, and the disk never held more than the limit and its
    // envelope (plus one read buffer); nothing is left behind
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("文件超过本页上限 1.0 MB，已在读到上限时停止接收，未上传");
    assertThat(mostOnDisk.get()).isLessThanOrEqualTo(LIMIT + UploadLimits.ENVELOPE + 64 * 1024);
    assertThat(bytesIn(spool)).isZero();
  }

  @Test
  void chunkedFormUploadWithinThePageLimitGoesThrough() throws Exception {
    // given a small body without a length
    String body =
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\nnot a workbook\r\n--XyZ--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/forms/upload"))
            .header("Content-Type", "multipart/form-data; boundary=XyZ")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
            .build();
    // when it is sent without logging in
    HttpResponse<String> response;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    response = client.send(request, HttpResponse.BodyHandlers.ofString());
    // then it passes the limit and meets the security filters (no 413): CSRF/login refuse it
    assertThat(response.statusCode()).isIn(302, 401, 403);
  }

  private static InputStream multipart(String head, long size, String tail) {
    InputStream filler =
        new InputStream() {
          long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
          }
        };
    return new SequenceInputStream(
        new SequenceInputStream(
            new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), filler),
        new java.io.ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)));
  }

  private static long bytesIn(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              file -> {
                try {
                  return Files.size(file);
                } catch (IOException e) {
                  return 0; // removed meanwhile
                }
              })
          .sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }
}
