package org.doudi.warehouse.load;

import java.time.OffsetDateTime;

/**
 * One row of the load history.
 *
 * @param id the load's number
 * @param kind what was loaded
 * @param fileName the file's name as the user gave it
 * @param sha256 the SHA-256 of its bytes
 * @param loadedBy the account, or {@code cli:<os user>}
 * @param startedAt when the load started
 * @param finishedAt when it ended, or null while running
 * @param status running, loaded, rejected, skipped or failed
 * @param rowsLoaded how many rows it kept
 * @param message the result in Chinese: errors (one per line) or warnings
 */
public record LoadRecord(
    long id,
    LoadKind kind,
    String fileName,
    String sha256,
    String loadedBy,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    String status,
    long rowsLoaded,
    String message) {}
