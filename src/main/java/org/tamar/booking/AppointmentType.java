package org.tamar.booking;

import org.tamar.platform.i18n.LocalizedText;

/**
 * A kind of identity card application that can be booked.
 *
 * @param id a stable id from the reference data, such as {@code first-registration-age-11}
 * @param name the name in the three languages
 */
public record AppointmentType(String id, LocalizedText name) {}
