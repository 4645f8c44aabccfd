package dev.peerkit.atlas.peering.spring.internal;

import dev.peerkit.atlas.peering.spring.AtlasPeeringConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link AtlasPeeringConfigurationException} into Spring Boot's "APPLICATION FAILED TO
 * START" report: a description and an action, no stack trace. Registered in {@code
 * META-INF/spring.factories}.
 */
public final class AtlasPeeringFailureAnalyzer extends AbstractFailureAnalyzer<AtlasPeeringConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AtlasPeeringConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
