package org.tamar.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes Tamar's REST APIs in the OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI tamarOpenApi(@Value("${tamar.version:0.1.0}") String version) {
    return new OpenAPI()
        .info(
            new Info()
                .title("Tamar API")
                .version(version)
                .description(
                    "REST APIs of the Tamar government services platform. Every error is an RFC 9457"
                        + " problem (application/problem+json) with a stable snake_case `code` and,"
                        + " for validation failures, an `errors` list of {field, code, message}."
                        + " Send Accept-Language (en, zh-HK or zh-CN) to get titles and messages in"
                        + " that language.")
                .license(
                    new License()
                        .name("Apache License 2.0")
                        .url("https://www.apache.org/licenses/LICENSE-2.0")));
  }
}
