/** Loads the demo data set (演示数据) into an empty warehouse when the server starts. */
package org.doudi.dashboard.demo;
