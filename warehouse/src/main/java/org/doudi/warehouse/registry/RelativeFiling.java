package org.doudi.warehouse.registry;

import java.time.LocalDate;

/**
 * One row of a 近亲属备案登记表, as parsed (raw names and ID numbers: the writer masks them).
 *
 * @param line the row's number in the file, to name it in errors (0 for a row entered by hand)
 * @param streetCode the street, resolved from 街镇
 * @param rowNo 序号
 * @param committee 居（村）委
 * @param staffName 工作人员姓名
 * @param staffIdNo 工作人员身份证号
 * @param staffKind 人员类别
 * @param staffPosition 工作单位及职务
 * @param relativeName 近亲属姓名
 * @param relativeIdNo 近亲属身份证号
 * @param relation 与本人关系
 * @param program 享受救助项目
 * @param declaredDate 申报日期
 * @param filedDate 备案日期
 * @param keptApart 档案是否单独存放 (null when blank)
 */
public record RelativeFiling(
    int line,
    String streetCode,
    Integer rowNo,
    String committee,
    String staffName,
    String staffIdNo,
    String staffKind,
    String staffPosition,
    String relativeName,
    String relativeIdNo,
    String relation,
    String program,
    LocalDate declaredDate,
    LocalDate filedDate,
    Boolean keptApart) {}
