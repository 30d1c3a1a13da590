/**
 * What the file loaders share: staging the files of a run in the inbox, reading them one per chunk
 * so that each file is loaded in its own transaction, restarting a run that died midway, and
 * reading each file's outcome back from the load log.
 */
package org.doudi.etl.fileload;
