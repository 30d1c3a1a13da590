package org.doudi.warehouse.gateway;

import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelVisitor;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Correlate;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * What decides how a statement may be planned: recursive queries and expressions nested too deep
 * are refused before Calcite sees them; joins are counted after each {@code EXISTS}/{@code IN}
 * subquery is counted as the join it becomes, so that the cost-based planner only gets small
 * queries.
 */
final class QueryShape {

  /** Deeper expressions (e.g. a sum of thousands of terms) are refused before validation. */
  static final int MAX_DEPTH = 400;

  private QueryShape() {}

  /** Refuses {@code WITH RECURSIVE} and expressions nested deeper than {@link #MAX_DEPTH}. */
  static void check(SqlNode query) {
    query.accept(
        new SqlBasicVisitor<Void>() {
          private int depth;

          @Override
          public Void visit(SqlCall call) {
            if (call instanceof SqlWithItem item
                && item.recursive != null
                && item.recursive.booleanValue()) {
              throw new QueryRefusedException(
                  "自助查询不支持递归查询（WITH RECURSIVE）：请改用普通的 WITH 子查询，或按层级分几步查询。");
            }
            if (++depth > MAX_DEPTH) {
              throw new QueryRefusedException(
                  "查询的表达式嵌套过深（超过 " + MAX_DEPTH + " 层，例如上千项相加），无法分析：请简化表达式，或分几步查询。");
            }
            try {
              return super.visit(call);
            } finally {
              depth--;
            }
          }
        });
  }

  /** Counts joins, correlations and subqueries (each becomes a join) of a logical plan. */
  static int joins(RelNode plan) {
    int[] count = {0};
    new RelVisitor() {
      @Override
      public void visit(RelNode node, int ordinal, RelNode parent) {
        if (node instanceof Join || node instanceof Correlate) {
          count[0]++;
        }
        node.accept(
            new RexShuttle() {
              @Override
              public org.apache.calcite.rex.RexNode visitSubQuery(RexSubQuery subQuery) {
                count[0] += 1 + joins(subQuery.rel);
                return subQuery;
              }
            });
        super.visit(node, ordinal, parent);
      }
    }.go(plan);
    return count[0];
  }

  /** Window functions are not planned in the JDBC convention; they go to DuckDB whole. */
  static boolean hasWindow(RelNode rel) {
    if (rel instanceof Window
        || (rel instanceof Project project && RexOver.containsOver(project.getProjects(), null))
        || (rel instanceof Calc calc && calc.getProgram().containsAggs())) {
      return true;
    }
    return rel.getInputs().stream().anyMatch(QueryShape::hasWindow);
  }
}
