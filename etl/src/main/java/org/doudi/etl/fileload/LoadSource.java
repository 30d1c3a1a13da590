package org.doudi.etl.fileload;

import org.doudi.warehouse.load.LoadKind;
import org.springframework.batch.core.job.Job;
import org.springframework.util.unit.DataSize;

/**
 * A kind of file the product loads, as its package declares it: the job that loads a run's staged
 * files and the largest file it accepts. The launcher finds a source by its kind; nothing else need
 * know the source exists.
 *
 * @param kind what the source brings in, as {@code load_log.kind} records it
 * @param job the job, reading its files from the run's staging folder
 * @param maxFileSize the largest file accepted, refused before it is staged
 * @param label what its files are called in messages: 统计表, 信访台账
 */
public record LoadSource(LoadKind kind, Job job, DataSize maxFileSize, String label) {}
