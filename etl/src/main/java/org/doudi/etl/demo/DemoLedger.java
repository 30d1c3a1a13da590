package org.doudi.etl.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How far the demo's work team has got with its real-name complaints (实名投诉举报台账): most old ones
 * verified, a few stuck or never started (so some are overdue, as in a real district), recent ones
 * mostly still open. Each move is what the ledger page would have recorded.
 */
final class DemoLedger {

  /** The account the demo's moves are recorded under. */
  static final String WORK_TEAM = "工作专班（演示）";

  private static final String CHECKING = "核实中";
  private static final String[] VERDICTS = {"不属实", "部分属实", "属实"};
  private static final int[] VERDICT_WEIGHTS = {55, 25, 20};

  private DemoLedger() {}

  /**
   * One move of a ledger item.
   *
   * @param caseNo 编号
   * @param from the state before
   * @param to the state after
   * @param note the work team's note
   * @param at when
   */
  record Move(String caseNo, String from, String to, String note, OffsetDateTime at) {

    boolean verdict() {
      return !to.equals(CHECKING);
    }
  }

  /**
   * Returns the moves of the real-name complaints among the cases, oldest first per case, drawing
   * from the district's random stream after the cases.
   */
  static List<Move> moves(List<DemoCase> cases, Random random, LocalDate today) {
    List<Move> moves = new ArrayList<>();
    for (DemoCase c : cases) {
      if (!c.realName() || !c.category().equals("投诉举报")) {
        continue;
      }
      long age = ChronoUnit.DAYS.between(c.receivedDate(), today);
      double chance = random.nextDouble();
      LocalDate started = c.receivedDate().plusDays(1 + random.nextInt(4));
      LocalDate verified = started.plusDays(3 + random.nextInt(28));
      String verdict = DemoDistrict.weighted(random, VERDICTS, VERDICT_WEIGHTS);
      // the share never started and the share started but not yet verified, by age
      double untouched = age > 45 ? 0.03 : age > 15 ? 0.15 : 0.6;
      double checking = age > 45 ? 0.08 : age > 15 ? 0.5 : 0.9;
      if (chance < untouched || started.isAfter(today)) {
        continue;
      }
      moves.add(new Move(c.caseNo(), "待核实", CHECKING, "已转街道，入户核查中", at(started)));
      if (chance >= checking && !verified.isAfter(today)) {
        moves.add(new Move(c.caseNo(), CHECKING, verdict, note(verdict), at(verified)));
      }
    }
    return moves;
  }

  private static String note(String verdict) {
    return switch (verdict) {
      case "属实" -> "经入户核查，反映问题属实，已责令街道整改并追回资金";
      case "部分属实" -> "经入户核查，反映问题部分属实，已督促街道整改";
      default -> "经入户核查并比对收入、财产信息，反映问题不属实";
    };
  }

  private static OffsetDateTime at(LocalDate day) {
    return day.atTime(16, 30).atOffset(ZoneOffset.ofHours(8));
  }
}
