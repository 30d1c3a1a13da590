package org.doudi.reports.district;

import static org.doudi.warehouse.dictionary.Metric.CARD_CUSTODY_CASES;
import static org.doudi.warehouse.dictionary.Metric.CLUES_RESOLVED;
import static org.doudi.warehouse.dictionary.Metric.CLUES_TOTAL;
import static org.doudi.warehouse.dictionary.Metric.GUANXI_RECOVERED_YUAN;
import static org.doudi.warehouse.dictionary.Metric.GUANXI_REMOVED;
import static org.doudi.warehouse.dictionary.Metric.PETITIONS_HANDLED;
import static org.doudi.warehouse.dictionary.Metric.PETITIONS_RESOLVED;
import static org.doudi.warehouse.dictionary.Metric.RELATIVE_FILINGS;
import static org.doudi.warehouse.dictionary.Metric.RENQING_RECOVERED_YUAN;
import static org.doudi.warehouse.dictionary.Metric.RENQING_REMOVED;
import static org.doudi.warehouse.dictionary.Metric.SANWU_RECOVERED_YUAN;
import static org.doudi.warehouse.dictionary.Metric.SANWU_REMOVED;
import static org.doudi.warehouse.dictionary.Metric.WHOLE_HOUSEHOLD_ADDED;
import static org.doudi.warehouse.dictionary.Metric.ZHENGCE_RECOVERED_YUAN;
import static org.doudi.warehouse.dictionary.Metric.ZHENGCE_REMOVED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.Street;

/**
 * Writes the report's prose: the key numbers of the scope in sentences, with their change against
 * the previous month, and which streets sent their forms late or not at all.
 */
final class DistrictSummary {

  /** The four kinds of removal (人情保, 关系保, 政策保, 三无特困), in the attachment's order. */
  static final List<Metric> REMOVED =
      List.of(RENQING_REMOVED, GUANXI_REMOVED, ZHENGCE_REMOVED, SANWU_REMOVED);

  /** The yuan recovered for the same four kinds, in the same order. */
  static final List<Metric> RECOVERED =
      List.of(
          RENQING_RECOVERED_YUAN,
          GUANXI_RECOVERED_YUAN,
          ZHENGCE_RECOVERED_YUAN,
          SANWU_RECOVERED_YUAN);

  private final DistrictReportData data;

  DistrictSummary(DistrictReportData data) {
    this.data = data;
  }

  /** Returns the paragraphs of section 一 (总体情况), in order. */
  List<String> overview() {
    List<String> out = new ArrayList<>();
    ReportScope scope = data.scope();
    String when =
        scope.campaign()
            ? "自" + scope.from().label() + "开展自查自纠以来（截至" + scope.to().label() + "）"
            : scope.to().label();
    out.add(submissionSentence(when));
    if (data.total().isEmpty()) {
      out.add("本期尚无街镇报送统计表，暂无可汇总的数据。");
      return out;
    }
    BigDecimal removed = sum(data.total(), REMOVED);
    BigDecimal recovered = sum(data.total(), RECOVERED);
    out.add(
        "对象认定方面，"
            + (scope.campaign() ? "累计" : "本期")
            + "清退“人情保”"
            + count(RENQING_REMOVED)
            + "人、“关系保”"
            + count(GUANXI_REMOVED)
            + "人、“政策保”"
            + count(ZHENGCE_REMOVED)
            + "人，清退因随意放宽“三无”认定条件纳入的特困供养人员"
            + count(SANWU_REMOVED)
            + "人，合计清退"
            + integer(removed)
            + "人"
            + change(removed, previous(REMOVED), "人")
            + "；追回资金合计"
            + yuan(recovered)
            + "元"
            + change(recovered, previous(RECOVERED), "元")
            + "。纠正以“单人保”代替“整户保”问题，新纳入低保"
            + count(WHOLE_HOUSEHOLD_ADDED)
            + "人。");
    out.add(
        "问题线索与信访方面，民政部门收到问题线索"
            + count(CLUES_TOTAL)
            + "条，其中已处置到位"
            + count(CLUES_RESOLVED)
            + "件"
            + rate(CLUES_RESOLVED, CLUES_TOTAL)
            + "；办理社会救助领域信访事项"
            + count(PETITIONS_HANDLED)
            + "件"
            + change(data.total(PETITIONS_HANDLED), previous(List.of(PETITIONS_HANDLED)), "件")
            + "，其中已处置到位"
            + count(PETITIONS_RESOLVED)
            + "件"
            + rate(PETITIONS_RESOLVED, PETITIONS_HANDLED)
            + "。");
    out.add(
        "制度落实方面，登记卡折代管案" + count(CARD_CUSTODY_CASES) + "人，近亲属备案" + count(RELATIVE_FILINGS) + "人。");
    out.add(findingsSentence(true));
    return out;
  }

