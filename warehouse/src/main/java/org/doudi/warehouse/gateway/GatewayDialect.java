package org.doudi.warehouse.gateway;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.DuckDBSqlDialect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's DuckDB dialect, writing every character cast as a plain {@code VARCHAR}: Calcite casts
 * string literals and columns to {@code CHAR(n)} or {@code VARCHAR(n) CHARACTER SET "UTF-8"} (e.g.
 * for {@code street_code IN ('wanli', 'changshoulu')}), neither of which DuckDB parses. String
 * literals are written plain ({@code 'x'}, quotes doubled) whatever their character set: a {@code
 * U&'…'} literal would otherwise come out as {@code _UTF-16LE'…'}, which DuckDB cannot run, and
 * DuckDB's text is UTF-8 throughout.
 */
final class GatewayDialect extends DuckDBSqlDialect {

  static final SqlDialect INSTANCE = new GatewayDialect();

  private GatewayDialect() {
    super(DuckDBSqlDialect.DEFAULT_CONTEXT);
  }

  @Override
  public SqlNode getCastSpec(RelDataType type) {
    if (type.getSqlTypeName() == SqlTypeName.CHAR || type.getSqlTypeName() == SqlTypeName.VARCHAR) {
      return new SqlDataTypeSpec(
          new SqlBasicTypeNameSpec(SqlTypeName.VARCHAR, SqlParserPos.ZERO), SqlParserPos.ZERO);
    }
    return super.getCastSpec(type);
  }

  @Override
  public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
    buf.append(literalQuoteString)
        .append(val.replace(literalEndQuoteString, literalEscapedQuote))
        .append(literalEndQuoteString);
  }
}
