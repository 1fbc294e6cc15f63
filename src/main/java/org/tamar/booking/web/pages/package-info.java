/**
 * The citizen pages of the booking service: the booking journey under {@code /booking} and the
 * look-up, reschedule and cancel journey under {@code /booking/manage}. One question per page,
 * plain HTML forms that work without JavaScript, and the answers kept in the HTTP session.
 */
package org.tamar.booking.web.pages;
