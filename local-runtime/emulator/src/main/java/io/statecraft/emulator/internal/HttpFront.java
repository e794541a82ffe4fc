package io.statecraft.emulator.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AWS JSON 1.0 transport over the JDK's HTTP server: {@code POST /} with
 * {@code X-Amz-Target: AWSStepFunctions.<Operation>}, any Host (clients may prefix it with
 * {@code sync-}), no signature check: the signature only gives the request's region. Errors are HTTP 400 with {@code __type} and {@code message}.
 *
 * <p>Logs through SLF4J, as {@code io.statecraft.emulator.internal.HttpFront}: every request at
 * debug ({@code StartExecution 200 1.3 ms}), every error answer at info with AWS's code and message,
 * and a 500, which is a bug of ours, at error with its stack trace.
 */
public final class HttpFront {

  private static final String TARGET_PREFIX = "AWSStepFunctions.";
  private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
  /** AWS's quota on one API request, headers aside. */
  static final int MAX_REQUEST_BYTES = 1024 * 1024;

  static {
    // Without it the JDK 17 server stalls ~40 ms per response (Nagle + delayed ACK); it is read
    // once, when the server classes load, so it must be set before the first HttpServer.create.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final Logger LOG;

  static {
    // Before the first logger: with no SLF4J provider on the class path, start the no-op one
    // without SLF4J's warning, as the runtime does.
    io.statecraft.compiler.internal.common.QuietLogging.ensure();
    LOG = LoggerFactory.getLogger(HttpFront.class);
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final Operations operations;
  /** What answers a GET without X-Amz-Target (the web console), or null. */
  private final HttpHandler pages;

  /**
   * A front that also gives every GET request without an {@code X-Amz-Target} header to
   * {@code pages} (null: none): the API's requests are all POSTs with one, so the two never meet.
   */
  private static final long REQUEST_STACK_BYTES = 16L << 20;

  public HttpFront(int port, Operations operations, HttpHandler pages) throws IOException {
    this.operations = operations;
    this.pages = pages;
    this.server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    AtomicLong count = new AtomicLong();
    // Cached, not fixed: GetActivityTask holds its thread for up to 60 s.
    this.threads = Executors.newCachedThreadPool(task -> {
      // A deeper stack than the default, reserved rather than committed: CreateStateMachine
      // validates definitions whose nesting (a Map in a Map, 165 deep: 2 MiB) the default
      // 1 MiB cannot walk.
      Thread thread = new Thread(null, task, "statecraft-emulator-" + count.incrementAndGet(),
          REQUEST_STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    if (pages != null && "GET".equals(exchange.getRequestMethod())
        && !exchange.getRequestHeaders().containsKey("X-Amz-Target")) {
      pages.handle(exchange);
      return;
    }
    long start = System.nanoTime();
    String operation = target(exchange);
    try (exchange; InputStream in = exchange.getRequestBody()) {
      int status = 200;
      ObjectNode response;
      try {
        response = operations.call(operation(exchange), parse(body(exchange, in)),
            exchange.getRequestHeaders().getFirst("Authorization"));
      } catch (ApiException e) {
        status = 400;
        response = error(e.code(), e.getMessage());
        LOG.info("{} {} {}: {}", operation, status, e.code(), e.getMessage());
      } catch (RuntimeException | Error e) {
        // A bug of ours, not a client error: 500 tells SDKs to retry, and the message says why.
        // Errors too (a stack overflow, a class that failed to load): uncaught, they would end
        // the request's thread with no answer and leave the client waiting.
        status = 500;
        response = error("InternalFailure", e.toString());
        LOG.error("{} {} InternalFailure: {}", operation, status, e, e);
      }
      byte[] bytes = Wire.MAPPER.writeValueAsBytes(response);
      if (LOG.isDebugEnabled()) {
        // Before the answer goes out: whoever reads the answer finds the line written.
        LOG.debug("{} {} {} ms", operation, status,
            String.format("%.1f", (System.nanoTime() - start) / 1e6));
      }
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      exchange.getResponseHeaders().set("x-amzn-RequestId", requestId());
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /**
   * A request ID as AWS's are, a random (version 4) UUID: from the thread's generator, since an
   * ID needs no secure randomness and {@link UUID#randomUUID()} costs more than the rest of a
   * small answer.
   */
  private static String requestId() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    long high = random.nextLong() & ~0xF000L | 0x4000L;
    long low = random.nextLong() & ~(0xCL << 60) | 0x8L << 60;
    return new UUID(high, low).toString();
  }

  /**
   * The body, read only up to AWS's request size quota ("Maximum request size: 1 MB per request",
   * Step Functions service quotas): a larger one is refused before it is buffered, whether its
   * Content-Length says so or its bytes (chunked) do.
   */
  private static byte[] body(HttpExchange exchange, InputStream in) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && declared.length() > 12) {
      throw tooLarge(in);
    }
    if (declared != null && !declared.isEmpty() && !declared.trim().chars()
        .allMatch(Character::isDigit)) {
      throw new ApiException("com.amazon.coral.service#SerializationException",
          "Content-Length is not a number: " + declared);
    }
    long length = declared == null || declared.isEmpty() ? -1 : Long.parseLong(declared.trim());
    if (length > MAX_REQUEST_BYTES) {
      throw tooLarge(in);
    }
    if (length >= 0) {
      // Exactly the bytes declared, in one array of that size: no buffer to grow and copy.
      return in.readNBytes((int) length);
    }
    byte[] body = in.readNBytes(MAX_REQUEST_BYTES + 1);
    if (body.length > MAX_REQUEST_BYTES) {
      throw tooLarge(in);
    }
    return body;
  }

  /**
   * The refusal of a body over the quota, its bytes read and dropped (up to a bound, never kept):
   * a client still sending when the answer comes would otherwise lose the answer with the
   * connection.
   */
  private static ApiException tooLarge(InputStream in) throws IOException {
    byte[] scratch = new byte[64 * 1024];
    long left = DRAIN_LIMIT_BYTES;
    int read;
    while (left > 0 && (read = in.read(scratch, 0, (int) Math.min(scratch.length, left))) > 0) {
      left -= read;
    }
    return tooLarge();
  }

  /** How much of an oversize body is read and dropped before the connection is let go. */
  private static final long DRAIN_LIMIT_BYTES = 64L * 1024 * 1024;

  private static ApiException tooLarge() {
    return ApiException.validation("Request size exceeded the limit of " + MAX_REQUEST_BYTES
        + " bytes");
  }

  /** The operation as logged: the X-Amz-Target without its prefix, or what came instead. */
  private static String target(HttpExchange exchange) {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    if (target == null) {
      return exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
    }
    return target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
  }

  private static String operation(HttpExchange exchange) {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    if (!"POST".equals(exchange.getRequestMethod()) || target == null
        || !target.startsWith(TARGET_PREFIX)) {
      throw new ApiException("com.amazon.coral.service#UnknownOperationException",
          target == null ? "Missing X-Amz-Target header" : "Unknown operation '" + target + "'");
    }
    return target.substring(TARGET_PREFIX.length());
  }

  private static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return Wire.object();
    }
    try {
      return Wire.MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new ApiException("com.amazon.coral.service#SerializationException",
          "Malformed JSON in the request body: "
          + io.statecraft.compiler.internal.common.JsonText.reason(e));
    }
  }

  private static ObjectNode error(String code, String message) {
    ObjectNode error = Wire.object();
    error.put("__type", code);
    error.put("message", message);
    return error;
  }
}
