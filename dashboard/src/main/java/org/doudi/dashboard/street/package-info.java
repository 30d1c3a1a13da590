/**
 * One street's page ({@code /streets/{code}}): its months beside the discipline figures, every
 * version of its forms, its findings and its petition volume.
 */
package org.doudi.dashboard.street;
