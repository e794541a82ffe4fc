package io.statecraft.maven;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * IAM's Query API as AWS answers the calls of {@code sfn:deploy -Dsfn.deploy.createRole}, in
 * memory: form-encoded {@code Action=...} requests, XML responses, documents answered
 * URL-encoded, and a missing role or policy as a 404 {@code NoSuchEntity} error. For the plugin's
 * ITs (setup scripts), which cannot reach IAM.
 *
 * <pre>{@code
 * LocalIam iam = LocalIam.start();
 * context.userProperties.put("sfn.deploy.iamEndpoint", iam.endpoint().toString());
 * }</pre>
 */
public final class LocalIam implements AutoCloseable {

  static final String ACCOUNT = "123456789012";
  private static final String NS = "https://iam.amazonaws.com/doc/2010-05-08/";

  private final HttpServer server;
  private final Map<String, String> trust = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, String> policies = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> actions = Collections.synchronizedList(new ArrayList<>());

  private LocalIam(HttpServer server) {
    this.server = server;
  }

  /** Listens on a free port of 127.0.0.1. */
  public static LocalIam start() throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    LocalIam iam = new LocalIam(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
    iam.server.createContext("/", exchange -> {
      try (exchange) {
        iam.answer(exchange);
      }
    });
    iam.server.start();
    return iam;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The trust policy of each role, by name. */
  public Map<String, String> roles() {
    return Map.copyOf(trust);
  }

  /** The inline policies, by "role/policy". */
  public Map<String, String> policies() {
    return Map.copyOf(policies);
  }

  /** The actions called, in order. */
  public List<String> actions() {
    return List.copyOf(actions);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
        StandardCharsets.UTF_8));
    String action = String.valueOf(form.get("Action"));
    actions.add(action);
    String role = form.get("RoleName");
    String key = role + "/" + form.get("PolicyName");
    if (!action.equals("CreateRole") && !trust.containsKey(role)) {
      error(exchange, 404, "NoSuchEntity", "The role with name " + role + " cannot be found.");
      return;
    }
    switch (action) {
      case "GetRole" -> ok(exchange, action, "<Role>" + role(role) + "</Role>");
      case "CreateRole" -> {
        if (trust.containsKey(role)) {
          error(exchange, 409, "EntityAlreadyExists", "Role with name " + role
              + " already exists.");
          return;
        }
        trust.put(role, form.get("AssumeRolePolicyDocument"));
        ok(exchange, action, "<Role>" + role(role) + "</Role>");
      }
      case "UpdateAssumeRolePolicy" -> {
        trust.put(role, form.get("PolicyDocument"));
        ok(exchange, action, null);
      }
      case "GetRolePolicy" -> {
        if (!policies.containsKey(key)) {
          error(exchange, 404, "NoSuchEntity", "The role policy with name "
              + form.get("PolicyName") + " cannot be found.");
          return;
        }
        ok(exchange, action, "<RoleName>" + role + "</RoleName><PolicyName>"
            + form.get("PolicyName") + "</PolicyName><PolicyDocument>"
            + encoded(policies.get(key)) + "</PolicyDocument>");
      }
      case "PutRolePolicy" -> {
        policies.put(key, form.get("PolicyDocument"));
        ok(exchange, action, null);
      }
      case "DeleteRolePolicy" -> {
        policies.remove(key);
        ok(exchange, action, null);
      }
      default -> error(exchange, 400, "InvalidAction", "Could not find operation " + action
          + " for version 2010-05-08");
    }
  }

  private String role(String name) {
    return "<Path>/</Path><RoleName>" + name + "</RoleName><RoleId>AROA"
        + Integer.toHexString(name.hashCode()).toUpperCase() + "</RoleId><Arn>arn:aws:iam::"
        + ACCOUNT + ":role/" + name + "</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate>"
        + "<AssumeRolePolicyDocument>" + encoded(trust.get(name)) + "</AssumeRolePolicyDocument>";
  }

  private static void ok(HttpExchange exchange, String action, String result) throws IOException {
    reply(exchange, 200, "<" + action + "Response xmlns=\"" + NS + "\">"
        + (result == null ? "" : "<" + action + "Result>" + result + "</" + action + "Result>")
        + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
        + "</" + action + "Response>");
  }

  private static void error(HttpExchange exchange, int status, String code, String message)
      throws IOException {
    reply(exchange, status, "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type><Code>"
        + code + "</Code><Message>" + message + "</Message></Error><RequestId>"
        + UUID.randomUUID() + "</RequestId></ErrorResponse>");
  }

  private static void reply(HttpExchange exchange, int status, String xml) throws IOException {
    byte[] body = xml.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/xml");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  /** IAM answers documents URL-encoded (RFC 3986): no XML escaping needed either. */
  private static String encoded(String document) {
    return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int at = pair.indexOf('=');
      if (at > 0) {
        form.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }
}
