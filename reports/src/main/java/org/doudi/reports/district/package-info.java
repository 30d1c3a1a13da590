/**
 * The district report (区级情况报告) for a month or for the campaign to date: cover, summary in
 * sentences, the statistics table of every street with the district total, trend charts, open
 * findings and late or missing forms; as PDF and .xlsx from the same filled report.
 */
package org.doudi.reports.district;
