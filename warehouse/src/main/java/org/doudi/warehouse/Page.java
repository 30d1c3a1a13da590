package org.doudi.warehouse;

import java.util.List;

/**
 * One page of a list that can grow, with the list's total so that a page can state it.
 *
 * @param rows the rows of this page
 * @param total the rows of the whole list
 * @param <T> the row type
 */
public record Page<T>(List<T> rows, long total) {}
