package org.doudi.warehouse.personal;

/**
 * A person as the warehouse keeps them: name and ID number masked, and the keyed hash of the ID
 * number (hex) that links the same person across registers, removal lists and payments.
 *
 * @param nameMasked e.g. {@code 张*}
 * @param idMasked e.g. {@code 3101**********1234}
 * @param key HMAC-SHA256 of {@code id:} and the ID number, in hex
 */
public record MaskedPerson(String nameMasked, String idMasked, String key) {}
