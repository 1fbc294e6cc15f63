package org.tamar.platform.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the application {@link Clock} in Hong Kong time.
 *
 * <p>{@code tamar.clock.fixed}, an ISO-8601 date-time with offset, freezes the clock for tests and
 * demonstrations; it must stay unset in production.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

  @Bean
  Clock clock(@Value("${tamar.clock.fixed:}") String fixed) {
    if (fixed.isBlank()) {
      return Clock.system(BusinessTime.ZONE);
    }
    log.warn("The clock is fixed at {}; unset tamar.clock.fixed outside tests", fixed);
    return Clock.fixed(OffsetDateTime.parse(fixed).toInstant(), BusinessTime.ZONE);
  }
}
