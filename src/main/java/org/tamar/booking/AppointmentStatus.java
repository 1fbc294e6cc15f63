package org.tamar.booking;

/** Where an appointment stands. */
public enum AppointmentStatus {
  /** Booked and holding its places. */
  ACTIVE,
  /** Cancelled by the applicant; its places are free again. */
  CANCELLED
}
