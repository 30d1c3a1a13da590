package org.doudi.warehouse.registry;

import java.time.LocalDate;

/**
 * One row of a register as people may see it: personal data only masked.
 *
 * @param id the row's number in the warehouse
 * @param streetCode the street
 * @param streetName the street's name
 * @param rowNo 序号
 * @param committee 居（村）委
 * @param personNameMasked 工作人员 (filing) or 救助对象 (custody), masked
 * @param personIdMasked their ID number, masked
 * @param kind 人员类别 (filing) or 代管人身份 (custody)
 * @param otherNameMasked 近亲属 (filing) or 代管人 (custody), masked
 * @param otherIdMasked their ID number, masked
 * @param relation 与本人关系 / 与救助对象关系
 * @param program 救助项目
 * @param date 备案日期 (filing) or 登记日期 (custody): the month it counts in
 * @param flag 档案是否单独存放 (filing) or 是否经本人或监护人同意 (custody); null when blank
 * @param districtFiledDate 报区备案日期 (custody only)
 */
public record RegisterRow(
    long id,
    String streetCode,
    String streetName,
    Integer rowNo,
    String committee,
    String personNameMasked,
    String personIdMasked,
    String kind,
    String otherNameMasked,
    String otherIdMasked,
    String relation,
    String program,
    LocalDate date,
    Boolean flag,
    LocalDate districtFiledDate) {}
