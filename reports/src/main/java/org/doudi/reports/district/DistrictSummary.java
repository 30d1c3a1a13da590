package org.doudi.reports.district;

import static org.doudi.warehouse.dictionary.Metric.CARD_CUSTODY_CASES;
import static org.doudi.warehouse.dictionary.Metric.CLUES_RESOLVED;
import static org.doudi.warehouse.dictionary.Metric.CLUES_TOTAL;
import static org.doudi.warehouse.dictionary.Metric.PETITIONS_HANDLED;
import static org.doudi.warehouse.dictionary.Metric.PETITIONS_RESOLVED;
import static org.doudi.warehouse.dictionary.Metric.RELATIVE_FILINGS;
import static org.doudi.warehouse.dictionary.Metric.WHOLE_HOUSEHOLD_ADDED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.dictionary.RemovalKind;
import org.doudi.warehouse.dictionary.Street;

/**
 * Writes the report's prose: the key numbers of the scope in sentences, with their change against
 * the previous month, and which streets sent their forms late or not at all.
 */
final class DistrictSummary {

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
    if (data.filingNote() != null && !scope.campaign()) {
      out.add("本期统计表" + data.filingNote() + "，以下数字仅为已报送街镇的合计，待各街镇报齐或截止日过后再与上月比较。");
    }
    if (data.total().isEmpty()) {
      out.add("本期尚无街镇报送统计表，暂无可汇总的数据。");
      return out;
    }
    List<Metric> removedFigures = RemovalKind.removed(data.kinds());
    List<Metric> recoveredFigures = RemovalKind.recovered(data.kinds());
    BigDecimal removed = sum(data.total(), removedFigures);
    BigDecimal recovered = sum(data.total(), recoveredFigures);
    out.add(
        "对象认定方面，"
            + (scope.campaign() ? "累计" : "本期")
            + "清退"
            + String.join(
                "、",
                data.kinds().stream().map(k -> k.quotedLabel() + count(k.removed()) + "人").toList())
            + "，合计清退"
            + integer(removed)
            + "人"
            + change(removed, previous(removedFigures), "人")
            + "；追回资金合计"
            + yuan(recovered)
            + "元"
            + change(recovered, previous(recoveredFigures), "元")
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
    long open = sum[0] + sum[1] + sum[2];
    long explained = data.explained();
    if (open + explained == 0) {
      return "数据核查方面，本期暂无未关闭的核查发现。";
    }
    StringBuilder text =
        new StringBuilder("数据核查方面，系统比对街镇报送数据、报送纪检监察机关数据与信访台账，尚未关闭的核查发现共")
            .append(open + explained)
            .append("项，其中待处理")
            .append(open)
            .append("项");
    if (open > 0) {
      text.append("（高风险")
          .append(sum[0])
          .append("项、中风险")
          .append(sum[1])
          .append("项、低风险")
          .append(sum[2])
          .append("项）");
    }
    if (explained > 0) {
      text.append("，已说明待复核").append(explained).append("项");
    }
    return text.append(pointToSection ? "，详见第六部分。" : "。").toString();
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
