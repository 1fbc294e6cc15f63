package org.tamar.booking.web.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tamar.platform.web.HostedService;

/** Lists the booking service on the home page. */
@Configuration(proxyBeanMethods = false)
class BookingPagesConfiguration {

  @Bean
  HostedService bookingService() {
    return new HostedService(
        "booking", BookingPaths.START, "booking.service.name", "booking.service.description", 10);
  }
}
