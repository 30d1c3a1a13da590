package org.doudi.dashboard.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.doudi.dashboard.bench.CityStreets.CityStreet;

/**
 * Writes the petition log as the petition system exports it: month by month, street by street, in
 * files of at most a million rows, alternately GBK and UTF-8, dates in the four usual styles, 40 %
 * real-name cases with valid ID numbers (a few with a wrong check digit).
 */
final class CityPetitions {

  private static final String HEADER =
      "编号,受理日期,渠道,是否实名,诉求类型,所属街镇,救助项目,涉及问题,反映人,身份证号,联系电话,办理状态,办结日期,是否处置到位\n";
  private static final String[] CHANNELS = {"来电", "来信", "来访", "网上信访", "12345热线"};
  private static final String[] CATEGORIES = {"求助申请", "投诉举报", "政策咨询", "其他"};
  private static final String[] PROGRAMS = {"低保", "特困", "低保边缘", "支出型贫困", "临时救助", "其他"};
  private static final String[] ISSUES = {"人情保", "关系保", "优亲厚友", "吃拿卡要", "资金发放", "卡折代管", "其他"};
  private static final String SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";

  private final List<CityStreet> streets;
  private final List<String> periods;
  private final SplittableRandom random;

  CityPetitions(List<CityStreet> streets, List<String> periods, SplittableRandom random) {
    this.streets = streets;
    this.periods = periods;
    this.random = random;
  }

  /** Writes petitions-01.csv, petitions-02.csv, … into {@code dir}. */
  void write(Path dir, long[][] cases, int rowsPerFile) throws IOException {
    int fileNo = 0;
    long inFile = rowsPerFile;
    BufferedWriter out = null;
    StringBuilder row = new StringBuilder(256);
    try {
      for (int m = 0; m < periods.size(); m++) {
        String period = periods.get(m);
        int year = Integer.parseInt(period.substring(0, 4));
        int month = Integer.parseInt(period.substring(5, 7));
        for (int s = 0; s < streets.size(); s++) {
          CityStreet street = streets.get(s);
          for (long c = 0; c < cases[s][m]; c++) {
            if (inFile == rowsPerFile) {
              if (out != null) {
                out.close();
              }
              fileNo++;
              out =
                  CityDataGenerator.writer(
                      dir.resolve(String.format("petitions-%02d.csv", fileNo)), fileNo % 2 == 1);
              out.write(HEADER);
              inFile = 0;
            }
            row.setLength(0);
            caseRow(row, period, year, month, s, street, c);
            out.write(row.toString());
            inFile++;
          }
        }
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
  }

  private void caseRow(
      StringBuilder row, String period, int year, int month, int s, CityStreet street, long c) {
    int day = 1 + random.nextInt(28);
    row.append("XF").append(period, 0, 4).append(period, 5, 7);
    row.append(s + 1000).append(c + 100_000).append(',');
    switch (random.nextInt(4)) {
      case 0 -> row.append(year).append('-').append(two(month)).append('-').append(two(day));
      case 1 -> row.append(year).append('/').append(month).append('/').append(day);
      case 2 -> row.append(year).append('年').append(month).append('月').append(day).append('日');
      default ->
          row.append(year)
              .append('-')
              .append(two(month))
              .append('-')
              .append(two(day))
              .append(' ')
              .append(two(8 + random.nextInt(10)))
              .append(':')
              .append(two(random.nextInt(60)));
    }
    row.append(',').append(CHANNELS[random.nextInt(CHANNELS.length)]);
    boolean realName = random.nextInt(100) < 40;
    row.append(',').append(realName ? "是" : "否");
    row.append(',').append(CATEGORIES[random.nextInt(CATEGORIES.length)]);
    row.append(',').append(random.nextBoolean() ? street.name() : street.alias());
    row.append(',').append(PROGRAMS[random.nextInt(PROGRAMS.length)]);
    row.append(',').append(ISSUES[random.nextInt(ISSUES.length)]);
    if (random.nextInt(5) == 0) {
      row.append('、').append(ISSUES[random.nextInt(ISSUES.length)]);
    }
    row.append(',');
    if (realName) {
      row.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
      row.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
      row.append(',').append(idNumber());
    } else {
      row.append(',');
    }
    row.append(",1")
        .append(3 + random.nextInt(7))
        .append(100_000_000 + random.nextInt(899_999_999));
    int status = random.nextInt(10);
    boolean closed = status < 7;
    row.append(',').append(closed ? "已办结" : status < 9 ? "办理中" : "已转办");
    row.append(',');
    if (closed) {
      int closeDay = Math.min(28, day + random.nextInt(20));
      row.append(year).append('-').append(two(month)).append('-').append(two(closeDay));
    }
    row.append(',').append(closed && random.nextInt(10) < 8 ? "是" : "否").append('\n');
  }

  private String idNumber() {
    StringBuilder id = new StringBuilder(18);
    id.append("3101").append(two(1 + random.nextInt(18)));
    id.append(1950 + random.nextInt(55)).append(two(1 + random.nextInt(12)));
    id.append(two(1 + random.nextInt(28))).append(100 + random.nextInt(900));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    char check = ID_CHECK.charAt(sum % 11);
    if (random.nextInt(200) == 0) {
      check = check == '0' ? '1' : '0';
    }
    return id.append(check).toString();
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
