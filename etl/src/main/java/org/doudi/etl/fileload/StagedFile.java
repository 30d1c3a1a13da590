package org.doudi.etl.fileload;

import java.nio.file.Path;

/**
 * One file of a load run, copied into the inbox.
 *
 * @param index its position in the run, from 0
 * @param path the staged copy
 * @param fileName the name the person gave it (shown in every message)
 * @param sha256 the SHA-256 of its bytes, hex
 * @param sizeBytes its size
 */
public record StagedFile(int index, Path path, String fileName, String sha256, long sizeBytes) {}
