package org.tamar.booking.referencedata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The shapes of the JSON files under {@code data/booking/}; fields the loader does not use are ignored. */
final class ReferenceDataFiles {

  private ReferenceDataFiles() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record OfficesFile(
      Map<String, List<String>> defaultOpeningHours,
      List<OfficeEntry> offices,
      List<TypeEntry> appointmentTypes) {}

  /** An office; {@code openingHours}, when present, replaces the default hours for this office. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OfficeEntry(
      String id,
      String en,
      @JsonProperty("zh-HK") String zhHk,
      @JsonProperty("zh-CN") String zhCn,
      String addressEn,
      String addressZhHk,
      String addressZhCn,
      Map<String, List<String>> openingHours) {}

  /** An appointment type; {@code minAge} and {@code maxAge} are optional, see {@link AgeLimits}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TypeEntry(
      String id,
      String en,
      @JsonProperty("zh-HK") String zhHk,
      @JsonProperty("zh-CN") String zhCn,
      Integer minAge,
      Integer maxAge) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record HolidaysFile(Map<String, HolidayYear> years) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record HolidayYear(String status, List<HolidayEntry> holidays) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record HolidayEntry(
      String date, String en, @JsonProperty("zh-HK") String zhHk, @JsonProperty("zh-CN") String zhCn) {}
}
