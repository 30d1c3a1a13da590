/**
 * The one loading pipeline every source goes through: the launcher (refuse, stage once, run the
 * source's job, answer, clean up), the staged-file and outcome types, the recorder a source's
 * writer calls, the job listener that announces the changed periods, and the crash recovery run at
 * every start. A source is a package that declares a {@link org.doudi.etl.fileload.LoadSource}.
 */
package org.doudi.etl.fileload;
