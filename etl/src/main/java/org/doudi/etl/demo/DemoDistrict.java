package org.doudi.etl.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.figures.FigureVersion;

/**
 * Makes up a believable district from a seed: every draw comes from one {@link Random} in a fixed
 * order, so the same seed, streets, periods and day give the same rows.
 *
 * <p>The district mostly behaves: forms arrive before the 25th of the following month and equal the
 * figures reported to discipline inspection, and each form's petition count equals the log. A few
 * deliberate slips give every check something to find: late and missing forms, resubmitted
 * corrections, figures that differ from discipline inspection, resolved counts above their totals,
 * a form whose petition count disagrees with the log, and one outlier in recovered funds.
 */
final class DemoDistrict {

  private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /** Shanghai's monthly dibao standard in yuan, the unit of recovered funds. */
  private static final int DIBAO_MONTHLY = 1510;

  /** Monthly support of a person in extreme poverty (特困) in yuan. */
  private static final int TEKUN_MONTHLY = 2265;

  private static final double[] STREET_SIZE = {
    1.0, 1.15, 1.0, 0.9, 0.8, 0.85, 1.2, 0.75, 1.3, 1.05
  };

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛顾毛钱严施陶";
  private static final String GIVEN = "伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲红建国文辉慧";
  private static final String[] MOBILE_PREFIXES = {
    "138", "139", "137", "136", "135", "150", "151", "152", "158", "159", "186", "187", "188",
    "189", "133", "153", "180", "181", "177", "199"
  };

  private static final String[] CHANNELS = {"12345热线", "来电", "网上信访", "来访", "来信"};
  private static final int[] CHANNEL_WEIGHTS = {45, 20, 18, 10, 7};
  private static final String[] CATEGORIES = {"求助申请", "政策咨询", "投诉举报", "其他"};
  private static final int[] CATEGORY_WEIGHTS = {40, 30, 20, 10};
  private static final String[] PROGRAMS = {"低保", "特困", "低保边缘", "支出型贫困", "临时救助", "其他"};
  private static final int[] PROGRAM_WEIGHTS = {40, 10, 15, 10, 20, 5};
  private static final String[] COMPLAINT_ISSUES = {
    "人情保", "关系保", "优亲厚友", "吃拿卡要", "资金发放", "卡折代管", "其他"
  };
  private static final int[] COMPLAINT_ISSUE_WEIGHTS = {25, 20, 20, 10, 10, 5, 10};

  private static final String[] REMARKS = {
    "本月无新增问题线索。",
    "已对辖区低保对象开展入户核查。",
    "问题线索已全部登记并逐一核实。",
    "清退对象已书面告知并完成资金追缴。",
    "近亲属备案材料已报区民政局。",
    "卡折代管情况已登记造册。"
  };

  private final Random random;
  private final List<String> streets;
  private final List<Period> periods;
  private final LocalDate today;
  private final Mac keyHash;

  private final Map<String, List<Person>> complainants = new HashMap<>();
  private int caseSequence;
  private int personSequence;

  /** A synthetic complainant, known only masked and by a keyed hash. */
  private record Person(
      String masked, String idNoMasked, String idNoQuality, String phone, String key) {}

