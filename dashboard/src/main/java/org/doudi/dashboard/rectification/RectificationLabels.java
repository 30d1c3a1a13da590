package org.doudi.dashboard.rectification;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Chinese words of the ledger's codes: states, source kinds and the events of an item. */
final class RectificationLabels {

  /** The states a list can be filtered by, key to words. */
  static final Map<String, String> STATES = new LinkedHashMap<>();

  /** Where items come from, key to words. */
  static final Map<String, String> SOURCE_KINDS = new LinkedHashMap<>();

  private static final Map<String, String> ACTIONS =
      Map.of(
          "created", "列入问题清单",
          "loaded", "由台账文件导入",
          "updated", "修改整改计划",
          "rectified", "整改完成",
          "evidence", "上传佐证材料",
          "closure_requested", "申请销号",
          "accepted", "销号审核通过",
          "returned", "销号退回");

  static {
    STATES.put("整改中", "整改中");
    STATES.put("已整改", "已整改（未申请销号）");
    STATES.put("待审核", "已销号，待审核");
    STATES.put("已确认", "已销号，已确认");
    STATES.put("退回", "销号被退回");
    SOURCE_KINDS.put("finding", "核查发现");
    SOURCE_KINDS.put("complaint", "实名投诉举报");
    SOURCE_KINDS.put("clue", "问题线索");
    SOURCE_KINDS.put("manual", "手工录入");
    SOURCE_KINDS.put("file", "台账文件");
  }

  private RectificationLabels() {}

  /** Returns the state a person reads, the work team's review included. */
  static String status(String status, String review) {
    if ("已销号".equals(status)) {
      return "已确认".equals(review) ? "已销号（已确认）" : "已销号（待审核）";
    }
    if ("已整改".equals(status) && "退回".equals(review)) {
      return "已整改（销号被退回）";
    }
    return status;
  }

  /** Returns where an item came from, in words. */
  static String sourceKind(String kind) {
    return kind == null ? "" : SOURCE_KINDS.getOrDefault(kind, kind);
  }

  /** Returns what an event did, in words. */
  static String action(String action) {
    return action == null ? "" : ACTIONS.getOrDefault(action, action);
  }

  /** Returns the SQL condition of a state filter, or null for none (an unknown one included). */
  static String stateCondition(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    return switch (state) {
      case "整改中" -> "status = '整改中'";
      case "已整改" -> "status = '已整改' AND review IS DISTINCT FROM '退回'";
      case "待审核" -> "status = '已销号' AND review = '待审核'";
      case "已确认" -> "status = '已销号' AND review = '已确认'";
      case "退回" -> "status = '已整改' AND review = '退回'";
      default -> null;
    };
  }
}
