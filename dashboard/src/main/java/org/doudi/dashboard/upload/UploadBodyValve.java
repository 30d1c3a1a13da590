package org.doudi.dashboard.upload;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.OptionalLong;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * Counts the body of an upload as Tomcat reads it off the connection and fails the read past the
 * page's limit, so that a body sent in chunks without a length puts at most the limit on disk. A
 * servlet filter cannot do this: Tomcat parses a multipart body from its own stream, not from a
 * request wrapper's, so the count sits below Tomcat's parser, on the connection's input.
 */
final class UploadBodyValve extends ValveBase {

  /** The request attribute that holds the count of an upload's body. */
  static final String COUNT = UploadBodyValve.class.getName() + ".count";

  private final UploadLimits limits;

  UploadBodyValve(UploadLimits limits) {
    super(true);
    this.limits = limits;
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    OptionalLong limit = limits.bodyLimit(request.getMethod(), path);
    if (limit.isEmpty()) {
      getNext().invoke(request, response);
      return;
    }
    org.apache.coyote.Request connection = request.getCoyoteRequest();
    InputBuffer original = connection.getInputBuffer();
    BodyCount count = new BodyCount(original, limit.getAsLong());
    connection.setInputBuffer(count);
    request.setAttribute(COUNT, count);
    try {
      getNext().invoke(request, response);
    } finally {
      // the connection's processor serves later requests with the same object
      connection.setInputBuffer(original);
    }
  }

  /** The body read so far, failing every read once it passes the limit. */
  static final class BodyCount implements InputBuffer {

    private final InputBuffer body;
    private final long limit;
    private long read;
    private volatile boolean exceeded;

    BodyCount(InputBuffer body, long limit) {
      this.body = body;
      this.limit = limit;
    }

    /**
     * Hands on the body until it passes the limit, then ends it: the parser meets a body that ends
     * early and fails, without the connection being marked broken (a read error would make Tomcat
     * close it before the client has read the refusal).
     */
    @Override
    public int doRead(ApplicationBufferHandler handler) throws IOException {
      if (exceeded) {
        return -1;
      }
      int n = body.doRead(handler);
      if (n > 0) {
        read += n;
        if (read > limit) {
          exceeded = true;
          handler.setByteBuffer(ApplicationBufferHandler.EMPTY_BUFFER);
          return -1;
        }
      }
      return n;
    }

    @Override
    public int available() {
      return body.available();
    }

    /**
     * Reads and drops up to {@code most} more bytes of the body, none of them kept: an HTTP client
     * that sends its whole body before it reads (the JDK's, most libraries) then gets the answer
     * instead of a broken connection; a longer body is cut off by closing the connection.
     */
    void discard(long most) throws IOException {
      ApplicationBufferHandler sink =
          new ApplicationBufferHandler() {
            private ByteBuffer buffer = ApplicationBufferHandler.EMPTY_BUFFER;

            @Override
            public void setByteBuffer(ByteBuffer buffer) {
              this.buffer = buffer;
            }

            @Override
            public ByteBuffer getByteBuffer() {
              return buffer;
            }

            @Override
            public void expand(int size) {}
          };
      long left = most;
      int n;
      while (left > 0 && (n = body.doRead(sink)) > 0) {
        left -= n;
      }
    }

    /** Returns whether the body passed the limit and its reading was stopped. */
    boolean exceeded() {
      return exceeded;
    }
  }
}
