package org.doudi.reports.delivery;

import java.util.List;
import java.util.Map;

/**
 * Says a cron expression in plain Chinese words (每周一 8:00, 每月26日 9:00), and offers the choices the
 * schedule page shows, so that administrators never have to read cron.
 */
public final class CronWords {

  /** A choice on the schedule page: the cron expression and its words. */
  public record Choice(String cron, String words) {}

  /** The choices the schedule page offers. */
  public static final List<Choice> CHOICES =
      List.of(
          new Choice("0 0 9 26 * *", "每月26日 9:00"),
          new Choice("0 0 8 1 * *", "每月1日 8:00"),
          new Choice("0 0 8 * * MON", "每周一 8:00"),
          new Choice("0 0 17 * * FRI", "每周五 17:00"),
          new Choice("0 0 8 * * MON-FRI", "每个工作日（周一至周五）8:00"),
          new Choice("0 0 8 * * *", "每天 8:00"));

  private static final Map<String, String> DAYS =
      Map.ofEntries(
          Map.entry("MON", "一"),
          Map.entry("TUE", "二"),
          Map.entry("WED", "三"),
          Map.entry("THU", "四"),
          Map.entry("FRI", "五"),
          Map.entry("SAT", "六"),
          Map.entry("SUN", "日"),
          Map.entry("1", "一"),
          Map.entry("2", "二"),
          Map.entry("3", "三"),
          Map.entry("4", "四"),
          Map.entry("5", "五"),
          Map.entry("6", "六"),
          Map.entry("0", "日"),
          Map.entry("7", "日"));

  private CronWords() {}

  /** Returns the expression in words, or 按 cron 表达式 … when it is not a simple one. */
  public static String describe(String cron) {
    String[] f = cron == null ? new String[0] : cron.trim().split("\\s+");
    if (f.length != 6
        || !f[0].equals("0")
        || !isNumber(f[1])
        || !isNumber(f[2])
        || !f[4].equals("*")) {
      return "按 cron 表达式“" + cron + "”";
    }
    String time = Integer.parseInt(f[2]) + ":" + String.format("%02d", Integer.parseInt(f[1]));
    String dom = f[3];
    String dow = f[5].toUpperCase();
    if ((dom.equals("*") || dom.equals("?")) && (dow.equals("*") || dow.equals("?"))) {
      return "每天 " + time;
    }
    if (isNumber(dom) && (dow.equals("*") || dow.equals("?"))) {
      return "每月" + Integer.parseInt(dom) + "日 " + time;
    }
    if (dom.equals("L") && (dow.equals("*") || dow.equals("?"))) {
      return "每月最后一天 " + time;
    }
    if (dom.equals("*") || dom.equals("?")) {
      if (dow.equals("MON-FRI") || dow.equals("1-5")) {
        return "每个工作日（周一至周五）" + time;
      }
      StringBuilder days = new StringBuilder();
      for (String day : dow.split(",")) {
        String name = DAYS.get(day);
        if (name == null) {
          return "按 cron 表达式“" + cron + "”";
        }
        days.append(days.isEmpty() ? "每周" : "、周").append(name);
      }
      return days + " " + time;
    }
    return "按 cron 表达式“" + cron + "”";
  }

  private static boolean isNumber(String text) {
    return text.matches("\\d{1,2}");
  }
}
