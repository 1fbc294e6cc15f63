package org.tamar.platform.time;

import java.time.ZoneId;

/** Hong Kong business time: "today", working days and slot times are computed in this zone. */
public final class BusinessTime {

  /** Hong Kong has kept UTC+08:00 all year since 1979, with no daylight saving time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Hong_Kong");

  private BusinessTime() {}
}
