package dev.peerkit.atlas.peering.examples.boot;

// README:start boot-feign-client
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import org.springframework.cloud.openfeign.FeignClient;

/** The generated Atlas interface as a Spring Cloud OpenFeign client; the starter does the rest. */
@FeignClient(name = "atlas-peering", url = "${atlas.peering.base-url}")
public interface AtlasPeering extends NetworkPeeringApi {}
// README:end
