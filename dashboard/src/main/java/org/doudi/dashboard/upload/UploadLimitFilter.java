package org.doudi.dashboard.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.doudi.etl.fileload.FileLoadLauncher;
import org.doudi.warehouse.load.LoadKind;
import org.doudi.warehouse.rectification.SummaryReports;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than its page allows before any byte of it is read: the form pages take
 * statistics forms (20 MB by default), the petition page takes logs (1 GB), the campaign's file
 * pages their sources' limits and the summary reports the kept files' limit. It runs before every
 * other filter, since reading a request parameter (the CSRF check does) would make the server spool
 * the whole body to disk first. Browsers always send the length; a request sent in chunks without
 * one is bounded by the server's multipart limit, then by the loader's check.
 */
class UploadLimitFilter extends OncePerRequestFilter {

  /** Room for the multipart envelope around the file: boundaries, headers, the other fields. */
  static final long ENVELOPE = 64 * 1024;

  private static final Map<String, LoadKind> PAGES =
      Map.ofEntries(
          Map.entry("/forms/upload", LoadKind.STREET_FORM),
          Map.entry("/forms/discipline/upload", LoadKind.DISCIPLINE),
          Map.entry("/petitions/upload", LoadKind.PETITIONS),
          Map.entry("/campaign/files/relatives/upload", new LoadKind("relatives")),
          Map.entry("/campaign/files/custody/upload", new LoadKind("custody")),
          Map.entry("/campaign/files/ledger/upload", new LoadKind("ledger")),
          Map.entry("/campaign/files/removals/upload", new LoadKind("removals")),
          Map.entry("/campaign/files/payments/upload", new LoadKind("payments")));

  /** Pages whose files are kept as they are rather than loaded, with their limits. */
  private static final Map<String, Long> KEPT_FILES =
      Map.of("/campaign/summary-reports", SummaryReports.MAX_BYTES);

  private final FileLoadLauncher launcher;

  UploadLimitFilter(FileLoadLauncher launcher) {
    this.launcher = launcher;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return !"POST".equals(request.getMethod())
        || !(PAGES.containsKey(path) || KEPT_FILES.containsKey(path));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = path(request);
    long limit =
        PAGES.containsKey(path)
            ? launcher.maxFileSize(PAGES.get(path)).toBytes()
            : KEPT_FILES.get(path);
    long length = length(request);
    if (length > limit + ENVELOPE) {
      refuse(
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          String.format(
              "文件大小约 %.1f MB，超过本页上限 %.1f MB，未上传；请检查是否选错了文件",
              length / 1024.0 / 1024.0, limit / 1024.0 / 1024.0));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Returns the announced length of the body, -1 when none was announced. */
  private static long length(HttpServletRequest request) {
    long length = request.getContentLengthLong();
    String header = request.getHeader("Content-Length");
    if (length < 0 && header != null && header.strip().matches("\\d{1,18}")) {
      length = Long.parseLong(header.strip());
    }
    return length;
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Connection", "close");
    String json =
        "{\"status\":\"REJECTED\",\"headline\":\"未导入\",\"messages\":[\""
            + message.replace("\"", "'")
            + "\"]}";
    response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
  }
}
