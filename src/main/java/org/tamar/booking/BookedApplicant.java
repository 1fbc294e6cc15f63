package org.tamar.booking;

/**
 * An applicant of a booked appointment, as shown back to people.
 *
 * @param documentType the kind of document
 * @param maskedDocumentNumber the number with most characters hidden, such as {@code A1****(*)}
 */
public record BookedApplicant(DocumentType documentType, String maskedDocumentNumber) {}
