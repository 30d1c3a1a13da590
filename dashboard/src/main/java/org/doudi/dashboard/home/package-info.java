/** The first page after login: what the warehouse holds. */
package org.doudi.dashboard.home;
