/**
 * The 15 figures as the streets report them on their forms ({@code street_form}) and as the
 * discipline commission receives them ({@code discipline_figure}), one version a load: the one
 * writer of both tables, for the loads and for the demo data set alike.
 */
package org.doudi.warehouse.figures;
