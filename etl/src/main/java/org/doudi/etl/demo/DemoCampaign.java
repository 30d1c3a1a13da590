package org.doudi.etl.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.doudi.warehouse.dictionary.Metric;
import org.doudi.warehouse.dictionary.Period;
import org.doudi.warehouse.figures.FigureVersion;
import org.doudi.warehouse.money.Payment;
import org.doudi.warehouse.money.Removal;
import org.doudi.warehouse.money.RemovalKind;
import org.doudi.warehouse.rectification.LedgerRow;
import org.doudi.warehouse.registry.CardCustody;
import org.doudi.warehouse.registry.RelativeFiling;

/**
 * The campaign's rows of the demo set, as the streets' files would bring them (raw synthetic names
 * and ID numbers, which the campaign's writers mask and hash like any load's): the removal lists
 * agree with the removals the streets' latest forms report for the last {@value #MONTHS} months,
 * the payment ledgers pay each street's recipients over the same months (and, as a check should
 * find, a few people after they were removed), and each street has a few relatives filed, cards
 * kept by others and problems in its rectification ledger.
 */
final class DemoCampaign {

  /** How many of the latest months carry removal lists and payment ledgers. */
  static final int MONTHS = 3;

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖";
  private static final String GIVEN = "伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲红建国文辉慧";
  private static final String[] PROGRAMS = {"低保", "特困", "低保边缘"};
  private static final int[] PROGRAM_WEIGHTS = {70, 10, 20};
  private static final int[] CHECK_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_DIGITS = "10X98765432";

  /**
   * What the demo's campaign holds.
   *
   * @param relatives the 近亲属备案登记表 rows
   * @param custody the 卡折代管登记表 rows
   * @param removals the 清退名单 rows
   * @param payments the 社会救助资金发放台账 rows
   * @param ledgers each street's 问题整改台账, by street code
   */
  record Rows(
      List<RelativeFiling> relatives,
      List<CardCustody> custody,
      List<Removal> removals,
      List<Payment> payments,
      Map<String, List<LedgerRow>> ledgers) {}

  private record Person(String name, String idNo) {}

  private final Random random;
  private int sequence;

  private DemoCampaign(long seed) {
    this.random = new Random(seed * 31 + 7);
  }

  /**
   * Returns the campaign's rows for the demo's forms, ending with {@code last}, on {@code today}.
   */
  static Rows of(
      long seed, List<String> streets, List<FigureVersion> forms, Period last, LocalDate today) {
    return new DemoCampaign(seed).rows(streets, forms, last, today);
  }

