package org.doudi.dashboard.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.doudi.dashboard.bench.CityStreets.CityStreet;

/**
 * Writes a month's flat form CSV, its corrections and the discipline figures, as streets and the
 * commission send them (see {@link CityDataGenerator}).
 */
final class CityForms {

  static final String[] METRICS = {
    "renqing_removed", "renqing_recovered_yuan", "guanxi_removed", "guanxi_recovered_yuan",
    "zhengce_removed", "zhengce_recovered_yuan", "whole_household_added", "sanwu_removed",
    "sanwu_recovered_yuan", "clues_total", "clues_resolved", "petitions_handled",
    "petitions_resolved", "card_custody_cases", "relative_filings"
  };

  /** The same 15 columns headed as a GBK export from Excel has them: item + unit in Chinese. */
  static final String[] LABELS = {
    "清退“人情保”人数(人)",
    "清退“人情保”追回资金(元)",
    "清退“关系保”人数(人)",
    "清退“关系保”追回资金(元)",
    "清退“政策保”人数(人)",
    "清退“政策保”追回资金(元)",
    "纠正以“单人保”代替“整户保”问题，新纳入低保人数(人)",
    "清退因审核把关不严、随意放宽“三无”认定条件纳入特困供养人员人数(人)",
    "清退因审核把关不严、随意放宽“三无”认定条件纳入特困供养人员追回资金(元)",
    "问题线索数(条)",
    "问题线索其中已处置到位数(件)",
    "办理社会救助领域信访事项数(件)",
    "信访事项其中已处置到位数(件)",
    "卡折代管案数(人)",
    "近亲属备案数(人)"
  };

  private static final String SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

  private final List<CityStreet> streets;
  private final SplittableRandom random;

  CityForms(List<CityStreet> streets, SplittableRandom random) {
    this.streets = streets;
    this.random = random;
  }

  /** Writes forms/PERIOD.csv, forms/PERIOD-更正.csv and discipline/PERIOD-纪委监委报送.csv. */
  void writeMonth(Path out, String period, int monthIndex, long[][] cases) throws IOException {
    boolean gbk = monthIndex % 2 == 1;
    List<String[]> corrections = new ArrayList<>();
    List<String[]> discipline = new ArrayList<>();
    try (BufferedWriter forms =
        CityDataGenerator.writer(out.resolve("forms/" + period + ".csv"), gbk)) {
      forms.write(header(gbk));
      for (int s = 0; s < streets.size(); s++) {
        CityStreet street = streets.get(s);
        String[] figures = figures(cases[s][monthIndex]);
        String fillDate = fillDate(period, random.nextInt(100) < 5 ? 26 : 3);
        forms.write(
            row(
                street,
                random.nextBoolean() ? street.name() : street.alias(),
                fillDate,
                period,
                figures));
        String[] reported = figures;
        if (random.nextInt(100) < 2) {
          String[] corrected = figures.clone();
          corrected[0] = String.valueOf(Long.parseLong(corrected[0]) + 1);
          corrections.add(row(street, period, fillDate(period, 10), corrected));
          reported = corrected;
        }
        int roll = random.nextInt(100);
        if (roll < 3) {
          String[] differing = reported.clone();
          differing[9] = String.valueOf(Long.parseLong(differing[9]) + 1);
          discipline.add(disciplineRow(street, period, differing));
        } else if (roll >= 4) {
          discipline.add(disciplineRow(street, period, reported));
        }
      }
    }
    if (!corrections.isEmpty()) {
      try (BufferedWriter file =
          CityDataGenerator.writer(out.resolve("forms/" + period + "-更正.csv"), false)) {
        file.write(header(false));
        for (String[] row : corrections) {
          file.write(String.join(",", row) + "\n");
        }
      }
    }
    try (BufferedWriter file =
        CityDataGenerator.writer(
            out.resolve("discipline/" + period + "-纪委监委报送.csv"), monthIndex % 3 == 0)) {
      file.write("统计期,街镇," + String.join(",", LABELS) + "\n");
      for (String[] row : discipline) {
        file.write(String.join(",", row) + "\n");
      }
    }
  }

  private String[] figures(long petitions) {
    String[] f = new String[15];
    for (int k = 0; k < 4; k++) {
      int removed = random.nextInt(100) < 60 ? 0 : 1 + random.nextInt(4);
      f[2 * k] = String.valueOf(removed);
      f[2 * k + 1] =
          removed == 0
              ? "0"
              : yuan(removed * (2000 + random.nextInt(9000)) + random.nextInt(100) / 100.0);
    }
    // the 三无 pair sits at 8 and 9 on the form; whole_household_added at 7
    String sanwuRemoved = f[6];
    String sanwuYuan = f[7];
    f[6] = String.valueOf(random.nextInt(3));
    f[7] = sanwuRemoved;
    f[8] = sanwuYuan;
    int clues = random.nextInt(20);
    f[9] = String.valueOf(clues);
    f[10] = String.valueOf(clues == 0 ? 0 : random.nextInt(clues + 1));
    long handled = random.nextInt(100) < 2 ? petitions + 1 + random.nextInt(5) : petitions;
    f[11] = String.valueOf(handled);
    f[12] = String.valueOf(handled * (60 + random.nextInt(40)) / 100);
    f[13] = String.valueOf(random.nextInt(6));
    f[14] = String.valueOf(random.nextInt(4));
    return f;
  }

  private static String yuan(double value) {
    return String.format("%.2f", value);
  }

  private String fillDate(String period, int fromDay) {
    // the month after the period
    int year = Integer.parseInt(period.substring(0, 4));
    int month = Integer.parseInt(period.substring(5, 7)) + 1;
    if (month == 13) {
      year++;
      month = 1;
    }
    int day = fromDay + random.nextInt(3);
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  private static String header(boolean chinese) {
    return chinese
        ? "街镇,联系人,电话,填报日期,统计期," + String.join(",", LABELS) + "\n"
        : "street,contact,phone,fill_date,period," + String.join(",", METRICS) + "\n";
  }

  private String row(CityStreet street, String name, String fillDate, String period, String[] f) {
    return String.join(",", row(street, period, fillDate, f)).replaceFirst("^[^,]*", name) + "\n";
  }

  private String[] row(CityStreet street, String period, String fillDate, String[] f) {
    String contact =
        SURNAMES.charAt(random.nextInt(SURNAMES.length()))
            + ""
            + GIVEN.charAt(random.nextInt(GIVEN.length()));
    String[] row = new String[5 + 15];
    row[0] = street.name();
    row[1] = contact;
    row[2] = "021-" + (62000000 + random.nextInt(999999));
    row[3] = fillDate;
    row[4] = period;
    System.arraycopy(f, 0, row, 5, 15);
    return row;
  }

  private static String[] disciplineRow(CityStreet street, String period, String[] f) {
    String[] row = new String[2 + 15];
    row[0] = period;
    row[1] = street.name();
    System.arraycopy(f, 0, row, 2, 15);
    return row;
  }
}
