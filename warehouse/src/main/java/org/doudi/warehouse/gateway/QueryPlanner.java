package org.doudi.warehouse.gateway;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.adapter.jdbc.JdbcImplementor;
import org.apache.calcite.adapter.jdbc.JdbcToEnumerableConverter;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.plan.Contexts;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rel.rel2sql.RelToSqlConverter;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.tools.FrameworkConfig;
import org.apache.calcite.tools.Frameworks;
import org.apache.calcite.tools.Planner;
import org.apache.calcite.tools.Programs;
import org.apache.calcite.tools.RelBuilder;

/**
 * The second gate and the planner: validates the one query against {@link AnalysisSchema} and the
 * standard functions only, caps its rows in the plan, lets Calcite push the plan down to DuckDB
 * through the JDBC adapter, and returns the SQL that Calcite generated for DuckDB.
 */
final class QueryPlanner {

  private static final SqlDialect DIALECT = GatewayDialect.INSTANCE;
  private static final Pattern NOT_FOUND = Pattern.compile("(?:Object|Table) '([^']+)' not found");
  private static final Pattern NO_FUNCTION =
      Pattern.compile("No match found for function signature ([^(]+)\\(");
  private static final Pattern NO_COLUMN = Pattern.compile("Column '([^']+)' not found");
  private static final Pattern TRAILING_SEMICOLONS = Pattern.compile("[\\s;]+\\z");
  private static final Pattern UNKNOWN_FUNCTION = Pattern.compile("Function '([^']+)' ");

  /**
   * Above this many joins Calcite's cost-based planner is skipped (its search grows fast and is not
   * under the timeout); the query still goes to DuckDB whole, which plans joins itself.
   */
  private static final int MAX_PLANNED_JOINS = 6;

  private final FrameworkConfig config;
  private final List<String> views;

  QueryPlanner(AnalysisSchema schema) {
    SchemaPlus root = Frameworks.createRootSchema(false);
    SchemaPlus analysis = root.add("doudi", schema);
    this.views = schema.names();
    this.config =
        Frameworks.newConfigBuilder()
            .parserConfig(StatementGuard.PARSER)
            .context(Contexts.of(connectionConfig()))
            .defaultSchema(analysis)
            .operatorTable(SqlStdOperatorTable.instance())
            .sqlValidatorConfig(
                SqlValidator.Config.DEFAULT
                    .withConformance(SqlConformanceEnum.BABEL)
                    .withIdentifierExpansion(true))
            .programs(Programs.standard())
            .build();
  }

