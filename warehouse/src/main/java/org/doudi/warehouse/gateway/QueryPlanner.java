package org.doudi.warehouse.gateway;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.ProxyingMetadataHandlerProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.rel2sql.RelToSqlConverter;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.sql.SqlLiteral;
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
import org.apache.calcite.util.CancelFlag;
import org.apache.calcite.util.NlsString;

/**
 * The second gate and the planner: validates the one query against {@link AnalysisSchema} and the
 * standard functions only, caps its rows in the plan, lets Calcite push the plan down to DuckDB
 * through the JDBC adapter, and returns the SQL that Calcite generated for DuckDB.
 */
final class QueryPlanner {

  private static final SqlDialect DIALECT = GatewayDialect.INSTANCE;
  private static final Pattern TRAILING_SEMICOLONS = Pattern.compile("[\\s;]+\\z");

  /**
   * Above this many joins (each subquery counted as the join it becomes) Calcite's cost-based
   * planner is skipped: its search grows exponentially with them (a 6-way self-join with one EXISTS
   * took 3 s of CPU, with eight it did not end). The query still goes to DuckDB whole, which plans
   * joins itself.
   */
  static final int MAX_PLANNED_JOINS = 3;

  static final java.util.function.ObjLongConsumer<String> PROBE =
      Boolean.getBoolean("doudi.probe")
          ? (what, t) ->
              System.err.printf("PROBE %s %d ms%n", what, (System.nanoTime() - t) / 1_000_000)
          : (what, t) -> {};

  /** More joins and subqueries than this are refused: a cost bound for DuckDB and the planner. */
  static final int MAX_JOINS = 10;

  /**
   * Metadata handlers dispatched by reflection rather than generated and compiled with Janino:
   * Janino's handlers cost seconds on the first statement of every new JVM (each {@code sql}
   * command), and the plans here are small.
   */
  private static final ProxyingMetadataHandlerProvider METADATA =
      new ProxyingMetadataHandlerProvider(DefaultRelMetadataProvider.INSTANCE);

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
  PlannedQuery plan(String sql, int maxRows, CancelFlag cancel) {
    long t0 = System.nanoTime();
    SqlNode query = StatementGuard.singleQuery(sql);
    PROBE.accept("guard", t0);
    refuseParameters(query);
    QueryShape.check(query);
    Planner planner =
        Frameworks.getPlanner(
            Frameworks.newConfigBuilder(config)
                .context(Contexts.of(connectionConfig(), cancel))
                .build());
    try {
      SqlNode validated;
      try {
        // The guard read exactly one statement; the planner reads it again without the final ';'.
        validated =
            planner.validate(
                plainLiterals(planner.parse(TRAILING_SEMICOLONS.matcher(sql).replaceAll(""))));
      } catch (Exception e) {
        throw new QueryRefusedException(PlannerMessages.ofValidation(e, views), false, e);
      }
      PROBE.accept("validate", t0);
      RelRoot root = planner.rel(validated);
      PROBE.accept("rel", t0);
      root.rel.getCluster().setMetadataQuerySupplier(() -> new RelMetadataQuery(METADATA));
      List<RelDataTypeField> fields = root.validatedRowType.getFieldList();
      List<String> names =
          ColumnNames.readable(fields.stream().map(RelDataTypeField::getName).toList(), query, sql);
      List<ResultColumn> columns = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        RelDataTypeField field = fields.get(i);
        columns.add(
            new ResultColumn(
                names.get(i),
                field.getType().getSqlTypeName().getName(),
                field.getType().getSqlTypeName().getJdbcOrdinal()));
      }
      RelNode logical = root.withRel(capRows(root.rel, root.collation, maxRows + 1)).project();
      RelNode physical = null;
      int joins = QueryShape.joins(logical);
      if (joins > MAX_JOINS) {
        throw new QueryRefusedException(
            "查询过于复杂：含 "
                + joins
                + " 个连接（JOIN）和子查询（EXISTS、IN 等），上限为 "
                + MAX_JOINS
                + " 个。请分几步查询，或先用 WITH 汇总。");
      }
      if (!QueryShape.hasWindow(logical) && joins <= MAX_PLANNED_JOINS) {
        try {
          physical =
              planner.transform(
                  0, logical.getTraitSet().replace(EnumerableConvention.INSTANCE), logical);
        } catch (Exception | AssertionError e) {
          if (cancel.isCancelRequested()) {
            throw new QueryRefusedException("查询的规划已因超时停止。", true, e);
          }
          // The JDBC convention cannot take every operator; DuckDB still runs the whole query
          // below.
        }
      }
      PROBE.accept("transform", t0);
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
      throw new QueryRefusedException(PlannerMessages.ofFailure(e), false, e);
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

  private static String explain(RelNode rel) {
    return RelOptUtil.toString(rel, SqlExplainLevel.EXPPLAN_ATTRIBUTES).strip();
  }

  /**
   * Reads every string literal as plain text: {@code U&'…'} and {@code _charset'…'} literals carry
   * a character set of their own, which Calcite will not compare with the views' UTF-8 text.
   */
  private static SqlNode plainLiterals(SqlNode query) {
    return query.accept(
        new SqlShuttle() {
          @Override
          public SqlNode visit(SqlLiteral literal) {
            if (literal instanceof SqlCharStringLiteral text
                && text.getValueAs(NlsString.class).getCharsetName() != null) {
              return SqlLiteral.createCharString(
                  text.getValueAs(NlsString.class).getValue(), literal.getParserPosition());
            }
            return literal;
          }
        });
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
}
