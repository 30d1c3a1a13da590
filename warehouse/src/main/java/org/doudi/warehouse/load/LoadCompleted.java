package org.doudi.warehouse.load;

import java.util.Set;
import org.doudi.warehouse.dictionary.Period;

/**
 * Published after a load committed data: the findings of the named periods must be recomputed.
 *
 * @param kind what was loaded
 * @param periods the periods whose data changed
 */
public record LoadCompleted(LoadKind kind, Set<Period> periods) {}
