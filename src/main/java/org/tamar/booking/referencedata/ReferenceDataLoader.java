package org.tamar.booking.referencedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tamar.booking.AppointmentType;
import org.tamar.booking.Office;
import org.tamar.booking.calendar.DailyHours;
import org.tamar.booking.referencedata.ReferenceDataFiles.HolidaysFile;
import org.tamar.booking.referencedata.ReferenceDataFiles.OfficeEntry;
import org.tamar.booking.referencedata.ReferenceDataFiles.OfficesFile;
import org.tamar.booking.referencedata.ReferenceDataFiles.TypeEntry;
import org.tamar.platform.i18n.LocalizedText;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the booking reference data shipped under {@code data/booking/} into the database at start-up,
 * then reads it back as the {@link BookingReferenceData} the module uses.
 *
 * <p>Rows are upserted by id or date, so several instances may start at once and a restart applies
 * an edited file. Offices and types missing from the file are kept, because appointments refer to
 * them.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceDataLoader {

  private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

  static final String OFFICES_FILE = "data/booking/rop-offices.json";
  static final String HOLIDAYS_FILE = "data/booking/hk-general-holidays.json";

  @Bean
  BookingReferenceData bookingReferenceData(
      JdbcClient jdbc, ObjectMapper json, TransactionTemplate transactions) {
    OfficesFile officesFile = read(json, OFFICES_FILE, OfficesFile.class);
    HolidaysFile holidaysFile = read(json, HOLIDAYS_FILE, HolidaysFile.class);
    ReferenceDataWriter writer = new ReferenceDataWriter(jdbc, json);
    transactions.executeWithoutResult(
        status -> {
          // Instances starting together would otherwise race on the delete-then-insert of opening
          // hours; the transaction-level advisory lock makes them load one after another.
          jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tamar.booking.reference-data'))")
              .query((rs, row) -> 1)
              .list();
          writer.writeOffices(officesFile);
          writer.writeAppointmentTypes(officesFile.appointmentTypes());
          writer.writeHolidays(holidaysFile);
        });
    BookingReferenceData data = readBack(jdbc, json);
    log.info(
        "Booking reference data loaded: {} offices, {} appointment types",
        data.offices().size(),
        data.appointmentTypes().size());
    return data;
  }

  private static <T> T read(ObjectMapper json, String path, Class<T> type) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read booking reference data " + path, e);
    }
  }

  private static BookingReferenceData readBack(JdbcClient jdbc, ObjectMapper json) {
    List<Office> offices =
        jdbc.sql("SELECT id, name::text AS name, address::text AS address FROM booking_office ORDER BY position, id")
            .query(
                (rs, row) ->
                    new Office(
                        rs.getString("id"),
                        json.readValue(rs.getString("name"), LocalizedText.class),
                        json.readValue(rs.getString("address"), LocalizedText.class)))
            .list();
    List<AppointmentType> types =
        jdbc.sql("SELECT id, name::text AS name FROM booking_appointment_type ORDER BY position, id")
            .query(
                (rs, row) ->
                    new AppointmentType(
                        rs.getString("id"),
                        json.readValue(rs.getString("name"), LocalizedText.class)))
            .list();
    Map<String, AgeLimits> ageLimits = new HashMap<>();
    jdbc.sql("SELECT id, min_age, max_age FROM booking_appointment_type")
        .query(
            rs -> {
              ageLimits.put(
                  rs.getString("id"),
                  new AgeLimits(
                      rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class)));
            });
    Map<String, Map<DayOfWeek, DailyHours>> hours = new HashMap<>();
    jdbc.sql("SELECT office_id, day_of_week, opens_at, closes_at FROM booking_office_hours")
        .query(
            rs -> {
              hours
                  .computeIfAbsent(rs.getString("office_id"), id -> new EnumMap<>(DayOfWeek.class))
                  .put(
                      DayOfWeek.of(rs.getInt("day_of_week")),
                      new DailyHours(
                          rs.getObject("opens_at", LocalTime.class),
                          rs.getObject("closes_at", LocalTime.class)));
            });
    Set<LocalDate> holidays =
        new HashSet<>(
            jdbc.sql("SELECT holiday_date FROM booking_holiday")
                .query((rs, row) -> rs.getObject("holiday_date", LocalDate.class))
                .list());
    return new BookingReferenceData(offices, types, ageLimits, hours, holidays);
  }

  /** Upserts the parsed files; runs inside the caller's transaction. */
  private record ReferenceDataWriter(JdbcClient jdbc, ObjectMapper json) {

    void writeOffices(OfficesFile file) {
      int position = 0;
      for (OfficeEntry office : file.offices()) {
        LocalizedText name = new LocalizedText(office.en(), office.zhHk(), office.zhCn());
        LocalizedText address =
            new LocalizedText(office.addressEn(), office.addressZhHk(), office.addressZhCn());
        jdbc.sql(
                """
                INSERT INTO booking_office (id, name, address, position)
                VALUES (:id, CAST(:name AS jsonb), CAST(:address AS jsonb), :position)
                ON CONFLICT (id) DO UPDATE
                  SET name = EXCLUDED.name, address = EXCLUDED.address, position = EXCLUDED.position
                """)
            .param("id", office.id())
            .param("name", json.writeValueAsString(name))
            .param("address", json.writeValueAsString(address))
            .param("position", position++)
            .update();
        Map<String, List<String>> hours =
            office.openingHours() != null ? office.openingHours() : file.defaultOpeningHours();
        writeHours(office.id(), hours);
      }
    }

    private void writeHours(String officeId, Map<String, List<String>> hours) {
      jdbc.sql("DELETE FROM booking_office_hours WHERE office_id = :id").param("id", officeId).update();
      hours.forEach(
          (day, range) -> {
            if (range.size() != 2) {
              throw new IllegalStateException(
                  "Opening hours of " + officeId + " on " + day + " must be [opens, closes]");
            }
            jdbc.sql(
                    """
                    INSERT INTO booking_office_hours (office_id, day_of_week, opens_at, closes_at)
                    VALUES (:office, :day, :opens, :closes)
                    """)
                .param("office", officeId)
                .param("day", DayOfWeek.valueOf(day).getValue())
                .param("opens", Time.valueOf(LocalTime.parse(range.get(0))))
                .param("closes", Time.valueOf(LocalTime.parse(range.get(1))))
                .update();
          });
    }

    void writeAppointmentTypes(List<TypeEntry> types) {
      int position = 0;
      for (TypeEntry type : types) {
        jdbc.sql(
                """
                INSERT INTO booking_appointment_type (id, name, position, min_age, max_age)
                VALUES (:id, CAST(:name AS jsonb), :position, :minAge, :maxAge)
                ON CONFLICT (id) DO UPDATE
                  SET name = EXCLUDED.name, position = EXCLUDED.position,
                      min_age = EXCLUDED.min_age, max_age = EXCLUDED.max_age
                """)
            .param("id", type.id())
            .param("minAge", type.minAge(), java.sql.Types.INTEGER)
            .param("maxAge", type.maxAge(), java.sql.Types.INTEGER)
            .param("name", json.writeValueAsString(new LocalizedText(type.en(), type.zhHk(), type.zhCn())))
            .param("position", position++)
            .update();
      }
    }

    void writeHolidays(HolidaysFile file) {
      file.years()
          .values()
          .forEach(
              year ->
                  year.holidays()
                      .forEach(
                          holiday ->
                              jdbc.sql(
                                      """
                                      INSERT INTO booking_holiday (holiday_date, name)
                                      VALUES (:date, CAST(:name AS jsonb))
                                      ON CONFLICT (holiday_date) DO UPDATE SET name = EXCLUDED.name
                                      """)
                                  .param("date", LocalDate.parse(holiday.date()))
                                  .param(
                                      "name",
                                      json.writeValueAsString(
                                          new LocalizedText(
                                              holiday.en(), holiday.zhHk(), holiday.zhCn())))
                                  .update()));
    }
  }
}
