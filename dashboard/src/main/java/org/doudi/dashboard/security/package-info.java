/**
 * Who may do what: form login against the warehouse's accounts, lock-out after repeated failures,
 * security headers, and {@link org.doudi.dashboard.security.StreetScope}, the server-side rule that
 * keeps a street account to its own street.
 */
package org.doudi.dashboard.security;