  private Rows rows(List<String> streets, List<FigureVersion> forms, Period last, LocalDate today) {
    Map<String, FigureVersion> latest = new LinkedHashMap<>();
    forms.forEach(f -> latest.merge(f.period() + "/" + f.streetCode(), f, (a, b) -> b));
    List<Period> months = new ArrayList<>();
    for (int i = MONTHS - 1; i >= 0; i--) {
      Period p = last;
      for (int j = 0; j < i; j++) {
        p = p.previous();
      }
      months.add(p);
    }
    List<Removal> removals = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    List<RelativeFiling> relatives = new ArrayList<>();
    List<CardCustody> custody = new ArrayList<>();
    Map<String, List<LedgerRow>> ledgers = new LinkedHashMap<>();
    for (String street : streets) {
      List<Person> recipients = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        recipients.add(person());
      }
      List<Removal> removedHere = new ArrayList<>();
      for (Period month : months) {
        FigureVersion form = latest.get(month + "/" + street);
        if (form != null) {
          removedHere.addAll(removals(street, month, form, today, removals.size()));
        }
      }
      removals.addAll(removedHere);
      for (Period month : months) {
        for (Person r : recipients) {
          payments.add(payment(street, month, r, payments.size() + 1));
        }
        // a removed person paid again after the removal: what the campaign's check is for
        for (Removal r : removedHere) {
          if (Period.of(r.removedDate()).compareTo(month) < 0 && r.rowNo() % 4 == 0) {
            payments.add(
                payment(street, month, new Person(r.name(), r.idNo()), payments.size() + 1));
          }
        }
      }
      for (int i = 1; i <= 2 + random.nextInt(3); i++) {
        relatives.add(relative(street, i, last, today));
      }
      for (int i = 1; i <= 1 + random.nextInt(3); i++) {
        custody.add(custody(street, i, recipients.get(i), last, today));
      }
      if (streets.indexOf(street) % 2 == 0) {
        ledgers.put(street, ledger(last, today));
      }
    }
    return new Rows(relatives, custody, removals, payments, ledgers);
  }

  /** The removals a street's form reports for a month, one row a person, recovered sums split. */
  private List<Removal> removals(
      String street, Period month, FigureVersion form, LocalDate today, int before) {
    List<Removal> rows = new ArrayList<>();
    for (RemovalKind kind : RemovalKind.values()) {
      int people = form.figures().get(Metric.valueOf(kind.name() + "_REMOVED")).intValue();
      BigDecimal recovered = form.figures().get(Metric.valueOf(kind.name() + "_RECOVERED_YUAN"));
      BigDecimal each =
          people == 0
              ? BigDecimal.ZERO
              : recovered.divide(BigDecimal.valueOf(people), 2, RoundingMode.DOWN);
      for (int i = 0; i < people; i++) {
        Person p = person();
        LocalDate day = month.month().atDay(1 + random.nextInt(month.month().lengthOfMonth()));
        BigDecimal sum =
            i == people - 1
                ? recovered.subtract(each.multiply(BigDecimal.valueOf(people - 1)))
                : each;
        rows.add(
            new Removal(
                0,
                street,
                before + rows.size() + 1,
                p.name(),
                p.idNo(),
                DemoDistrict.weighted(random, PROGRAMS, PROGRAM_WEIGHTS),
                kind,
                day.isAfter(today) ? today : day,
                sum));
      }
    }
    return rows;
  }

  private Payment payment(String street, Period month, Person p, int line) {
    String program = DemoDistrict.weighted(random, PROGRAMS, PROGRAM_WEIGHTS);
    int amount = program.equals("特困") ? 2265 : program.equals("低保") ? 1510 : 755;
    return new Payment(
        line,
        month.toString(),
        street,
        p.name(),
        p.idNo(),
        program,
        BigDecimal.valueOf(amount).setScale(2),
        null,
        null,
        month.month().atDay(10));
  }

  private RelativeFiling relative(String street, int rowNo, Period last, LocalDate today) {
    Person staff = person();
    Person relative = person();
    LocalDate filed = day(last, today);
    return new RelativeFiling(
        0,
        street,
        rowNo,
        "第" + (1 + random.nextInt(9)) + "居委会",
        staff.name(),
        staff.idNo(),
        random.nextBoolean() ? "社区工作者" : "街镇社会救助经办人员",
        random.nextBoolean() ? "社区事务受理中心 经办人" : "居委会 社工",
        relative.name(),
        relative.idNo(),
        new String[] {"父母", "配偶", "子女", "兄弟姐妹"}[random.nextInt(4)],
        DemoDistrict.weighted(random, PROGRAMS, PROGRAM_WEIGHTS),
        filed.minusDays(3 + random.nextInt(10)),
        filed,
        random.nextInt(4) != 0);
  }

  private CardCustody custody(
      String street, int rowNo, Person recipient, Period last, LocalDate today) {
    Person custodian = person();
    LocalDate registered = day(last, today);
    return new CardCustody(
        0,
        street,
        rowNo,
        "第" + (1 + random.nextInt(9)) + "居委会",
        recipient.name(),
        recipient.idNo(),
        "特困",
        custodian.name(),
        custodian.idNo(),
        random.nextBoolean() ? "监护人" : "亲属",
        random.nextBoolean() ? "子女" : "兄弟姐妹",
        "本人年老体弱，行动不便",
        Boolean.TRUE,
        registered.minusMonths(2),
        registered,
        rowNo == 1 ? null : registered.plusDays(5).isAfter(today) ? null : registered.plusDays(5));
  }

  /**
   * The problems of a street's ledger: 问题来源, 问题类型, 问题描述, 责任部门, 责任人, 整改措施, days from opening to
   * 整改时限, 整改成效 and 整改状态 (已销号 on the 12th day).
   */
  private static final String[][] PROBLEMS = {
    {
      "核查发现",
      "清退后仍发放",
      "核查发现已清退对象中有人在清退后的月份仍领取救助金",
      "社区事务受理中心",
      "救助经办负责人",
      "停发并追回多发资金，逐月比对清退名单与发放台账",
      "30",
      null,
      "整改中"
    },
    {
      "信访举报",
      "人情保",
      "群众举报居委干部近亲属违规享受低保",
      "社会救助科",
      "分管副主任",
      "入户核查，补办近亲属备案，不符合条件的予以清退",
      "20",
      "已入户核查，对象已清退并补办备案",
      "已整改"
    },
    {
      "自查自纠",
      "卡折代管",
      "两名特困人员的存折由居委代管，未报区民政局备案",
      "社区事务受理中心",
      "救助经办负责人",
      "补办代管登记并报区备案，存折交由监护人保管",
      "15",
      "已补办登记并报区备案",
      "已销号"
    }
  };

  /** A street's problems: the removals' check, a complaint and a self-check, in three states. */
  private static List<LedgerRow> ledger(Period last, LocalDate today) {
    LocalDate opened = last.month().atDay(5);
    LocalDate closed = opened.plusDays(12).isAfter(today) ? today : opened.plusDays(12);
    List<LedgerRow> rows = new ArrayList<>();
    for (String[] p : PROBLEMS) {
      rows.add(
          new LedgerRow(
              0,
              rows.size() + 1,
              null,
              p[0],
              p[1],
              p[2],
              p[3],
              p[4],
              p[5],
              opened.plusDays(Integer.parseInt(p[6])),
              p[7],
              p[8],
              p[8].equals("已销号") ? closed : null));
    }
    return rows;
  }

  private LocalDate day(Period last, LocalDate today) {
    LocalDate day =
        last.month().atDay(1).minusMonths(random.nextInt(6)).plusDays(random.nextInt(28));
    return day.isAfter(today) ? today : day;
  }

  /** A synthetic person of the district with an ID number whose check digit is right. */
  private Person person() {
    sequence++;
    String name =
        String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
            + GIVEN.charAt(random.nextInt(GIVEN.length()))
            + (random.nextBoolean()
                ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())))
                : "");
    LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 60));
    String body =
        "310107" + born.toString().replace("-", "") + String.format("%03d", sequence % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * CHECK_WEIGHTS[i];
    }
    return new Person(name, body + CHECK_DIGITS.charAt(sum % 11));
  }
}
