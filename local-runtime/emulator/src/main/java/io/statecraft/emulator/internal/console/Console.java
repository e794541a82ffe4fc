package io.statecraft.emulator.internal.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.statecraft.emulator.internal.ApiException;
import io.statecraft.emulator.internal.ConsoleSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web console's routes, all GET:
 * <ul>
 *   <li>{@code /}: state machines and executions, {@code ?machine=ARN&status=STATUS} to narrow;
 *   <li>{@code /console/execution?arn=ARN}: one execution, its report refreshed while it runs;
 *   <li>{@code /console/report?arn=ARN}: the execution's HTML report alone;
 *   <li>{@code /console/api/execution?arn=ARN}: the JSON the execution page polls.
 * </ul>
 * Anything else is a 404 page. Logs each request at debug, as {@code GET /path 200 1.3 ms}.
 *
 * <pre>{@code
 * HttpFront front = new HttpFront(port, operations,
 *     new Console(new ConsoleSource(backend, operations)));
 * }</pre>
 */
public final class Console implements HttpHandler {

  private static final Logger LOG;

  static {
    // Before the first logger, as HttpFront: no SLF4J warning when no provider is present.
    io.statecraft.compiler.internal.common.QuietLogging.ensure();
    LOG = LoggerFactory.getLogger(Console.class);
  }

  private final ListPage list;
  private final ExecutionPage execution;

  public Console(ConsoleSource source) {
    Reads reads = new Reads(source);
    this.list = new ListPage(reads);
    this.execution = new ExecutionPage(reads);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    String path = exchange.getRequestURI().getPath();
    boolean json = path.startsWith("/console/api/");
    int status = 200;
    String body;
    try (exchange) {
      try {
        body = route(path, query(exchange.getRequestURI().getRawQuery()));
      } catch (PageException e) {
        status = e.status();
        body = problem(json, status, e.getMessage());
        if (status >= 500) {
          LOG.error("GET {} {}: {}", path, status, e.getMessage());
        }
      } catch (ApiException e) {
        // What the API says about the ARN asked for: unknown is 404, malformed is 400.
        status = e.code().endsWith("DoesNotExist") || e.code().endsWith("NotFound") ? 404 : 400;
        body = problem(json, status, e.code() + ": " + e.getMessage());
      } catch (RuntimeException | Error e) {
        // Errors too: uncaught, they would leave the browser waiting for an answer.
        status = 500;
        body = problem(json, status, "The console failed: " + e);
        LOG.error("GET {} 500: {}", path, e, e);
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      if (LOG.isDebugEnabled()) {
        LOG.debug("GET {} {} {} ms", path, status,
            String.format("%.1f", (System.nanoTime() - start) / 1e6));
      }
      exchange.getResponseHeaders().set("Content-Type",
          (json ? "application/json" : "text/html") + "; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private String route(String path, Map<String, String> query) {
    return switch (path) {
      case "/" -> list.render(query.get("machine"), query.get("status"));
      case "/console/execution" -> execution.page(arn(query, path));
      case "/console/report" -> execution.report(arn(query, path));
      case "/console/api/execution" -> execution.state(arn(query, path));
      default -> throw new PageException(404, "No console page at " + path
          + ". The console starts at /, which lists the state machines and executions.");
    };
  }

  private static String arn(Map<String, String> query, String path) {
    String arn = query.get("arn");
    if (arn == null || arn.isEmpty()) {
      throw new PageException(400, "Give the execution's ARN: " + path + "?arn=EXECUTION_ARN");
    }
    return arn;
  }

  /** The query's parameters, decoded; the first of a repeated one wins. */
  private static Map<String, String> query(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(name, value.isEmpty() ? null : value);
    }
    return params;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new PageException(400, "Malformed query parameter '" + text + "': " + e.getMessage());
    }
  }

  private static String problem(boolean json, int status, String message) {
    if (json) {
      return Reads.object().put("status", status).put("message", message).toString();
    }
    String title = switch (status) {
      case 404 -> "Not found";
      case 400 -> "Bad request";
      default -> "Console error";
    };
    return Html.page(title, "<h1>" + title + "</h1>",
        "<p id=\"problem\">" + Html.text(message) + "</p>\n<p>"
            + Html.anchor("/", "State machines and executions") + "</p>\n");
  }
}
