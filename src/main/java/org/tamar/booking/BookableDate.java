package org.tamar.booking;

import java.time.LocalDate;

/**
 * A working day in the booking window.
 *
 * @param date the day, in Hong Kong time
 * @param remaining places left across the day's slots; 0 when the day is fully booked
 */
public record BookableDate(LocalDate date, int remaining) {}
