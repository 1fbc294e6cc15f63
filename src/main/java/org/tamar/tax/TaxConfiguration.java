package org.tamar.tax;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tamar.platform.web.HostedService;

/** Spring wiring of the tax module: the calculator bean and the calculator's home page entry. */
@Configuration(proxyBeanMethods = false)
class TaxConfiguration {

  @Bean
  SalariesTaxCalculator salariesTaxCalculator() {
    return SalariesTaxCalculator.withPublishedParameters();
  }

  @Bean
  HostedService taxCalculatorService() {
    return new HostedService(
        "tax-calculator", "/tax/calculator", "tax.service.name", "tax.service.description", 20);
  }
}
