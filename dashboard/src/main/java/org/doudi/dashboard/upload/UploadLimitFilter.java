package org.doudi.dashboard.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than its page allows: the form pages take statistics forms (20 MB by
 * default), the petition page takes logs (1 GB), the campaign's file pages their sources' limits, a
 * problem-list item its evidence and a street its summary report (20 MB each). A body whose
 * announced length is too large is refused before any byte of it is read; a body sent in chunks
 * without a length is parsed here, before every other filter, while {@link UploadBodyValve} counts
 * it, and refused as soon as it passes the limit, with only the bytes up to the limit ever written
 * to disk (and removed). It runs first, since reading a request parameter (the CSRF check does)
 * makes the server parse the body.
 */
class UploadLimitFilter extends OncePerRequestFilter {

  /**
   * How much of a refused body of unknown length is still read (and dropped, never stored) so that
   * the client can read the refusal; past this the connection is closed on it.
   */
  static final long DISCARDED_AT_MOST = 32L * 1024 * 1024;

  private final UploadLimits limits;

  UploadLimitFilter(UploadLimits limits) {
    this.limits = limits;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return limits.fileLimit(request.getMethod(), path(request)).isEmpty();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limits.fileLimit(request.getMethod(), path(request)).orElseThrow();
    long length = length(request);
    if (length > limit + UploadLimits.ENVELOPE) {
      refuse(
          response,
          String.format(
              "文件大小约 %.1f MB，超过本页上限 %.1f MB，未上传；请检查是否选错了文件",
              length / 1024.0 / 1024.0, limit / 1024.0 / 1024.0));
      return;
    }
    if (length < 0 && isMultipart(request) && !readsWithinLimit(request)) {
      refuse(
          response,
          String.format("文件超过本页上限 %.1f MB，已在读到上限时停止接收，未上传；请检查是否选错了文件", limit / 1024.0 / 1024.0));
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Reads the parts of a body of unknown length now, under the valve's count, and returns whether
   * it stayed within the limit; a body that is malformed for another reason is left to the page.
   */
  private static boolean readsWithinLimit(HttpServletRequest request) {
    try {
      request.getParts();
    } catch (IOException | ServletException | RuntimeException e) {
      return !(request.getAttribute(UploadBodyValve.COUNT)
              instanceof UploadBodyValve.BodyCount count
          && count.exceeded());
    }
    return true;
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
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

  private static void refuse(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Connection", "close");
    String json =
        "{\"status\":\"REJECTED\",\"headline\":\"未导入\",\"messages\":[\""
            + message.replace("\"", "'")
            + "\"]}";
    response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
  }
}
