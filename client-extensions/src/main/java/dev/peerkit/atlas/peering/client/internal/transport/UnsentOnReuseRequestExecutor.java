package dev.peerkit.atlas.peering.client.internal.transport;

import java.io.IOException;
import java.net.SocketAddress;
import javax.net.ssl.SSLSession;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * HttpClient 5 request executor that tells "not sent" from "may have been applied" on a reused
 * keep-alive connection: when writing the request fails on a connection that already carried an
 * exchange (the server or a load balancer closed it while it sat in the pool), the server cannot
 * have a whole request, so the failure is a {@link RequestNotSentException}, which the SDK's
 * retryer re-sends on a new connection. A failure once the answer is being read stays an
 * ordinary I/O failure ("may have been applied").
 */
public final class UnsentOnReuseRequestExecutor extends HttpRequestExecutor {

  /** Writing the request failed on a reused connection: nothing reached the server whole. */
  public static final class RequestNotSentException extends IOException {
    private static final long serialVersionUID = 1L;

    RequestNotSentException(IOException cause) {
      super("the request could not be written to a reused keep-alive connection (" + cause + ");"
          + " it was not sent", cause);
    }
  }

  @Override
  public ClassicHttpResponse execute(ClassicHttpRequest request, HttpClientConnection conn,
      HttpResponseInformationCallback informationCallback, HttpContext context) throws IOException, HttpException {
    EndpointDetails details = conn.getEndpointDetails();
    boolean reused = details != null && details.getResponseCount() > 0;
    Tracking tracking = new Tracking(conn);
    try {
      return super.execute(request, tracking, informationCallback, context);
    } catch (IOException e) {
      if (reused && !tracking.receiving) {
        throw new RequestNotSentException(e);
      }
      throw e;
    }
  }

  /** Remembers whether the exchange got as far as reading the answer. */
  private static final class Tracking implements HttpClientConnection {
    private final HttpClientConnection delegate;
    private boolean receiving;

    Tracking(HttpClientConnection delegate) {
      this.delegate = delegate;
    }

    @Override
    public ClassicHttpResponse receiveResponseHeader() throws HttpException, IOException {
      receiving = true;
      return delegate.receiveResponseHeader();
    }

    @Override
    public boolean isConsistent() {
      return delegate.isConsistent();
    }

    @Override
    public void sendRequestHeader(ClassicHttpRequest request) throws HttpException, IOException {
      delegate.sendRequestHeader(request);
    }

    @Override
    public void terminateRequest(ClassicHttpRequest request) throws HttpException, IOException {
      delegate.terminateRequest(request);
    }

    @Override
    public void sendRequestEntity(ClassicHttpRequest request) throws HttpException, IOException {
      delegate.sendRequestEntity(request);
    }

    @Override
    public void receiveResponseEntity(ClassicHttpResponse response) throws HttpException, IOException {
      delegate.receiveResponseEntity(response);
    }

    @Override
    public boolean isDataAvailable(Timeout timeout) throws IOException {
      return delegate.isDataAvailable(timeout);
    }

    @Override
    public boolean isStale() throws IOException {
      return delegate.isStale();
    }

    @Override
    public void flush() throws IOException {
      delegate.flush();
    }

    @Override
    public void close() throws IOException {
      delegate.close();
    }

    @Override
    public void close(CloseMode closeMode) {
      delegate.close(closeMode);
    }

    @Override
    public EndpointDetails getEndpointDetails() {
      return delegate.getEndpointDetails();
    }

    @Override
    public SocketAddress getLocalAddress() {
      return delegate.getLocalAddress();
    }

    @Override
    public SocketAddress getRemoteAddress() {
      return delegate.getRemoteAddress();
    }

    @Override
    public ProtocolVersion getProtocolVersion() {
      return delegate.getProtocolVersion();
    }

    @Override
    public SSLSession getSSLSession() {
      return delegate.getSSLSession();
    }

    @Override
    public boolean isOpen() {
      return delegate.isOpen();
    }

    @Override
    public Timeout getSocketTimeout() {
      return delegate.getSocketTimeout();
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
      delegate.setSocketTimeout(timeout);
    }
  }
}