  DemoDistrict(long seed, List<String> streets, Period last, int months, LocalDate today) {
    this.random = new Random(seed);
    this.streets = List.copyOf(streets);
    List<Period> list = new ArrayList<>();
    for (Period p = periodBefore(last, months - 1); p.compareTo(last) <= 0; p = p.next()) {
      list.add(p);
    }
    this.periods = List.copyOf(list);
    this.today = today;
    try {
      this.keyHash = Mac.getInstance("HmacSHA256");
      keyHash.init(
          new SecretKeySpec(("doudi-demo-" + seed).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Period periodBefore(Period last, int months) {
    Period p = last;
    for (int i = 0; i < months; i++) {
      p = p.previous();
    }
    return p;
  }

  /** Generates the whole district. */
  DemoDataSet generate() {
    List<DemoCase> cases = new ArrayList<>();
    Map<String, int[]> logCounts = new HashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      for (int s = 0; s < streets.size(); s++) {
        Period period = periods.get(i);
        List<DemoCase> month = cases(period, s);
        cases.addAll(month);
        int resolved = (int) month.stream().filter(DemoCase::resolved).count();
        logCounts.put(key(period, streets.get(s)), new int[] {month.size(), resolved});
      }
    }

    Set<String> missing = pick(4, 1);
    Set<String> late = pick(10, 0);
    Set<String> resubmitted = pick(6, 0);
    Set<String> disciplineDiffers = pick(6, 0);
    Set<String> disciplineMissing = pick(2, 0);
    Set<String> resolvedExceeds = pick(2, 0);
    Set<String> logDiffers = pick(4, 0);
    String outlier = pick(1, 2).iterator().next();

    List<FigureVersion> forms = new ArrayList<>();
    List<FigureVersion> discipline = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      Period period = periods.get(i);
      double intensity = 0.5 + 1.5 * Math.exp(-i / 4.0);
      for (int s = 0; s < streets.size(); s++) {
        String street = streets.get(s);
        String key = key(period, street);
        double size = STREET_SIZE[s % STREET_SIZE.length];
        List<BigDecimal> figures = figures(size * intensity, size, logCounts.get(key));
        if (resolvedExceeds.contains(key)) {
          set(
              figures,
              Metric.CLUES_RESOLVED,
              get(figures, Metric.CLUES_TOTAL) + 1 + random.nextInt(2));
        }
        if (logDiffers.contains(key)) {
          int gap = 2 + random.nextInt(14);
          int handled = get(figures, Metric.PETITIONS_HANDLED);
          set(
              figures,
              Metric.PETITIONS_HANDLED,
              random.nextBoolean() ? handled + gap : Math.max(0, handled - gap));
          set(
              figures,
              Metric.PETITIONS_RESOLVED,
              Math.min(
                  get(figures, Metric.PETITIONS_RESOLVED), get(figures, Metric.PETITIONS_HANDLED)));
        }
        if (key.equals(outlier)) {
          set(figures, Metric.RENQING_REMOVED, 1);
          figures.set(
              Metric.RENQING_RECOVERED_YUAN.ordinal(), yuan(86_400 + random.nextInt(20_000)));
        }
        LocalDate deadline = period.next().month().atDay(25);
        LocalDate fillDate =
            late.contains(key)
                ? deadline.plusDays(1 + random.nextInt(9))
                : period.next().month().atDay(8 + random.nextInt(17));
        String contact = clerk(s);
        String phone = String.format("021-%04d%04d", 5200 + s * 37, 1000 + random.nextInt(9000));
        String remarks = random.nextInt(4) == 0 ? REMARKS[random.nextInt(REMARKS.length)] : null;
        if (missing.contains(key) || fillDate.isAfter(today)) {
          if (disciplineMissing.contains(key) || fillDate.isAfter(today)) {
            continue;
          }
          discipline.add(
              form(period, street, 1, null, deadline.minusDays(2), null, null, null, figures));
          continue;
        }
        List<BigDecimal> reported = figures;
        if (resubmitted.contains(key)) {
          List<BigDecimal> first = new ArrayList<>(figures);
          Metric wrong = Metric.values()[random.nextInt(Metric.values().length)];
          if (wrong.kind() == Metric.Kind.YUAN) {
            first.set(wrong.ordinal(), first.get(wrong.ordinal()).add(yuan(DIBAO_MONTHLY)));
          } else {
            set(first, wrong, get(first, wrong) + 1 + random.nextInt(3));
          }
          boolean earlierDate = resubmitted.iterator().next().equals(key);
          LocalDate secondDate =
              earlierDate ? fillDate.minusDays(3) : fillDate.plusDays(1 + random.nextInt(4));
          forms.add(form(period, street, 1, fillDate, fillDate, contact, phone, remarks, first));
          LocalDate arrives = (secondDate.isAfter(fillDate) ? secondDate : fillDate).plusDays(1);
          forms.add(
              form(period, street, 2, secondDate, arrives, contact, phone, "更正上次报送数据。", figures));
          if (random.nextInt(3) == 0) {
            reported = first;
          }
        } else {
          forms.add(form(period, street, 1, fillDate, fillDate, contact, phone, remarks, figures));
        }
        if (disciplineMissing.contains(key)) {
          continue;
        }
        List<BigDecimal> toDiscipline = new ArrayList<>(reported);
        if (disciplineDiffers.contains(key)) {
          Metric differs = Metric.values()[random.nextInt(Metric.values().length)];
          if (differs.kind() == Metric.Kind.YUAN) {
            toDiscipline.set(
                differs.ordinal(),
                toDiscipline
                    .get(differs.ordinal())
                    .add(yuan(DIBAO_MONTHLY * (1 + random.nextInt(3)))));
          } else {
            set(
                toDiscipline,
                differs,
                Math.max(0, get(toDiscipline, differs) + (random.nextBoolean() ? 1 : -1)));
            if (get(toDiscipline, differs) == get(reported, differs)) {
              set(toDiscipline, differs, get(toDiscipline, differs) + 1);
            }
          }
        }
        discipline.add(
            form(period, street, 1, null, deadline.minusDays(2), null, null, null, toDiscipline));
      }
    }
    return new DemoDataSet(
        Collections.unmodifiableSet(new TreeSet<>(periods)),
        List.copyOf(forms),
        List.copyOf(discipline),
        List.copyOf(cases),
        DemoLedger.moves(cases, random, today));
  }

  private FigureVersion form(
      Period period,
      String street,
      int version,
      LocalDate fillDate,
      LocalDate arrives,
      String contact,
      String phone,
      String remarks,
      List<BigDecimal> figures) {
    Map<Metric, BigDecimal> values = new EnumMap<>(Metric.class);
    for (Metric metric : Metric.values()) {
      values.put(metric, figures.get(metric.ordinal()));
    }
    return new FigureVersion(
        period,
        street,
        version,
        atWork(arrives),
        contact,
        phone,
        fillDate,
        remarks,
        Collections.unmodifiableMap(values));
  }

  /** Returns the figures of one form: campaign work fades after the first months. */
  private List<BigDecimal> figures(double lambda, double size, int[] log) {
    BigDecimal[] f = new BigDecimal[Metric.values().length];
    int renqing = poisson(0.8 * lambda);
    int guanxi = poisson(0.5 * lambda);
    int zhengce = poisson(0.3 * lambda);
    int sanwu = poisson(0.2 * lambda);
    int clues = poisson(3.0 * lambda);
    f[Metric.RENQING_REMOVED.ordinal()] = count(renqing);
    f[Metric.RENQING_RECOVERED_YUAN.ordinal()] = recovered(renqing, DIBAO_MONTHLY);
    f[Metric.GUANXI_REMOVED.ordinal()] = count(guanxi);
    f[Metric.GUANXI_RECOVERED_YUAN.ordinal()] = recovered(guanxi, DIBAO_MONTHLY);
    f[Metric.ZHENGCE_REMOVED.ordinal()] = count(zhengce);
    f[Metric.ZHENGCE_RECOVERED_YUAN.ordinal()] = recovered(zhengce, DIBAO_MONTHLY);
    f[Metric.WHOLE_HOUSEHOLD_ADDED.ordinal()] = count(poisson(0.6 * lambda));
    f[Metric.SANWU_REMOVED.ordinal()] = count(sanwu);
    f[Metric.SANWU_RECOVERED_YUAN.ordinal()] = recovered(sanwu, TEKUN_MONTHLY);
    f[Metric.CLUES_TOTAL.ordinal()] = count(clues);
    f[Metric.CLUES_RESOLVED.ordinal()] = count(binomial(clues, 0.85));
    f[Metric.PETITIONS_HANDLED.ordinal()] = count(log[0]);
    f[Metric.PETITIONS_RESOLVED.ordinal()] = count(log[1]);
    f[Metric.CARD_CUSTODY_CASES.ordinal()] = count(poisson(0.4 * size));
    f[Metric.RELATIVE_FILINGS.ordinal()] = count(poisson(2.0 * lambda));
    return new ArrayList<>(Arrays.asList(f));
  }

  /** Returns the funds recovered from {@code people} removed: some months of their allowance. */
  private BigDecimal recovered(int people, int monthly) {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < people; i++) {
      int months = 3 + random.nextInt(16);
      total = total.add(yuan(monthly * months));
      if (random.nextInt(5) == 0) {
        total = total.add(new BigDecimal(random.nextInt(100_00)).movePointLeft(2));
      }
    }
    return total.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** Returns one street's cases of one month; January and February bring more requests for help. */
  private List<DemoCase> cases(Period period, int streetIndex) {
    String street = streets.get(streetIndex);
    double season = period.month().getMonthValue() <= 2 ? 1.2 : 1.0;
    int n = poisson(140 * STREET_SIZE[streetIndex % STREET_SIZE.length] * season);
    List<DemoCase> cases = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate received = period.month().atDay(1 + random.nextInt(period.month().lengthOfMonth()));
      if (received.isAfter(today)) {
        received = today;
      }
      String channel = weighted(random, CHANNELS, CHANNEL_WEIGHTS);
      String category = weighted(random, CATEGORIES, CATEGORY_WEIGHTS);
      boolean realName = random.nextInt(100) < (category.equals("投诉举报") ? 45 : 60);
      String program = weighted(random, PROGRAMS, PROGRAM_WEIGHTS);
      List<String> issues = issues(category);
      Person person = realName ? person(street) : null;
      String phone =
          person != null
              ? person.phone()
              : (channel.equals("12345热线") || channel.equals("来电")) && random.nextInt(10) < 6
                  ? mobile()
                  : null;
      long age = today.toEpochDay() - received.toEpochDay();
      int roll = random.nextInt(100);
      String status;
      if (age > 45) {
        status = roll < 93 ? "已办结" : roll < 97 ? "已转办" : "办理中";
      } else if (age > 15) {
        status = roll < 60 ? "已办结" : roll < 70 ? "已转办" : "办理中";
      } else {
        status = roll < 25 ? "已办结" : roll < 35 ? "已转办" : "办理中";
      }
      LocalDate closed = null;
      boolean resolved = false;
      if (status.equals("已办结")) {
        closed = received.plusDays(1 + random.nextInt((int) Math.max(1, Math.min(40, age))));
        if (closed.isAfter(today)) {
          closed = today;
        }
        resolved = random.nextInt(100) < 90;
      }
      String prefix = channel.equals("12345热线") ? "RX" : "XF";
      caseSequence++;
      cases.add(
          new DemoCase(
              prefix + received.format(DAY) + String.format("%06d", caseSequence),
              received,
              channel,
              realName,
              category,
              street,
              program,
              issues,
              person == null ? null : person.masked(),
              person == null ? null : person.idNoMasked(),
              phone,
              person == null ? null : person.key(),
              person == null ? "absent" : person.idNoQuality(),
              status,
              closed,
              resolved));
    }
    return cases;
  }

  private List<String> issues(String category) {
    switch (category) {
      case "投诉举报" -> {
        Set<String> issues = new LinkedHashSet<>();
        issues.add(weighted(random, COMPLAINT_ISSUES, COMPLAINT_ISSUE_WEIGHTS));
        if (random.nextInt(4) == 0) {
          issues.add(weighted(random, COMPLAINT_ISSUES, COMPLAINT_ISSUE_WEIGHTS));
        }
        return List.copyOf(issues);
      }
      case "求助申请" -> {
        return List.of(random.nextInt(10) < 3 ? "资金发放" : "其他");
      }
      default -> {
        return random.nextBoolean() ? null : List.of("其他");
      }
    }
  }

  /** Returns a complainant of the street: a quarter of real-name cases come from someone again. */
  private Person person(String street) {
    List<Person> known = complainants.computeIfAbsent(street, s -> new ArrayList<>());
    if (!known.isEmpty() && random.nextInt(4) == 0) {
      return known.get(random.nextInt(known.size()));
    }
    personSequence++;
    String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    String masked = surname + (random.nextInt(3) == 0 ? "*" : "**");
    int checkRoll = random.nextInt(100);
    String last4 =
        String.format("%03d", random.nextInt(1000))
            + (random.nextInt(11) == 10 ? "X" : random.nextInt(10));
    String quality = checkRoll < 1 ? "bad_check_digit" : "ok";
    byte[] digest = keyHash.doFinal(("person-" + personSequence).getBytes(StandardCharsets.UTF_8));
    Person person =
        new Person(
            masked,
            "3101**********" + last4,
            quality,
            mobile(),
            HexFormat.of().formatHex(digest, 0, 16));
    known.add(person);
    return person;
  }

  private String mobile() {
    return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
        + "****"
        + String.format("%04d", random.nextInt(10_000));
  }

  /** Returns the clerk who fills a street's forms: one synthetic name per street. */
  private static String clerk(int streetIndex) {
    return String.valueOf(SURNAMES.charAt((streetIndex * 7 + 3) % SURNAMES.length()))
        + GIVEN.charAt((streetIndex * 5 + 1) % GIVEN.length());
  }

  /** Picks {@code n} distinct street-periods, not from the first {@code skip} periods. */
  private Set<String> pick(int n, int skip) {
    Set<String> picked = new LinkedHashSet<>();
    int available = (periods.size() - skip) * streets.size();
    while (picked.size() < Math.min(n, available)) {
      Period period = periods.get(skip + random.nextInt(periods.size() - skip));
      picked.add(key(period, streets.get(random.nextInt(streets.size()))));
    }
    return picked;
  }

  private static String key(Period period, String street) {
    return period + "/" + street;
  }

  private OffsetDateTime atWork(LocalDate date) {
    return OffsetDateTime.of(
        date, LocalTime.of(9 + random.nextInt(8), random.nextInt(60)), SHANGHAI);
  }

  /** Picks one of the values with the given weights, drawing once from random. */
  static <T> T weighted(Random random, T[] values, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private int poisson(double lambda) {
    if (lambda > 30) {
      return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
    }
    double limit = Math.exp(-lambda);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }

  private int binomial(int n, double p) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (random.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }

  private static BigDecimal count(int n) {
    return BigDecimal.valueOf(n);
  }

  private static BigDecimal yuan(long amount) {
    return BigDecimal.valueOf(amount).setScale(2);
  }

  private static int get(List<BigDecimal> figures, Metric metric) {
    return figures.get(metric.ordinal()).intValueExact();
  }

  private static void set(List<BigDecimal> figures, Metric metric, int value) {
    figures.set(metric.ordinal(), count(value));
  }
}
