/**
 * What every page shares: the login page, the layout's model (user, demo marker) and error pages.
 */
package org.doudi.dashboard.web;
