package io.statecraft.compiler.internal.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP Tasks ({@code arn:aws:states:::http:invoke}): states:InvokeHTTPEndpoint on the state
 * machine itself, conditioned on the method and endpoint; the EventBridge connection's
 * credentials; and the Secrets Manager secret EventBridge keeps them in
 * ({@code events!connection/NAME/...}).
 */
final class HttpTasks {

  private HttpTasks() {}

  static void derive(Site site, Args args) {
    String machine = site.arn("states", "stateMachine:" + site.stateMachineName());
    if (!site.knowsStateMachineName()) {
      site.warn(site.pointer + "/Resource", "HTTP Tasks are authorized on the state machine"
          + " itself, whose name the definition does not give, so states:InvokeHTTPEndpoint is"
          + " allowed on " + machine + ": give the state machine's name to narrow it");
    }
    Map<String, Map<String, List<String>>> condition = new LinkedHashMap<>();
    Args.Value method = args.get("Method");
    if (method.isLiteral()) {
      condition.put("StringEquals", Map.of("states:HTTPMethod", List.of(method.literal())));
    } else if (method.isDynamic()) {
      site.warn(method.pointer(), method.field() + " is computed at run time, so"
          + " states:InvokeHTTPEndpoint is allowed for every HTTP method: narrow it with a"
          + " states:HTTPMethod condition");
    }
    Args.Value endpoint = args.get("ApiEndpoint");
    if (endpoint.isLiteral()) {
      condition.put("StringLike", Map.of("states:HTTPEndpoint", List.of(endpoint.literal())));
    } else if (endpoint.isDynamic()) {
      site.warn(endpoint.pointer(), endpoint.field() + " is computed at run time, so"
          + " states:InvokeHTTPEndpoint is allowed for every endpoint: narrow it with a"
          + " states:HTTPEndpoint condition (e.g. https://api.example.com/*)");
    }
    site.grant(List.of("states:InvokeHTTPEndpoint"), List.of(machine), condition);
    connection(site, args);
  }

  private static void connection(Site site, Args args) {
    // Public APIs name the connection in Authentication, private ones in InvocationConfig.
    String holder = args.object("Authentication").get("ConnectionArn").isAbsent()
        && !args.object("InvocationConfig").get("ConnectionArn").isAbsent()
        ? "InvocationConfig" : "Authentication";
    Args.Value connection = args.object(holder).get("ConnectionArn");
    String widest = site.arn("events", "connection/*");
    String arn = Named.arn(site, connection, text -> site.arn("events", "connection/" + text),
        widest, "events:RetrieveConnectionCredentials", "connections",
        holder + ".ConnectionArn", Services.fieldPointer(args, holder));
    site.grant(List.of("events:RetrieveConnectionCredentials"), List.of(arn));
    String secret = secretOf(arn);
    if (secret == null) {
      secret = "arn:" + site.partition + ":secretsmanager:" + site.region + ":" + site.account
          + ":secret:events!connection/*";
      if (connection.isLiteral()) {
        site.warn(connection.pointer(), "ConnectionArn " + arn + " is known only at deploy time,"
            + " so the secrets of every connection (" + secret + ") may be read: narrow it to"
            + " events!connection/NAME/* of the connection it names");
      }
    }
    site.grant(List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
        List.of(secret));
  }

  /**
   * The secret EventBridge keeps a connection's credentials in:
   * {@code arn:aws:events:R:A:connection/NAME/ID} gives
   * {@code arn:aws:secretsmanager:R:A:secret:events!connection/NAME/*}; null for other text.
   */
  static String secretOf(String connectionArn) {
    String[] parts = Arns.parts(connectionArn);
    if (parts == null || !parts[5].startsWith("connection/")) {
      return null;
    }
    String[] path = parts[5].split("/");
    if (path.length < 2 || path[1].equals("*")) {
      return null;
    }
    return "arn:" + parts[1] + ":secretsmanager:" + parts[3] + ":" + parts[4]
        + ":secret:events!connection/" + path[1] + "/*";
  }
}
