package org.tamar.booking;

import org.tamar.platform.i18n.LocalizedText;

/**
 * A Registration of Persons office.
 *
 * @param id a stable id from the reference data, such as {@code rop-tseung-kwan-o}
 * @param name the office name in the three languages
 * @param address the postal address in the three languages
 */
public record Office(String id, LocalizedText name, LocalizedText address) {}
