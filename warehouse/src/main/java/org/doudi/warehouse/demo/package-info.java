/** The demo data set's way out of an instance: removing it while accounts and settings stay. */
package org.doudi.warehouse.demo;
