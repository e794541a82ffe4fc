package io.statecraft.local;

import io.statecraft.local.internal.json.Values;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TestState's TRACE of an HTTP Task ({@code arn:aws:states:::http:invoke}): the request the task
 * makes, from its evaluated arguments, and the response it got, from its result, each member as
 * text as AWS's API gives it.
 */
final class HttpTrace {

  private HttpTrace() {}

  /** Adds {@code request} and {@code response} to a TRACE inspection, where the task has them. */
  static void add(Map<String, JsonNode> inspection) {
    JsonNode arguments = inspection.containsKey("afterParameters")
        ? inspection.get("afterParameters") : inspection.get("afterArguments");
    if (arguments != null && arguments.isObject()) {
      inspection.put("request", request(arguments));
    }
    JsonNode result = inspection.get("result");
    if (result != null && result.isObject()) {
      inspection.put("response", response(result));
    }
  }

  private static ObjectNode request(JsonNode arguments) {
    ObjectNode request = Values.object();
    request.put("protocol", "https");
    request.put("method", arguments.path("Method").asString("GET"));
    request.put("url", arguments.path("ApiEndpoint").asString("") + query(arguments));
    request.put("headers", Values.text(arguments.path("Headers").isMissingNode()
        ? Values.object() : arguments.get("Headers")));
    JsonNode body = arguments.get("RequestBody");
    request.put("body", body == null ? "" : body.isString() ? body.asString() : Values.text(body));
    return request;
  }

  private static String query(JsonNode arguments) {
    JsonNode parameters = arguments.get("QueryParameters");
    if (parameters == null || !parameters.isObject() || parameters.isEmpty()) {
      return "";
    }
    StringBuilder query = new StringBuilder("?");
    for (Map.Entry<String, JsonNode> parameter : parameters.properties()) {
      if (query.length() > 1) {
        query.append('&');
      }
      query.append(encode(parameter.getKey())).append('=')
          .append(encode(Values.unquoted(parameter.getValue())));
    }
    return query.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static ObjectNode response(JsonNode result) {
    ObjectNode response = Values.object();
    response.put("protocol", "https");
    response.put("statusCode", Values.unquoted(result.path("StatusCode")));
    response.put("statusMessage", result.path("StatusText").asString(""));
    response.put("headers", Values.text(result.path("Headers").isMissingNode()
        ? Values.object() : result.get("Headers")));
    JsonNode body = result.get("ResponseBody");
    response.put("body", body == null ? "" : body.isString() ? body.asString()
        : Values.text(body));
    return response;
  }
}
