package io.statecraft.compiler.internal.validation;

import io.statecraft.compiler.validation.Rule;
import java.util.regex.Pattern;

/**
 * The {@code Resource} of a Task, ItemReader or ResultWriter: an ARN
 * ({@code arn:partition:service:region:account:resource}). Lambda function ARNs are checked down
 * to the function name and qualifier, since a bad alias is a common typo AWS refuses.
 */
final class Resources {

  private static final Pattern ARN =
      Pattern.compile("arn:(aws[a-z-]*):([a-z0-9-]+):([^:]*):([^:]*):(.+)", Pattern.DOTALL);
  private static final Pattern LAMBDA_FUNCTION =
      Pattern.compile("function:[A-Za-z0-9_-]{1,140}(:(\\$LATEST|[A-Za-z0-9_-]{1,128}))?");

  private Resources() {}

  static void check(Findings findings, String pointer, String resource) {
    if (resource == null || resource.startsWith("{")) {
      return; // absent (reported by the schema) or a CloudFormation intrinsic kept as JSON text
    }
    int open = Placeholders.unterminated(resource);
    if (open >= 0) {
      findings.report(Rule.RESOURCE_ARN, pointer, "Resource \"" + resource
          + "\" has a placeholder ${ that is never closed, so it is not an ARN");
      return;
    }
    boolean placeholders = Placeholders.contains(resource);
    String arn = placeholders ? Placeholders.substitute(resource, "aws") : resource;
    if (placeholders && !arn.startsWith("arn:")) {
      return; // an ARN known only at deploy time
    }
    var match = ARN.matcher(arn);
    if (!match.matches()) {
      findings.report(Rule.RESOURCE_ARN, pointer, "Resource \"" + resource + "\" is not an ARN"
          + " (arn:partition:service:region:account:resource)");
      return;
    }
    if (match.group(2).equals("lambda") && !placeholders
        && !LAMBDA_FUNCTION.matcher(match.group(5)).matches()) {
      findings.report(Rule.RESOURCE_ARN, pointer, "Resource \"" + resource + "\" is not a Lambda"
          + " function ARN: it must end in function:NAME, optionally followed by :VERSION or"
          + " :ALIAS (letters, digits, - and _)");
    }
  }
}
