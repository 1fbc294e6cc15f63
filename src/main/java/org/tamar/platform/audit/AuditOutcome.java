package org.tamar.platform.audit;

/** The outcome of an audited action. */
public enum AuditOutcome {
  /** The action was carried out. */
  SUCCESS,
  /** The action was refused by a business rule, such as a full slot. */
  REJECTED,
  /** The action was refused by a security check, such as a wrong enquiry code or a lockout. */
  DENIED
}
