package org.doudi.warehouse.dictionary;

/**
 * A street (街道) or town (镇) of the district.
 *
 * @param code the stable code used in tables and URLs, e.g. {@code changshoulu}
 * @param name the official name, e.g. 长寿路街道
 * @param sortOrder the order the bureau lists streets in
 */
public record Street(String code, String name, int sortOrder) {}
