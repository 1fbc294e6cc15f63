package org.tamar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Tamar: one deployable application with one top-level package per module. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TamarApplication {

  public static void main(String[] args) {
    SpringApplication.run(TamarApplication.class, args);
  }
}
