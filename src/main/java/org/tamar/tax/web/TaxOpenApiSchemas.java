package org.tamar.tax.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes {@code spouse} of the computation request a nullable reference in the OpenAPI 3.1
 * document. springdoc 3.1.1 turns {@code @Schema(nullable = true)} on a referenced record into
 * {@code {"type": "null", "$ref": ...}}, which only null satisfies, so the property is written here
 * as {@code oneOf} the reference and {@code null}.
 */
@Component
class TaxOpenApiSchemas implements OpenApiCustomizer {

  static final String REQUEST_SCHEMA = "ComputationRequestBody";
  static final String PERSON_REFERENCE = "#/components/schemas/PersonBody";

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    Schema<?> request = openApi.getComponents().getSchemas().get(REQUEST_SCHEMA);
    if (request == null || request.getProperties() == null) {
      return;
    }
    Map<String, Schema> properties = request.getProperties();
    Schema<?> spouse = properties.get("spouse");
    if (spouse == null) {
      return;
    }
    Schema<Object> nullableSpouse = new JsonSchema();
    nullableSpouse.setDescription(spouse.getDescription());
    nullableSpouse.setOneOf(
        List.of(new JsonSchema().$ref(PERSON_REFERENCE), new JsonSchema().types(Set.of("null"))));
    properties.put("spouse", nullableSpouse);
  }
}
