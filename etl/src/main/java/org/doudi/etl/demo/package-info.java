/**
 * The demo data set (演示数据): a deterministic, believable district of synthetic forms, discipline
 * figures and petition cases, loaded into an empty warehouse so that a first start has something to
 * show.
 */
package org.doudi.etl.demo;
