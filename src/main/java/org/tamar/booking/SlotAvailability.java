package org.tamar.booking;

import java.time.OffsetDateTime;

/**
 * A slot and the places left in it.
 *
 * @param start when the slot begins, with the +08:00 offset
 * @param remaining places left; 0 when the slot is full
 */
public record SlotAvailability(OffsetDateTime start, int remaining) {}
