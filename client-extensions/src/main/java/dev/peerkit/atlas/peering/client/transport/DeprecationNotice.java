package dev.peerkit.atlas.peering.client.transport;

/**
 * Atlas said the resource or version used is deprecated: the RFC 9745 {@code Deprecation} and/or
 * RFC 8594 {@code Sunset} response headers, as sent.
 *
 * @param method the request's HTTP method
 * @param url the request URL (no credentials are ever part of it)
 * @param deprecation the {@code Deprecation} header value, or {@code null}
 * @param sunset the {@code Sunset} header value (an HTTP-date), or {@code null}
 */
public record DeprecationNotice(String method, String url, String deprecation, String sunset) {}