  /**
   * Sorts NULLs as DuckDB does (last, ascending and descending), so that an ORDER BY gives the same
   * rows through the gateway as in DuckDB itself.
   */
  private static CalciteConnectionConfig connectionConfig() {
    Properties properties = new Properties();
    properties.setProperty(
        CalciteConnectionProperty.DEFAULT_NULL_COLLATION.camelName(), NullCollation.LAST.name());
    properties.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "false");
    return new CalciteConnectionConfigImpl(properties);
  }

  /** The outcome of planning: what DuckDB will run and how Calcite planned it. */
  record PlannedQuery(
      List<ResultColumn> columns, String duckDbSql, String physicalPlan, boolean pushedDown) {}

  /**
   * Validates and plans {@code sql}; throws a refusal with a Chinese reason when it may not run.
   */
  PlannedQuery plan(String sql, int maxRows) {
    SqlNode query = StatementGuard.singleQuery(sql);
    refuseParameters(query);
    Planner planner = Frameworks.getPlanner(config);
    try {
      SqlNode validated;
      try {
        // The guard read exactly one statement; the planner reads it again without the final ';'.
        validated =
            planner.validate(planner.parse(TRAILING_SEMICOLONS.matcher(sql).replaceAll("")));
      } catch (Exception e) {
        throw new QueryRefusedException(validationMessage(e), false, e);
      }
      RelRoot root = planner.rel(validated);
      List<ResultColumn> columns = new ArrayList<>();
      for (RelDataTypeField field : root.validatedRowType.getFieldList()) {
        columns.add(
            new ResultColumn(
                field.getName(),
                field.getType().getSqlTypeName().getName(),
                field.getType().getSqlTypeName().getJdbcOrdinal()));
      }
      RelNode logical = root.withRel(capRows(root.rel, root.collation, maxRows + 1)).project();
      RelNode physical = null;
      if (!hasWindow(logical) && joins(logical) <= MAX_PLANNED_JOINS) {
        try {
          physical =
              planner.transform(
                  0, logical.getTraitSet().replace(EnumerableConvention.INSTANCE), logical);
        } catch (Exception | AssertionError e) {
          // The JDBC convention cannot take every operator; DuckDB still runs the whole query
          // below.
        }
      }
      if (physical instanceof JdbcToEnumerableConverter converter) {
        JdbcImplementor implementor =
            new JdbcImplementor(DIALECT, (JavaTypeFactory) logical.getCluster().getTypeFactory());
        String duckDbSql =
            implementor.visitRoot(converter.getInput()).asStatement().toSqlString(DIALECT).getSql();
        return new PlannedQuery(columns, duckDbSql, explain(physical), true);
      }
      String duckDbSql =
          new RelToSqlConverter(DIALECT)
              .visitRoot(logical)
              .asStatement()
              .toSqlString(DIALECT)
              .getSql();
      String plan = physical != null ? explain(physical) : explain(logical);
      return new PlannedQuery(columns, duckDbSql, plan, false);
    } catch (QueryRefusedException e) {
      throw e;
    } catch (Exception e) {
      throw new QueryRefusedException("查询无法执行：" + rootMessage(e), false, e);
    } finally {
      planner.close();
    }
  }

  /**
   * Puts the row cap into the plan, so that DuckDB stops after one row more than the cap instead of
   * producing a huge result; an ORDER BY at the top takes the cap as its FETCH.
   */
  private static RelNode capRows(RelNode rel, RelCollation collation, int limit) {
    RexNode fetch = rel.getCluster().getRexBuilder().makeExactLiteral(BigDecimal.valueOf(limit));
    if (rel instanceof Sort sort && sort.offset == null && sort.fetch == null) {
      return sort.copy(sort.getTraitSet(), sort.getInput(), sort.getCollation(), null, fetch);
    }
    RelBuilder builder = RelFactories.LOGICAL_BUILDER.create(rel.getCluster(), null);
    return builder.push(rel).sortLimit(0, limit, builder.fields(collation)).build();
  }

  private static int joins(RelNode rel) {
    int own = rel instanceof Join ? 1 : 0;
    return own + rel.getInputs().stream().mapToInt(QueryPlanner::joins).sum();
  }

  /** Window functions are not planned in the JDBC convention; they go to DuckDB whole. */
  private static boolean hasWindow(RelNode rel) {
    if (rel instanceof Window
        || (rel instanceof Project project && RexOver.containsOver(project.getProjects(), null))
        || (rel instanceof Calc calc && calc.getProgram().containsAggs())) {
      return true;
    }
    return rel.getInputs().stream().anyMatch(QueryPlanner::hasWindow);
  }

  private static String explain(RelNode rel) {
    return RelOptUtil.toString(rel, SqlExplainLevel.EXPPLAN_ATTRIBUTES).strip();
  }

  private static void refuseParameters(SqlNode query) {
    query.accept(
        new SqlShuttle() {
          @Override
          public SqlNode visit(SqlDynamicParam param) {
            throw new QueryRefusedException("自助查询不支持参数占位符 ?：请把值直接写在查询中。");
          }
        });
  }

  private String validationMessage(Exception e) {
    String message = rootMessage(e);
    Matcher table = NOT_FOUND.matcher(message);
    if (table.find()) {
      return "不能查询“"
          + table.group(1)
          + "”：自助查询只开放分析视图 "
          + String.join("、", views)
          + "；原始表、系统目录、其他数据库和文件都不可访问。";
    }
    Matcher function = NO_FUNCTION.matcher(message);
    if (function.find()) {
      return "不支持函数 "
          + function.group(1).strip()
          + "：自助查询只能使用标准 SQL 函数（如 count、sum、avg、extract、cast、coalesce），"
          + "不能调用读取文件、表函数或数据库目录函数。";
    }
    Matcher column = NO_COLUMN.matcher(message);
    if (column.find()) {
      return "列“" + column.group(1) + "”不存在：请在左侧视图说明中查看可用的列。";
    }
    Matcher unknown = UNKNOWN_FUNCTION.matcher(message);
    if (unknown.find()) {
      return "不支持函数 " + unknown.group(1) + "：自助查询只能使用标准 SQL 函数。";
    }
    return "查询未通过校验：" + message;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.strip();
  }
}
