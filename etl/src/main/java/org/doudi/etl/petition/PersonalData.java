package org.doudi.etl.petition;

/**
 * The raw personal data of one petition case, as the export carried it.
 *
 * @param complainant 反映人
 * @param idNo 身份证号
 * @param phone 联系电话
 */
public record PersonalData(String complainant, String idNo, String phone) {}
