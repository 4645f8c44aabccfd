package dev.peerkit.atlas.peering.spring;

import dev.peerkit.atlas.peering.client.transport.TokenFetchListener;
import feign.Capability;

/**
 * Observes the SDK for metrics: a Feign {@link Capability} added after the {@code AtlasCapability}
 * (to every {@code @FeignClient} and to the {@code AtlasPeeringClient} bean), so its {@code
 * Client} sees each attempt with its final status and its {@code Retryer} each retry; and a {@link
 * TokenFetchListener} for service-account token requests. With Micrometer present the starter
 * declares one that records meters (see the README); declare your own bean to replace it.
 */
public interface AtlasPeeringObserver extends Capability, TokenFetchListener {}
