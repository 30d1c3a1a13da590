package org.doudi.warehouse.findings;

import java.util.List;
import org.doudi.warehouse.dictionary.Period;

/**
 * What one recomputation of the findings did.
 *
 * @param periods the periods recomputed
 * @param found how many findings the rules found in them
 * @param added how many of those were new
 * @param closed how many earlier findings were no longer found and closed
 * @param foundAgain how many closed findings were found again and reopened
 * @param skippedRules rules not run because a relation they need is missing
 * @param millis how long it took
 */
public record Recomputation(
    List<Period> periods,
    int found,
    int added,
    int closed,
    int foundAgain,
    List<String> skippedRules,
    long millis) {}
