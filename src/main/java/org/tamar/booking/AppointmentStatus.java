package org.tamar.booking;

/** The state of an appointment. */
public enum AppointmentStatus {
  /** Booked and holding its places. */
  ACTIVE,
  /** Cancelled by the applicant; its places are free again. */
  CANCELLED
}
