/**
 * Personal data of every source (petition log, the campaign's registers, removal lists and
 * payments): masking, the keyed hash that links one person across them, sealing of raw values where
 * the instance keeps them, and the guard that refuses a hash secret not the warehouse's own.
 */
package org.doudi.warehouse.personal;
