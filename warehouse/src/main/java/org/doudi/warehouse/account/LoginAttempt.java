package org.doudi.warehouse.account;

/**
 * One login attempt, counted before its password is checked.
 *
 * @param account the account as it stands after counting the attempt
 * @param number how many attempts in a row this one is since the last successful login (1 for the
 *     first); an attempt beyond the limit is not checked at all
 */
public record LoginAttempt(Account account, int number) {}
