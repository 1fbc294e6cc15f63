/**
 * Shared kernel used by every module: RFC 9457 problem details, languages and message bundles, the
 * business clock, the audit trail, keyed hashing of personal identifiers, the embedded database and the
 * page layout.
 *
 * <p>The module is open: other modules may use its sub-packages directly.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Platform",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tamar.platform;
