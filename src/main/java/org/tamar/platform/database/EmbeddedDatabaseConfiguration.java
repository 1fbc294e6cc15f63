package org.tamar.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is set, so Tamar runs on a
 * laptop with only a JDK. With a URL set, Spring Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
public class EmbeddedDatabaseConfiguration {

  @Bean
  DataSource dataSource(
      @Value("${tamar.database.embedded.data-directory:data/postgres}") Path dataDirectory,
      @Value("${tamar.database.embedded.clean:false}") boolean clean,
      @Value("${tamar.database.embedded.pool-size:20}") int poolSize) {
    var server = EmbeddedPostgres.start(dataDirectory, clean);
    HikariDataSource pool =
        new HikariDataSource() {
          @Override
          public void close() {
            boolean wasOpen = !isClosed();
            super.close();
            if (wasOpen) {
              EmbeddedPostgres.poolClosed();
            }
          }
        };
    pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(poolSize);
    pool.setPoolName("tamar-embedded");
    return pool;
  }

  static final class NoDatasourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("spring.datasource.url");
      return url == null || url.isBlank();
    }
  }
}
