package org.doudi.warehouse.rectification;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * A file kept with the instance (evidence of a rectification, a street's summary report).
 *
 * @param id its number
 * @param owner the item number (evidence) or the street code (summary report)
 * @param fileName the name it was uploaded under
 * @param contentType its type, from its first bytes
 * @param sizeBytes its size
 * @param sha256 its SHA-256 in hex
 * @param path where it lies on disk
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record StoredFile(
    long id,
    String owner,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    Path path,
    String uploadedBy,
    OffsetDateTime uploadedAt) {}
