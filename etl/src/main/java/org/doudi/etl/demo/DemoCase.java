package org.doudi.etl.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic petition or hotline case; personal data exists only masked.
 *
 * @param caseNo 编号
 * @param receivedDate 受理日期
 * @param channel 渠道
 * @param realName 是否实名
 * @param category 诉求类型
 * @param streetCode 所属街镇
 * @param program 救助项目
 * @param issues 涉及问题, or null
 * @param complainantMasked 反映人, masked, or null
 * @param idNoMasked 身份证号, masked, or null
 * @param phoneMasked 联系电话, masked, or null
 * @param complainantKey keyed hash of the synthetic person, or null
 * @param idNoQuality ok / bad_check_digit / absent
 * @param status 办理状态
 * @param closedDate 办结日期, or null
 * @param resolved 是否处置到位
 */
record DemoCase(
    String caseNo,
    LocalDate receivedDate,
    String channel,
    boolean realName,
    String category,
    String streetCode,
    String program,
    List<String> issues,
    String complainantMasked,
    String idNoMasked,
    String phoneMasked,
    String complainantKey,
    String idNoQuality,
    String status,
    LocalDate closedDate,
    boolean resolved) {}
