package org.doudi.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRElementGroup;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.doudi.reports.ReportsTestApplication;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.MetricDictionary;
import org.doudi.warehouse.dictionary.MetricLabel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The committed layouts with the form's merged three-row header (group → item → unit) are checked
 * against the metric dictionary: one column per figure in the dictionary's order, each figure's
 * field of the right type, and the group and item cells spanning exactly the figures that share
 * that group or item. The labels themselves come from the dictionary at fill time (LABELS).
 */
class ReportTemplatesMatchDictionaryTest {

  private static final Pattern LABEL =
      Pattern.compile("LABELS\\}\\.get\\(\"(group|item|unit)\\.(\\w+)\"\\)");
  private static final Pattern FIELD = Pattern.compile("^\\$F\\{(\\w+)\\}$");

  static ConfigurableApplicationContext context;
  static List<MetricLabel> dictionary;

  @BeforeAll
  static void open(@org.junit.jupiter.api.io.TempDir Path dir) {
    context = ReportsTestApplication.start(dir);
    dictionary = context.getBean(MetricDictionary.class).all();
  }

  @AfterAll
  static void close() {
    context.close();
  }

  /** A cell of a layout: where it is and what it shows. */
  record Cell(int x, int y, int width, int height) {
    int right() {
      return x + width;
    }

    int bottom() {
      return y + height;
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportTemplate.class,
      names = {"DISTRICT_TABLE", "STREET_FORM"})
  void theMergedHeaderFollowsTheMetricDictionary(ReportTemplate template) throws Exception {
    // given
    JasperDesign design;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(template.resource())) {
      design = JRXmlLoader.load(Objects.requireNonNull(in, template.resource()));
    }
    Map<String, Cell> labels = new LinkedHashMap<>();
    Map<String, Cell> columns = new LinkedHashMap<>();
    for (JRBand band : bands(design)) {
      for (JRElement element : elements(band)) {
        if (element instanceof JRTextField field && field.getExpression() != null) {
          String text = field.getExpression().getText().strip();
          Cell cell =
              new Cell(element.getX(), element.getY(), element.getWidth(), element.getHeight());
          Matcher label = LABEL.matcher(text);
          if (label.find()) {
            assertThat(labels.put(label.group(1) + "." + label.group(2), cell))
                .as("second %s cell for %s", label.group(1), label.group(2))
                .isNull();
          }
          Matcher value = FIELD.matcher(text);
          if (value.find() && Metric.byKey(value.group(1)).isPresent()) {
            columns.putIfAbsent(value.group(1), cell);
          }
        }
      }
    }

    // then: every figure has a field of its kind and a column, in the dictionary's order
    for (MetricLabel label : dictionary) {
      JRField field = design.getFieldsMap().get(label.metric().key());
      assertThat(field).as("field %s", label.metric().key()).isNotNull();
      assertThat(field.getValueClass())
          .isEqualTo(label.metric().kind() == Metric.Kind.YUAN ? BigDecimal.class : Long.class);
    }
    List<String> order = dictionary.stream().map(l -> l.metric().key()).toList();
    assertThat(columns.keySet()).containsExactlyElementsOf(order);
    for (int i = 1; i < order.size(); i++) {
      assertThat(columns.get(order.get(i)).x())
          .as("column %s follows %s", order.get(i), order.get(i - 1))
          .isEqualTo(columns.get(order.get(i - 1)).right());
    }

    // and: group and item cells span exactly the figures that share them; units sit on their own
    int headerBottom = labels.values().stream().mapToInt(Cell::bottom).max().orElseThrow();
    List<String> expected = new ArrayList<>();
    for (List<MetricLabel> group : runs(dictionary, MetricLabel::groupLabel)) {
      expected.add("group." + group.get(0).metric().key());
      assertSpans(labels.get("group." + group.get(0).metric().key()), group, columns);
      for (List<MetricLabel> item : runs(group, MetricLabel::itemLabel)) {
        String key = "item." + item.get(0).metric().key();
        expected.add(key);
        Cell cell = labels.get(key);
        assertSpans(cell, item, columns);
        if (item.get(0).unitLabel() == null) {
          assertThat(cell.bottom())
              .as("%s reaches down to the figures", key)
              .isEqualTo(headerBottom);
        }
        for (MetricLabel unit : item) {
          if (unit.unitLabel() != null) {
            expected.add("unit." + unit.metric().key());
            assertSpans(labels.get("unit." + unit.metric().key()), List.of(unit), columns);
          }
        }
      }
    }
    assertThat(labels.keySet()).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static void assertSpans(Cell cell, List<MetricLabel> metrics, Map<String, Cell> columns) {
    String first = metrics.get(0).metric().key();
    String last = metrics.get(metrics.size() - 1).metric().key();
    assertThat(cell).as("header cell over %s…%s", first, last).isNotNull();
    assertThat(cell.x()).as("left edge over %s", first).isEqualTo(columns.get(first).x());
    assertThat(cell.right()).as("right edge over %s", last).isEqualTo(columns.get(last).right());
  }

  private static List<List<MetricLabel>> runs(
      List<MetricLabel> labels, java.util.function.Function<MetricLabel, String> key) {
    List<List<MetricLabel>> runs = new ArrayList<>();
    for (MetricLabel label : labels) {
      if (runs.isEmpty() || !key.apply(runs.get(runs.size() - 1).get(0)).equals(key.apply(label))) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(label);
    }
    return runs;
  }

  private static List<JRBand> bands(JasperDesign design) {
    List<JRBand> bands = new ArrayList<>();
    for (JRBand band :
        new JRBand[] {design.getTitle(), design.getPageHeader(), design.getColumnHeader()}) {
      if (band != null) {
        bands.add(band);
      }
    }
    if (design.getDetailSection() != null && design.getDetailSection().getBands() != null) {
      bands.addAll(List.of(design.getDetailSection().getBands()));
    }
    return bands;
  }

  private static List<JRElement> elements(JRElementGroup group) {
    List<JRElement> out = new ArrayList<>();
    for (JRElement element : group.getElements()) {
      out.add(element);
      if (element instanceof JRElementGroup inner) {
        out.addAll(elements(inner));
      }
    }
    return out;
  }
}
