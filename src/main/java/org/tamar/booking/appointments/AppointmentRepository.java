package org.tamar.booking.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tamar.booking.AppointmentStatus;
import org.tamar.booking.DocumentType;
import org.tamar.booking.appointments.StoredAppointment.StoredApplicant;

/** The {@code booking_appointment} and {@code booking_applicant} tables. Callers own the transaction. */
@Repository
class AppointmentRepository {

  private static final String SELECT_APPOINTMENT =
      """
      SELECT id, reference, type_id, office_id, starts_at, persons, status, enquiry_code_hash
      FROM booking_appointment
      """;

  private final JdbcClient jdbc;

  AppointmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new appointment row; {@code emailEncrypted} may be null. */
  record NewAppointment(
      UUID id,
      String reference,
      String typeId,
      String officeId,
      Instant start,
      int persons,
      String enquiryCodeHash,
      String emailEncrypted,
      String language,
      Instant now) {}

  /** Inserts an appointment; returns false, inserting nothing, when its reference is taken. */
  boolean insert(NewAppointment appointment) {
    return jdbc.sql(
                """
                INSERT INTO booking_appointment
                  (id, reference, type_id, office_id, starts_at, persons, status, enquiry_code_hash,
                   email_encrypted, language, created_at, updated_at)
                VALUES (:id, :reference, :type, :office, :start, :persons, 'ACTIVE', :codeHash,
                        :email, :language, :now, :now)
                ON CONFLICT (reference) DO NOTHING
                """)
            .param("id", appointment.id())
            .param("reference", appointment.reference())
            .param("type", appointment.typeId())
            .param("office", appointment.officeId())
            .param("start", Timestamp.from(appointment.start()))
            .param("persons", appointment.persons())
            .param("codeHash", appointment.enquiryCodeHash())
            .param("email", appointment.emailEncrypted())
            .param("language", appointment.language())
            .param("now", Timestamp.from(appointment.now()))
            .update()
        == 1;
  }

  /**
   * Inserts an active applicant. The partial unique index allows one active row per document hash
   * and appointment type; this returns false, inserting nothing, when the document already has one.
   */
  boolean insertApplicant(
      UUID appointmentId,
      int position,
      DocumentType documentType,
      String documentHash,
      String maskedNumber,
      String dateOfBirthEncrypted,
      String typeId) {
    return jdbc.sql(
                """
                INSERT INTO booking_applicant
                  (appointment_id, position, document_type, document_hash, masked_document_number,
                   date_of_birth_encrypted, type_id, active)
                VALUES (:appointment, :position, :documentType, :hash, :masked, :dateOfBirth, :type,
                        true)
                ON CONFLICT (document_hash, type_id) WHERE active DO NOTHING
                """)
            .param("appointment", appointmentId)
            .param("position", position)
            .param("documentType", documentType.name())
            .param("hash", documentHash)
            .param("masked", maskedNumber)
            .param("dateOfBirth", dateOfBirthEncrypted)
            .param("type", typeId)
            .update()
        == 1;
  }

  /** Finds the active appointment with a reference and locks its row until the transaction ends. */
  Optional<StoredAppointment> lockActive(String reference) {
    return jdbc.sql(SELECT_APPOINTMENT + " WHERE reference = :reference AND status = 'ACTIVE' FOR UPDATE")
        .param("reference", reference)
        .query(this::mapAppointment)
        .optional();
  }

  /** Finds the active appointments that have an applicant with this document hash, earliest first. */
  List<StoredAppointment> findActiveByDocument(String documentHash) {
    return jdbc.sql(
            SELECT_APPOINTMENT
                + """
                  WHERE status = 'ACTIVE' AND id IN
                    (SELECT appointment_id FROM booking_applicant WHERE document_hash = :hash AND active)
                  ORDER BY starts_at, reference
                  """)
        .param("hash", documentHash)
        .query(this::mapAppointment)
        .list();
  }

  Optional<StoredAppointment> findByReference(String reference) {
    return jdbc.sql(SELECT_APPOINTMENT + " WHERE reference = :reference")
        .param("reference", reference)
        .query(this::mapAppointment)
        .optional();
  }

  /** Marks an appointment and its applicants cancelled, so their documents may book again. */
  void cancel(UUID id, Instant now) {
    jdbc.sql("UPDATE booking_appointment SET status = 'CANCELLED', updated_at = :now WHERE id = :id")
        .param("id", id)
        .param("now", Timestamp.from(now))
        .update();
    jdbc.sql("UPDATE booking_applicant SET active = false WHERE appointment_id = :id")
        .param("id", id)
        .update();
  }

  void move(UUID id, String officeId, Instant start, Instant now) {
    jdbc.sql(
            """
            UPDATE booking_appointment SET office_id = :office, starts_at = :start, updated_at = :now
            WHERE id = :id
            """)
        .param("id", id)
        .param("office", officeId)
        .param("start", Timestamp.from(start))
        .param("now", Timestamp.from(now))
        .update();
  }

  private StoredAppointment mapAppointment(ResultSet rs, int row) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new StoredAppointment(
        id,
        rs.getString("reference"),
        rs.getString("type_id"),
        rs.getString("office_id"),
        rs.getTimestamp("starts_at").toInstant(),
        rs.getInt("persons"),
        AppointmentStatus.valueOf(rs.getString("status")),
        rs.getString("enquiry_code_hash"),
        applicants(id));
  }

  private List<StoredApplicant> applicants(UUID appointmentId) {
    return jdbc.sql(
            """
            SELECT document_type, document_hash, masked_document_number FROM booking_applicant
            WHERE appointment_id = :id ORDER BY position
            """)
        .param("id", appointmentId)
        .query(
            (rs, row) ->
                new StoredApplicant(
                    DocumentType.valueOf(rs.getString("document_type")),
                    rs.getString("document_hash"),
                    rs.getString("masked_document_number")))
        .list();
  }
}
