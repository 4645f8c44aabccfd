package dev.peerkit.atlas.peering.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

/**
 * A Spring Boot service using the SDK through the starter: one {@code @FeignClient} on the
 * generated interface ({@link AtlasPeering}), the {@code AtlasPeeringClient} bean, and the
 * {@code atlas.peering.*} properties of {@code application.properties}. Nothing else is configured.
 */
@SpringBootApplication
@EnableFeignClients(clients = AtlasPeering.class)
public class PeeringServiceApplication {

  /**
   * @param args Spring Boot arguments, such as {@code --atlas.peering.base-url=http://127.0.0.1:8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(PeeringServiceApplication.class, args);
  }
}
