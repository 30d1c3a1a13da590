package org.doudi.dashboard.petitions;

import java.time.LocalDate;

/**
 * One case as the petitions page lists it; personal fields are the masked ones and are null unless
 * the viewer is the work team.
 *
 * @param caseNo 编号
 * @param receivedDate 受理日期
 * @param streetCode the street's code
 * @param streetName the street's name
 * @param channel 渠道
 * @param program 救助项目
 * @param issues 涉及问题, joined by 、
 * @param status 办理状态
 * @param resolved 是否处置到位
 * @param daysOpen days since it was received
 * @param complainantMasked 反映人, masked (张*); null for the leading group
 * @param phoneMasked 联系电话, masked (138****5678); null for the leading group
 */
public record PetitionCase(
    String caseNo,
    LocalDate receivedDate,
    String streetCode,
    String streetName,
    String channel,
    String program,
    String issues,
    String status,
    boolean resolved,
    long daysOpen,
    String complainantMasked,
    String phoneMasked) {}
