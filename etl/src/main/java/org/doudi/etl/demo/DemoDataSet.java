package org.doudi.etl.demo;

import java.util.List;
import java.util.Set;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.figures.FigureVersion;

/**
 * What the generator made for one seed: every form version, the discipline figures and the cases.
 *
 * @param periods the periods covered
 * @param forms every version of every street's form
 * @param discipline the figures reported to discipline inspection
 * @param cases the petition and hotline cases
 * @param ledger the work team's moves of the real-name complaints in the ledger
 */
record DemoDataSet(
    Set<Period> periods,
    List<FigureVersion> forms,
    List<FigureVersion> discipline,
    List<DemoCase> cases,
    List<DemoLedger.Move> ledger) {}
