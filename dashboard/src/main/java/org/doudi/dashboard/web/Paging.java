package org.doudi.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list that can grow: which rows to read, the total always shown, and links to the
 * other pages that keep the request's filters.
 *
 * @param page the page shown, from 1
 * @param size rows per page
 * @param total rows in the whole list under the current filters
 * @param base the request's path and query, for the links to other pages
 */
public record Paging(int page, int size, long total, String base) {

  /** Rows per page of the lists that have no size of their own. */
  public static final int DEFAULT_SIZE = 50;

  /** Returns the page asked for in {@code ?page=}, kept within the list's pages. */
  public static Paging of(HttpServletRequest request, Integer page, long total, int size) {
    String base =
        UriComponentsBuilder.fromPath(request.getRequestURI())
            .query(request.getQueryString())
            .replaceQueryParam("page")
            .build()
            .toUriString();
    int pages = (int) Math.max(1, (total + size - 1) / size);
    int p = page == null ? 1 : Math.max(1, Math.min(page, pages));
    return new Paging(p, size, total, base);
  }

  /** Returns the number of pages, at least 1. */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** Returns the offset of the page's first row, for {@code OFFSET}. */
  public long offset() {
    return (long) (page - 1) * size;
  }

  /** Returns the position of the page's first row, from 1, or 0 on an empty list. */
  public long first() {
    return total == 0 ? 0 : offset() + 1;
  }

  /** Returns the position of the page's last row. */
  public long last() {
    return Math.min(total, offset() + size);
  }

  /** Returns the link to another page, keeping the filters. */
  public String url(int other) {
    return UriComponentsBuilder.fromUriString(base)
        .replaceQueryParam("page", other)
        .build()
        .toUriString();
  }

  /** Returns the text that states the total: 共 3,106 条，第 1–50 条. */
  public String summary() {
    if (total == 0) {
      return "共 0 条";
    }
    return String.format("共 %,d 条，当前第 %,d–%,d 条（第 %d/%d 页）", total, first(), last(), page, pages());
  }
}
