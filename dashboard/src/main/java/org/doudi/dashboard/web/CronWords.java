package org.doudi.dashboard.web;

/** Reads the cron schedules the product writes (daily, weekly, monthly) as 每月26日 09:00. */
final class CronWords {

  private static final String[] WEEKDAYS = {"日", "一", "二", "三", "四", "五", "六", "日"};

  private CronWords() {}

  /** Returns the schedule in words; one it cannot read is given as written, marked as cron. */
  static String of(String expression) {
    if (expression == null || expression.isBlank() || expression.trim().equals("-")) {
      return "不定时";
    }
    String[] f = expression.trim().split("\\s+");
    if (f.length != 6 || !isNumber(f[0]) || !isNumber(f[1]) || !isNumber(f[2])) {
      return "定时规则 " + expression;
    }
    String time = String.format("%02d:%02d", Integer.parseInt(f[2]), Integer.parseInt(f[1]));
    String day = f[3];
    String month = f[4];
    String weekday = f[5];
    boolean anyDay = day.equals("*") || day.equals("?");
    boolean anyWeekday = weekday.equals("*") || weekday.equals("?");
    if (!month.equals("*")) {
      return "定时规则 " + expression;
    }
    if (anyDay && anyWeekday) {
      return "每天 " + time;
    }
    if (anyDay && isNumber(weekday) && Integer.parseInt(weekday) < WEEKDAYS.length) {
      return "每周" + WEEKDAYS[Integer.parseInt(weekday)] + " " + time;
    }
    if (anyDay && weekday.equalsIgnoreCase("MON-FRI")) {
      return "每个工作日 " + time;
    }
    if (anyWeekday && isNumber(day)) {
      return "每月" + Integer.parseInt(day) + "日 " + time;
    }
    if (anyWeekday && day.equals("L")) {
      return "每月最后一天 " + time;
    }
    return "定时规则 " + expression;
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }
}
