package dev.peerkit.atlas.peering.spring;

import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

/** A Boot application as a user writes it: the starter, one {@code @FeignClient} on the generated API. */
@SpringBootApplication
@EnableFeignClients(clients = {StarterTestApplication.AtlasPeeringApi.class, StarterTestApplication.OtherService.class})
public class StarterTestApplication {

  /** The generated interface as a Spring Cloud OpenFeign client; nothing else configured. */
  @FeignClient(name = "atlas-peering", url = "${atlas.peering.base-url}")
  public interface AtlasPeeringApi extends NetworkPeeringApi {}

  /** Another service, declared with Spring MVC annotations: it must stay untouched by the SDK. */
  @FeignClient(name = "other-service", url = "${other-service.url:http://127.0.0.1:9}")
  public interface OtherService {
    /** @return what the service saw */
    @GetMapping("/hello")
    String hello();
  }
}
