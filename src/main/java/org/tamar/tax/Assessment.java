package org.tamar.tax;

/** The kind of assessment of a taxpayer. */
public enum Assessment {
  /**
   * The taxpayer alone: a single person, or a married person assessed apart from the spouse. The
   * API and the issue call this {@code single}.
   */
  SEPARATE,
  /** A married couple who elect to be assessed together on their aggregate net income. */
  JOINT
}