  /** Returns the sentence on who sent a form, who sent it late and who did not. */
  String submissionSentence(String when) {
    int all = data.streets().size();
    List<String> missing = new ArrayList<>();
    List<String> late = new ArrayList<>();
    int reported = 0;
    for (Street street : data.streets()) {
      Map<Period, LocalDate> forms = data.fillDates().getOrDefault(street.code(), Map.of());
      if (!forms.isEmpty()) {
        reported++;
      }
      List<Period> missed = new ArrayList<>();
      List<Period> lateOnes = new ArrayList<>();
      for (Period period : data.periods()) {
        LocalDate deadline = data.deadline(period);
        if (!forms.containsKey(period)) {
          if (data.today().isAfter(deadline)) {
            missed.add(period);
          }
        } else {
          LocalDate fill = forms.get(period);
          if (fill != null && fill.isAfter(deadline)) {
            lateOnes.add(period);
          }
        }
      }
      if (!missed.isEmpty()) {
        missing.add(
            data.scope().campaign() ? street.name() + "（" + months(missed) + "）" : street.name());
      }
      if (!lateOnes.isEmpty()) {
        late.add(
            data.scope().campaign() ? street.name() + "（" + months(lateOnes) + "）" : street.name());
      }
    }
    StringBuilder text = new StringBuilder();
    text.append(when).append("，全区").append(all).append("个街镇中");
    if (data.scope().campaign()) {
      text.append("有").append(reported).append("个报送了统计表");
    } else {
      text.append("已有").append(reported).append("个报送统计表");
    }
    if (!late.isEmpty()) {
      text.append("，逾期报送的有").append(String.join("、", late));
    }
    if (!missing.isEmpty()) {
      text.append("，截止日后仍未报送的有").append(String.join("、", missing));
    } else if (reported < all && !data.scope().campaign()) {
      text.append("，其余街镇尚未到报送截止日（").append(date(data.deadline(data.scope().to()))).append("）");
    }
    text.append("。本报告数据均取自各街镇报送的统计表（同一统计期以最新一次报送为准）。");
    return text.toString();
  }

  /** Returns the months as a short list: 2024年12月, or 2024年11月等3期 when there are more. */
  private static String months(List<Period> periods) {
    return periods.size() <= 2
        ? String.join("、", periods.stream().map(Period::label).toList())
        : periods.get(0).label() + "等" + periods.size() + "期";
  }

  /** Returns the sentence on the open findings of the scope. */
  String findingsSentence(boolean pointToSection) {
    long[] sum = new long[3];
    data.findings()
        .values()
        .forEach(
            counts -> {
              for (int i = 0; i < 3; i++) {
                sum[i] += counts[i];
              }
            });
    long all = sum[0] + sum[1] + sum[2];
    if (all == 0) {
      return "数据核查方面，本期暂无未关闭的核查发现。";
    }
    return "数据核查方面，系统比对街镇报送数据、报送纪检监察机关数据与信访台账，尚有未关闭的核查发现"
        + all
        + "项，其中高风险"
        + sum[0]
        + "项、中风险"
        + sum[1]
        + "项、低风险"
        + sum[2]
        + "项"
        + (pointToSection ? "，详见第四部分。" : "。");
  }

  private String count(Metric metric) {
    return integer(data.total(metric));
  }

  private BigDecimal previous(List<Metric> metrics) {
    return data.previous().isEmpty() ? null : sum(data.previous(), metrics);
  }

  private String rate(Metric part, Metric whole) {
    BigDecimal total = data.total(whole);
    if (total.signum() == 0) {
      return "";
    }
    BigDecimal percent =
        data.total(part).multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    return "（处置率" + percent.toPlainString() + "%）";
  }

  private static String change(BigDecimal now, BigDecimal before, String unit) {
    if (before == null) {
      return "";
    }
    int sign = now.compareTo(before);
    if (sign == 0) {
      return "，与上月持平";
    }
    BigDecimal delta = now.subtract(before).abs();
    String amount = unit.equals("元") ? yuan(delta) : integer(delta);
    String percent =
        before.signum() == 0
            ? ""
            : "（"
                + (sign > 0 ? "+" : "-")
                + delta
                    .multiply(BigDecimal.valueOf(100))
                    .divide(before, 1, RoundingMode.HALF_UP)
                    .toPlainString()
                + "%）";
    return "，较上月" + (sign > 0 ? "增加" : "减少") + amount + unit + percent;
  }

  static BigDecimal sum(Map<Metric, BigDecimal> values, List<Metric> metrics) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Metric metric : metrics) {
      sum = sum.add(values.getOrDefault(metric, BigDecimal.ZERO));
    }
    return sum;
  }

  static String integer(BigDecimal value) {
    return String.format("%,d", value.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  static String yuan(BigDecimal value) {
    return String.format("%,.2f", value);
  }

  static String date(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
