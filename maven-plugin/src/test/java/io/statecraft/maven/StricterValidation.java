package io.statecraft.maven;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * An endpoint in front of the emulator that answers ValidateStateMachineDefinition as AWS does
 * when its checks are stricter than Statecraft's: FAIL, with AWS's diagnostic, for a definition
 * containing a marker; every other request goes to the emulator unchanged. For the plugin's ITs
 * (setup scripts), which need AWS to refuse what Statecraft accepts.
 *
 * <pre>{@code
 * StricterValidation aws = StricterValidation.start(emulator.endpoint(), "refused-by-aws");
 * context.userProperties.put("sfn.endpoint", aws.endpoint().toString());
 * }</pre>
 */
public final class StricterValidation implements AutoCloseable {

  /** AWS's answer: the diagnostic of a Task whose Resource is not an ARN AWS accepts. */
  static final String FAIL = """
      {"result":"FAIL","diagnostics":[{"severity":"ERROR","code":"SCHEMA_VALIDATION_FAILED",\
      "message":"Value is not a valid resource ARN","location":"/States/Pause"}],\
      "truncated":false}""";

  private final HttpServer server;

  private StricterValidation(HttpServer server) {
    this.server = server;
  }

  /** Listens on a free port of 127.0.0.1, forwarding to {@code target}. */
  public static StricterValidation start(URI target, String marker) throws IOException {
    // Without it the JDK's server delays each response by ~40 ms (Nagle; notes/libraries.md).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    // HTTP/1.1 as the emulator speaks it: no h2c upgrade attempt on each request.
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    server.createContext("/", exchange -> {
      try (exchange) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String operation = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
        if (operation.endsWith(".ValidateStateMachineDefinition")
            && new String(body, StandardCharsets.UTF_8).contains(marker)) {
          reply(exchange, 200, FAIL.getBytes(StandardCharsets.UTF_8));
        } else {
          forward(client, target, exchange, body);
        }
      }
    });
    server.start();
    return new StricterValidation(server);
  }

  private static void forward(HttpClient client, URI target, HttpExchange exchange, byte[] body)
      throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(
        exchange.getRequestURI().getRawPath())).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (String header : new String[] {"Content-Type", "X-Amz-Target"}) {
      String value = exchange.getRequestHeaders().getFirst(header);
      if (value != null) {
        request.header(header, value);
      }
    }
    try {
      HttpResponse<byte[]> response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofByteArray());
      response.headers().firstValue("Content-Type").ifPresent(type ->
          exchange.getResponseHeaders().set("Content-Type", type));
      reply(exchange, response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
    if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
      exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  /** Where clients send their requests. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
