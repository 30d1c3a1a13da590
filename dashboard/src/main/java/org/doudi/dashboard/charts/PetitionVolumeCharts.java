package org.doudi.dashboard.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.origin.util.SeriesOption;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Petition and hotline volumes (信访/热线) from the masked {@code petition} view only: by channel and
 * category, by assistance programme, by the issues raised (涉及问题).
 */
@Component
class PetitionVolumeCharts {

  static final List<String> CHANNELS = List.of("来电", "来信", "来访", "网上信访", "12345热线");
  static final List<String> CATEGORIES = List.of("求助申请", "投诉举报", "政策咨询", "其他");
  static final List<String> PROGRAMS = List.of("低保", "特困", "低保边缘", "支出型贫困", "临时救助", "其他");

  private static final String CHANNELS_SQL =
      """
      SELECT channel, category, count(*) AS cases
      FROM petition
      WHERE received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code)
      GROUP BY channel, category
      """;

  private static final String PROGRAMS_SQL =
      """
      SELECT coalesce(program, '未填写') AS program, count(*) AS cases,
             count(*) FILTER (WHERE resolved) AS resolved
      FROM petition
      WHERE received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code)
      GROUP BY 1
      """;

  // over petition_case's own list of issues, not the petition view's text joined by 、: splitting
  // the text again cost three times the CPU (1.7 s against 0.54 s over 10M cases, docs/scale.md)
  private static final String ISSUES_SQL =
      """
      SELECT issue, count(*) AS cases
      FROM (SELECT unnest(issues) AS issue
            FROM petition_case
            WHERE received_date BETWEEN ? AND ? AND street_code = coalesce(?, street_code))
      WHERE trim(issue) <> ''
      GROUP BY issue
      ORDER BY cases DESC, issue
      """;

  private final JdbcTemplate jdbc;

  PetitionVolumeCharts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  ChartQuery channelsQuery(PeriodRange range, String street) {
    return query(CHANNELS_SQL, range, street);
  }

  ChartQuery programsQuery(PeriodRange range, String street) {
    return query(PROGRAMS_SQL, range, street);
  }

  ChartQuery issuesQuery(PeriodRange range, String street) {
    return query(ISSUES_SQL, range, street);
  }

  private static ChartQuery query(String sql, PeriodRange range, String street) {
    return new ChartQuery(
        sql, Arrays.asList(range.from().firstDay(), range.to().lastDay(), street));
  }

  /** Returns cases per channel, stacked by category (诉求类型). */
  ChartJson channels(PeriodRange range, String street) {
    ChartQuery query = channelsQuery(range, street);
    List<Map<String, Object>> rows = jdbc.queryForList(query.sql(), query.argArray());
    if (rows.isEmpty()) {
      return ChartJson.empty(ChartOptions.NO_PETITIONS);
    }
    Set<String> channels = new LinkedHashSet<>(CHANNELS);
    Set<String> categories = new LinkedHashSet<>(CATEGORIES);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      channels.add((String) row.get("channel"));
      categories.add((String) row.get("category"));
      counts.put(
          row.get("channel") + "/" + row.get("category"), ((Number) row.get("cases")).longValue());
    }
    List<String> channelList = new ArrayList<>(channels);
    List<SeriesOption> series = new ArrayList<>();
    List<String> units = new ArrayList<>();
    for (String category : categories) {
      Number[] data = new Number[channelList.size()];
      for (int i = 0; i < channelList.size(); i++) {
        data[i] = counts.getOrDefault(channelList.get(i) + "/" + category, 0L);
      }
      series.add(new BarSeries().setName(category).setStack("cases").setData(data));
      units.add("件");
    }
    Option option =
        ChartOptions.base("信访/热线案件：渠道与诉求类型", "单位：件 · " + ChartOptions.span(range), "axis")
            .setXAxis(ChartOptions.categories(channelList, 0))
            .setYAxis(ChartOptions.values("件"))
            .setSeries(series.toArray(SeriesOption[]::new));
    return new ChartJson(
        ChartOptions.json(option), new ChartJson.Meta(units, List.of("件"), null, "axis", null));
  }

  /** Returns cases per assistance programme (救助项目), split by whether they were resolved. */
  ChartJson programs(PeriodRange range, String street) {
    ChartQuery query = programsQuery(range, street);
    List<Map<String, Object>> rows = jdbc.queryForList(query.sql(), query.argArray());
    if (rows.isEmpty()) {
      return ChartJson.empty(ChartOptions.NO_PETITIONS);
    }
    Set<String> programs = new LinkedHashSet<>(PROGRAMS);
    Map<String, Map<String, Object>> byProgram = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      programs.add((String) row.get("program"));
      byProgram.put((String) row.get("program"), row);
    }
    List<String> labels = new ArrayList<>(programs);
    Number[] resolved = new Number[labels.size()];
    Number[] open = new Number[labels.size()];
    for (int i = 0; i < labels.size(); i++) {
      Map<String, Object> row = byProgram.get(labels.get(i));
      long cases = row == null ? 0 : ((Number) row.get("cases")).longValue();
      long done = row == null ? 0 : ((Number) row.get("resolved")).longValue();
      resolved[i] = done;
      open[i] = cases - done;
    }
    Option option =
        ChartOptions.base("信访/热线案件：救助项目", "单位：件 · " + ChartOptions.span(range), "axis")
            .setXAxis(ChartOptions.categories(labels, 0))
            .setYAxis(ChartOptions.values("件"))
            .setSeries(
                new SeriesOption[] {
                  new BarSeries().setName("已处置到位").setStack("cases").setData(resolved),
                  new BarSeries().setName("未处置到位").setStack("cases").setData(open)
                });
    return new ChartJson(
        ChartOptions.json(option),
        new ChartJson.Meta(List.of("件", "件"), List.of("件"), null, "axis", null));
  }

  /** Returns how often each issue (涉及问题) was raised; a case raising two counts for both. */
  ChartJson issues(PeriodRange range, String street) {
    ChartQuery query = issuesQuery(range, street);
    List<Map<String, Object>> rows = jdbc.queryForList(query.sql(), query.argArray());
    if (rows.isEmpty()) {
      return ChartJson.empty(ChartOptions.NO_PETITIONS);
    }
    List<String> labels = new ArrayList<>();
    Number[] cases = new Number[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      labels.add((String) rows.get(i).get("issue"));
      cases[i] = ((Number) rows.get(i).get("cases")).longValue();
    }
    Option option =
        ChartOptions.base(
                "信访/热线案件：涉及问题", "单位：件（一案涉及多个问题时分别计入）· " + ChartOptions.span(range), "axis")
            .setXAxis(ChartOptions.categories(labels, labels.size() > 6 ? 30 : 0))
            .setYAxis(ChartOptions.values("件"))
            .setSeries(new SeriesOption[] {new BarSeries().setName("案件数").setData(cases)});
    return new ChartJson(
        ChartOptions.json(option),
        new ChartJson.Meta(List.of("件"), List.of("件"), null, "axis", null));
  }
}
