/**
 * Personal data of the campaign's registers, removal lists and payments: masking, the keyed hash
 * that links one person across them, and sealing of raw values where the instance keeps them.
 */
package org.doudi.warehouse.personal;
