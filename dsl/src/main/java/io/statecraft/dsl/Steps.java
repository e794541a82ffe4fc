package io.statecraft.dsl;

import io.statecraft.asl.ErrorNames;
import io.statecraft.asl.condition.Condition;
import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.flow.ChoiceStart;
import io.statecraft.dsl.flow.FailStep;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.Forward;
import io.statecraft.dsl.flow.MapStep;
import io.statecraft.dsl.flow.ParallelStart;
import io.statecraft.dsl.flow.ParallelStep;
import io.statecraft.dsl.flow.PassStep;
import io.statecraft.dsl.flow.Rule;
import io.statecraft.dsl.flow.SucceedStep;
import io.statecraft.dsl.flow.TaskStep;
import io.statecraft.dsl.flow.WaitStep;
import io.statecraft.dsl.integration.Call;
import io.statecraft.dsl.integration.Integration;
import io.statecraft.dsl.integration.LambdaCall;
import io.statecraft.dsl.internal.Chain;
import io.statecraft.dsl.internal.ChoiceImpl;
import io.statecraft.dsl.internal.Conditions;
import io.statecraft.dsl.internal.ForwardImpl;
import io.statecraft.dsl.internal.MapImpl;
import io.statecraft.dsl.internal.ParallelImpl;
import io.statecraft.dsl.internal.PassImpl;
import io.statecraft.dsl.internal.RuleImpl;
import io.statecraft.dsl.internal.SimpleImpls;
import io.statecraft.dsl.internal.TaskImpl;
import io.statecraft.dsl.internal.value.BatchingImpl;
import io.statecraft.dsl.internal.value.CallImpl;
import io.statecraft.dsl.internal.value.CatchImpl;
import io.statecraft.dsl.internal.value.Intrinsics;
import io.statecraft.dsl.internal.value.ItemSourceImpl;
import io.statecraft.dsl.internal.value.LambdaCallImpl;
import io.statecraft.dsl.internal.value.PayloadImpl;
import io.statecraft.dsl.internal.value.ResultSinkImpl;
import io.statecraft.dsl.internal.value.RetryImpl;
import io.statecraft.dsl.map.Batching;
import io.statecraft.dsl.map.ItemSource;
import io.statecraft.dsl.map.ResultSink;
import io.statecraft.dsl.payload.Accessor;
import io.statecraft.dsl.payload.Intrinsic;
import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;
import io.statecraft.dsl.payload.RecordPath;
import io.statecraft.dsl.payload.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The entry point of the Statecraft DSL, meant for {@code import static io.statecraft.dsl.Steps.*}:
 * every state, condition, error name, intrinsic function, context path and service integration
 * starts here.
 *
 * <pre>{@code
 * Flow refund = task("Refund", lambdaInvoke("refund")).next(fail("Not shipped"));
 * StateMachine orders = stateMachine()
 *     .comment("Charge, then ship or refund")
 *     .startWith(task("Charge card", lambdaInvoke("charge").payload(path("$.payment"))
 *             .withRecommendedRetry())
 *         .catching(errors("Payment.Declined").resultPath("$.error"),
 *             fail("Declined").error("Payment.Declined"))
 *         .next(choice("In stock?")
 *             .when(path("$.stock.available").isTrue(),
 *                 task("Ship", sqsSendMessage("${ShippingQueue}", path("$.order")))
 *                     .catchAll(refund))
 *             .otherwise(refund)
 *             .afterwards())                 // Ship continues below; refund has ended
 *         .next(succeed("Done")))
 *     .build();
 * }</pre>
 *
 * <p>States are named once, where they are created; transitions are made by passing the state
 * objects, never by retyping names. Every builder is immutable and remembers the Java file and line
 * that created it, so {@link StateMachineBuilder#build()} can point at it when something is wrong.
 */
public final class Steps {

  private Steps() {}

  // --- the state machine and its states --------------------------------------------------------

  /** A new state machine; give its first state with {@code startWith}. */
  public static StateMachineStart stateMachine() {
    return StateMachineStart.create();
  }

  /** A Task state that calls {@code integration}. */
  public static TaskStep task(String name, Integration integration) {
    return TaskImpl.create(name, integration);
  }

  /** A Pass state: passes its input on, optionally reshaped or replaced by a fixed result. */
  public static PassStep pass(String name) {
    return PassImpl.create(name);
  }

  /** A Wait state that waits {@code duration} ({@code Seconds}, whole seconds). */
  public static WaitStep waitFor(String name, Duration duration) {
    return SimpleImpls.waitFor(name, duration);
  }

  /** A Wait state that waits the number of seconds found at {@code secondsPath}. */
  public static WaitStep waitFor(String name, JsonPath secondsPath) {
    return SimpleImpls.waitFor(name, secondsPath);
  }

  /**
   * A Wait state that waits the number of seconds in a number component of a record
   * ({@code SecondsPath}): {@code waitFor("Back off", Paths.of(Job::delaySeconds))}.
   */
  public static WaitStep waitFor(String name, RecordPath<? extends Number> seconds) {
    return SimpleImpls.waitFor(name, seconds.path());
  }

  /** A Wait state (JSONata) that waits the number of seconds the expression yields. */
  public static WaitStep waitFor(String name, Jsonata seconds) {
    return SimpleImpls.waitFor(name, seconds);
  }

  /** A Wait state whose {@code Seconds} is a {@code ${...}} placeholder: {@code "${Delay}"}. */
  public static WaitStep waitFor(String name, String placeholder) {
    return SimpleImpls.waitFor(name, placeholder);
  }

  /** A Wait state that waits until {@code time} ({@code Timestamp}). */
  public static WaitStep waitUntil(String name, Instant time) {
    return SimpleImpls.waitUntil(name, time);
  }

  /** A Wait state that waits until the timestamp found at {@code timestampPath}. */
  public static WaitStep waitUntil(String name, JsonPath timestampPath) {
    return SimpleImpls.waitUntil(name, timestampPath);
  }

  /**
   * A Wait state that waits until the {@code Instant} in a record component
   * ({@code TimestampPath}), which Jackson writes as RFC 3339 text in UTC, as Step Functions
   * needs it: {@code waitUntil("Until due", Paths.of(Invoice::dueAt))}. A timestamp of another
   * type takes the {@link JsonPath} form, {@code waitUntil("Until due", path(Invoice::dueAt))}.
   */
  public static WaitStep waitUntil(String name, RecordPath<Instant> timestamp) {
    return SimpleImpls.waitUntil(name, timestamp.path());
  }

  /** A Wait state (JSONata) that waits until the timestamp the expression yields. */
  public static WaitStep waitUntil(String name, Jsonata timestamp) {
    return SimpleImpls.waitUntil(name, timestamp);
  }

  /** A Choice state; add rules with {@code when}. */
  public static ChoiceStart choice(String name) {
    return ChoiceImpl.create(name);
  }

  /**
   * A Parallel state whose branches come next, for a first branch with a {@code Comment}:
   * {@code parallel("Fulfil").branch("Bill the customer", bill).branch(ship)}.
   */
  public static ParallelStart parallel(String name) {
    return ParallelImpl.create(name);
  }

  /** A Parallel state running its branches (at least one); each is a scope of its own. */
  public static ParallelStep parallel(String name, Flow branch, Flow... more) {
    return ParallelImpl.create(name, branch, more);
  }

  /** A Map state running {@code processor} for each item (its {@code ItemProcessor}). */
  public static MapStep map(String name, Flow processor) {
    return MapImpl.create(name, processor);
  }

  /** A Succeed state. */
  public static SucceedStep succeed(String name) {
    return SimpleImpls.succeed(name);
  }

  /** A Fail state; give it an error name and a cause. */
  public static FailStep fail(String name) {
    return SimpleImpls.fail(name);
  }

  /**
   * A flow that starts where {@code flow} starts and also holds the states and transitions of
   * {@code more}. It is for the one shape that builders cannot nest: a transition back to a state
   * whose own builder needs the state that goes back to it, as when a Choice waits and asks again.
   *
   * <pre>{@code
   * OpenFlow pause = waitFor("Pause", Duration.ofSeconds(30));
   * Flow done = choice("Done?")
   *     .when(path("$.done").isTrue(), succeed("Finished"))
   *     .otherwise(pause);
   * StateMachine machine = stateMachine()
   *     .startWith(graph(task("Start job", lambdaInvoke("start")).next(done), pause.next(done)))
   *     .build();
   * }</pre>
   */
  public static Flow graph(Flow flow, Flow... more) {
    return Chain.graph(flow, more);
  }

  /**
   * A reference to a state declared further down, for two states that catch into each other;
   * bind it to the state once it exists. See {@link Forward}.
   *
   * <pre>{@code
   * Forward acquire = forward();
   * OpenFlow init = task("Initialize lock", ...).catchAll(acquire);
   * OpenFlow acquireLock = acquire.bind(task("Acquire lock", ...).catchAll(init));
   * }</pre>
   */
  public static Forward forward() {
    return ForwardImpl.create();
  }

  // --- values and expressions ------------------------------------------------------------------

  /** A JSONPath into the input ({@code $.a}), the context ({@code $$.Task.Token}) or a variable. */
  public static JsonPath path(String expression) {
    return new JsonPath(expression);
  }

  /**
   * The path of a record component, {@code $.total} for {@code path(Order::total)}: renaming the
   * component breaks compilation here instead of an execution. Nested components and list items
   * are reached with {@link Paths}: {@code Paths.of(Order::customer).then(Customer::email).path()}.
   *
   * @throws IllegalArgumentException when {@code component} is not a method reference to a
   *     record component
   */
  public static <R, V> JsonPath path(Accessor<R, V> component) {
    return Paths.of(component).path();
  }

  /** A JSONata expression, given without {@code {% %}}: {@code jsonata("$states.input.id")}. */
  public static Jsonata jsonata(String expression) {
    return new Jsonata(expression);
  }

  /** An empty JSON object template; add fields with {@link Payload#put}. */
  public static Payload payload() {
    return PayloadImpl.empty();
  }

  /** A template from JSON text (a text block, say); {@code .$} keys are kept as written. */
  public static Payload json(String json) {
    return PayloadImpl.parse(json);
  }

  /**
   * A {@code ${name}} placeholder, replaced from {@code DefinitionSubstitutions} when deployed
   * (CloudFormation, SAM, CDK): {@code sqsSendMessage(substitution("QueueUrl"), ...)}.
   */
  public static String substitution(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.isEmpty() || name.contains("}") || name.contains("$")) {
      throw new IllegalArgumentException("name must be a plain placeholder name, was " + name);
    }
    return "${" + name + "}";
  }

  // --- conditions ------------------------------------------------------------------------------

  /** {@code And}: every condition holds. Comparisons come from {@link JsonPath}. */
  public static Condition and(Condition first, Condition second, Condition... more) {
    return new Condition.And(all(first, second, more), null);
  }

  /** {@code Or}: at least one condition holds. */
  public static Condition or(Condition first, Condition second, Condition... more) {
    return new Condition.Or(all(first, second, more), null);
  }

  /** {@code Not}: the condition does not hold. */
  public static Condition not(Condition condition) {
    return new Condition.Not(Objects.requireNonNull(condition, "condition == null"), null);
  }

  /**
   * {@code condition} with a {@code Comment} of its own, for a condition nested in {@code and},
   * {@code or} or {@code not}: {@code and(commented("Paid in full", path("$.paid").isTrue()),
   * ...)}. A rule's own comment is {@code rule(condition).comment(...)}; a commented condition
   * given to {@code when} directly becomes its rule's comment.
   */
  public static Condition commented(String comment, Condition condition) {
    Objects.requireNonNull(comment, "comment == null");
    Objects.requireNonNull(condition, "condition == null");
    return Conditions.withComment(condition, comment);
  }

  /** A Choice rule with options of its own ({@code Assign}, {@code Output}, {@code Comment}). */
  public static Rule rule(Condition condition) {
    return RuleImpl.on(condition);
  }

  /** A JSONata Choice rule with options of its own. */
  public static Rule rule(Jsonata condition) {
    return RuleImpl.on(condition);
  }

  private static List<Condition> all(Condition first, Condition second, Condition... more) {
    List<Condition> all = new java.util.ArrayList<>();
    all.add(Objects.requireNonNull(first, "first == null"));
    all.add(Objects.requireNonNull(second, "second == null"));
    all.addAll(Arrays.asList(more));
    return all;
  }

  // --- error handling --------------------------------------------------------------------------

  /** A retry policy for {@code errors}: {@code retryOn(States.TIMEOUT).maxAttempts(2)}. */
  public static Retry retryOn(String... errors) {
    return RetryImpl.on(errors);
  }

  /** A catcher for {@code errors}, to pass to {@code catching(errors, handler)}. */
  public static Catch errors(String... errors) {
    return CatchImpl.on(errors);
  }

  /**
   * The error names Step Functions itself raises, for {@link #retryOn} and {@link #errors}. Custom
   * errors are plain strings and must not start with {@code States.}.
   *
   * <pre>{@code
   * task("Call partner", httpInvoke("GET", "https://partner.example/stock", connection))
   *     .retry(retryOn(States.TIMEOUT, States.TASK_FAILED).maxAttempts(2))
   *     .catchAll(fail("Partner down"));
   * }</pre>
   */
  public static final class States {

    private States() {}

    /** Matches any error; must be alone in its list and in the last retrier or catcher. */
    public static final String ALL = ErrorNames.ALL;
    /** Any error except {@code States.Timeout}, raised by a Task. */
    public static final String TASK_FAILED = ErrorNames.TASK_FAILED;
    /** A Task ran longer than {@code TimeoutSeconds} or missed a heartbeat. */
    public static final String TIMEOUT = ErrorNames.TIMEOUT;
    /** A Task missed its {@code HeartbeatSeconds}. */
    public static final String HEARTBEAT_TIMEOUT = ErrorNames.HEARTBEAT_TIMEOUT;
    /** The execution role lacks a permission the Task needs. */
    public static final String PERMISSIONS = ErrorNames.PERMISSIONS;
    /** {@code ResultPath} cannot be applied to the input. */
    public static final String RESULT_PATH_MATCH_FAILURE = ErrorNames.RESULT_PATH_MATCH_FAILURE;
    /** A path in {@code Parameters} did not resolve. */
    public static final String PARAMETER_PATH_FAILURE = ErrorNames.PARAMETER_PATH_FAILURE;
    /** A JSONata expression failed. */
    public static final String QUERY_EVALUATION_ERROR = ErrorNames.QUERY_EVALUATION_ERROR;
    /** A branch of a Parallel state failed. */
    public static final String BRANCH_FAILED = ErrorNames.BRANCH_FAILED;
    /** No Choice rule matched and there is no {@code Default}. */
    public static final String NO_CHOICE_MATCHED = ErrorNames.NO_CHOICE_MATCHED;
    /** An intrinsic function failed. */
    public static final String INTRINSIC_FAILURE = ErrorNames.INTRINSIC_FAILURE;
    /** A Map run failed more items than tolerated. */
    public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD;
    /** A distributed Map could not read its items. */
    public static final String ITEM_READER_FAILED = ErrorNames.ITEM_READER_FAILED;
    /** A distributed Map could not write its results. */
    public static final String RESULT_WRITER_FAILED = ErrorNames.RESULT_WRITER_FAILED;
    /** An output exceeded the payload size quota. */
    public static final String DATA_LIMIT_EXCEEDED = ErrorNames.DATA_LIMIT_EXCEEDED;
    /** An unrecoverable error, such as a path on a non-object; never retried. */
    public static final String RUNTIME = ErrorNames.RUNTIME;
  }

  /**
   * Paths into the context object ({@code $$}), for payloads and conditions (JSONPath states;
   * JSONata reads the same values from {@code $states.context}).
   *
   * <pre>{@code
   * sqsSendMessageWaitForTaskToken(queueUrl, payload()
   *     .put("token", Context.TASK_TOKEN)           // "token.$": "$$.Task.Token"
   *     .put("execution", Context.EXECUTION_ID));
   * }</pre>
   */
  public static final class Context {

    private Context() {}

    /** {@code $$.Execution.Id}: the execution ARN. */
    public static final JsonPath EXECUTION_ID = new JsonPath("$$.Execution.Id");
    /** {@code $$.Execution.Name}. */
    public static final JsonPath EXECUTION_NAME = new JsonPath("$$.Execution.Name");
    /** {@code $$.Execution.Input}: the execution's original input. */
    public static final JsonPath EXECUTION_INPUT = new JsonPath("$$.Execution.Input");
    /** {@code $$.Execution.StartTime}. */
    public static final JsonPath EXECUTION_START_TIME = new JsonPath("$$.Execution.StartTime");
    /** {@code $$.Execution.RoleArn}. */
    public static final JsonPath EXECUTION_ROLE_ARN = new JsonPath("$$.Execution.RoleArn");
    /** {@code $$.Execution.RedriveCount}. */
    public static final JsonPath EXECUTION_REDRIVE_COUNT =
        new JsonPath("$$.Execution.RedriveCount");
    /** {@code $$.StateMachine.Id}: the state machine ARN. */
    public static final JsonPath STATE_MACHINE_ID = new JsonPath("$$.StateMachine.Id");
    /** {@code $$.StateMachine.Name}. */
    public static final JsonPath STATE_MACHINE_NAME = new JsonPath("$$.StateMachine.Name");
    /** {@code $$.State.Name}: the current state's name. */
    public static final JsonPath STATE_NAME = new JsonPath("$$.State.Name");
    /** {@code $$.State.EnteredTime}. */
    public static final JsonPath STATE_ENTERED_TIME = new JsonPath("$$.State.EnteredTime");
    /** {@code $$.State.RetryCount}: retries of the current state so far. */
    public static final JsonPath STATE_RETRY_COUNT = new JsonPath("$$.State.RetryCount");
    /** {@code $$.Task.Token}: the token a callback task hands out ({@code .waitForTaskToken}). */
    public static final JsonPath TASK_TOKEN = new JsonPath("$$.Task.Token");
    /** {@code $$.Map.Item.Index}: the index of the current Map item. */
    public static final JsonPath MAP_ITEM_INDEX = new JsonPath("$$.Map.Item.Index");
    /** {@code $$.Map.Item.Value}: the current Map item. */
    public static final JsonPath MAP_ITEM_VALUE = new JsonPath("$$.Map.Item.Value");
  }

  // --- intrinsic functions ---------------------------------------------------------------------

  /** {@code States.Format}: {@code format("Hi {}", path("$.name"))}; each {@code {}} takes one. */
  public static Intrinsic format(String template, Object... arguments) {
    return Intrinsics.format(template, arguments);
  }

  /** {@code States.StringToJson}: parses a JSON string. */
  public static Intrinsic stringToJson(Object text) {
    return Intrinsics.call("States.StringToJson", text);
  }

  /** {@code States.JsonToString}: serializes a value. */
  public static Intrinsic jsonToString(Object value) {
    return Intrinsics.call("States.JsonToString", value);
  }

  /** {@code States.Array}: an array of the arguments. */
  public static Intrinsic array(Object... items) {
    return Intrinsics.call("States.Array", items);
  }

  /** {@code States.ArrayPartition}: chunks of at most {@code size} items. */
  public static Intrinsic arrayPartition(Object array, Object size) {
    return Intrinsics.call("States.ArrayPartition", array, size);
  }

  /** {@code States.ArrayContains}. */
  public static Intrinsic arrayContains(Object array, Object value) {
    return Intrinsics.call("States.ArrayContains", array, value);
  }

  /** {@code States.ArrayRange}: numbers from {@code first} to {@code last} by {@code step}. */
  public static Intrinsic arrayRange(Object first, Object last, Object step) {
    return Intrinsics.call("States.ArrayRange", first, last, step);
  }

  /** {@code States.ArrayGetItem}. */
  public static Intrinsic arrayGetItem(Object array, Object index) {
    return Intrinsics.call("States.ArrayGetItem", array, index);
  }

  /** {@code States.ArrayLength}. */
  public static Intrinsic arrayLength(Object array) {
    return Intrinsics.call("States.ArrayLength", array);
  }

  /** {@code States.ArrayUnique}. */
  public static Intrinsic arrayUnique(Object array) {
    return Intrinsics.call("States.ArrayUnique", array);
  }

  /** {@code States.Base64Encode}. */
  public static Intrinsic base64Encode(Object text) {
    return Intrinsics.call("States.Base64Encode", text);
  }

  /** {@code States.Base64Decode}. */
  public static Intrinsic base64Decode(Object base64) {
    return Intrinsics.call("States.Base64Decode", base64);
  }

  /** {@code States.Hash} with MD5, SHA-1, SHA-256, SHA-384 or SHA-512. */
  public static Intrinsic hash(Object data, Object algorithm) {
    return Intrinsics.call("States.Hash", data, algorithm);
  }

  /** {@code States.JsonMerge} (shallow: Step Functions supports no deep merge). */
  public static Intrinsic jsonMerge(Object first, Object second) {
    return Intrinsics.call("States.JsonMerge", first, second, false);
  }

  /** {@code States.MathRandom}: a random integer from {@code start} to {@code end}. */
  public static Intrinsic mathRandom(Object start, Object end) {
    return Intrinsics.call("States.MathRandom", start, end);
  }

  /** {@code States.MathRandom} with a seed. */
  public static Intrinsic mathRandom(Object start, Object end, Object seed) {
    return Intrinsics.call("States.MathRandom", start, end, seed);
  }

  /** {@code States.MathAdd}. */
  public static Intrinsic mathAdd(Object first, Object second) {
    return Intrinsics.call("States.MathAdd", first, second);
  }

  /** {@code States.StringSplit}. */
  public static Intrinsic stringSplit(Object text, Object separators) {
    return Intrinsics.call("States.StringSplit", text, separators);
  }

  /** {@code States.UUID}: a random version 4 UUID. */
  public static Intrinsic uuid() {
    return Intrinsics.call("States.UUID");
  }

  // --- distributed Map sources and sinks -------------------------------------------------------

  /** Items: the objects under {@code prefix} in {@code bucket} ({@code s3:listObjectsV2}). */
  public static ItemSource s3Objects(Object bucket, Object prefix) {
    return ItemSourceImpl.listing(bucket, prefix);
  }

  /** Items: the rows of a CSV file (header in the first row unless {@code headers} are given). */
  public static ItemSource s3Csv(Object bucket, Object key) {
    return ItemSourceImpl.file(bucket, key, "CSV");
  }

  /** Items: the elements of a JSON array file. */
  public static ItemSource s3Json(Object bucket, Object key) {
    return ItemSourceImpl.file(bucket, key, "JSON");
  }

  /** Items: the lines of a JSON Lines file. */
  public static ItemSource s3JsonLines(Object bucket, Object key) {
    return ItemSourceImpl.file(bucket, key, "JSONL");
  }

  /** Items: the objects listed in an S3 inventory {@code manifest.json}. */
  public static ItemSource s3Manifest(Object bucket, Object key) {
    return ItemSourceImpl.file(bucket, key, "MANIFEST");
  }

  /** Batches of items for distributed Map child executions. */
  public static Batching batching() {
    return BatchingImpl.create();
  }

  /** Results of a distributed Map, written under {@code prefix} in {@code bucket}. */
  public static ResultSink s3Results(Object bucket, Object prefix) {
    return ResultSinkImpl.s3(bucket, prefix);
  }

  // --- service integrations --------------------------------------------------------------------

  /** Lambda Invoke ({@code lambda:invoke}) of a function name, ARN or partial ARN. */
  public static LambdaCall lambdaInvoke(String function) {
    return LambdaCallImpl.invoke("arn:aws:states:::lambda:invoke", function);
  }

  /** Lambda Invoke that waits for the task token to come back ({@code .waitForTaskToken}). */
  public static LambdaCall lambdaInvokeWaitForTaskToken(String function) {
    return LambdaCallImpl.invoke("arn:aws:states:::lambda:invoke.waitForTaskToken", function);
  }

  /** DynamoDB GetItem; {@code key} holds the key attributes in DynamoDB JSON. */
  public static Call dynamoGetItem(String table, Payload key) {
    return service("dynamodb:getItem", "TableName", table, "Key", key);
  }

  /** DynamoDB PutItem: {@code item} in DynamoDB JSON. */
  public static Call dynamoPutItem(String table, Payload item) {
    return service("dynamodb:putItem", "TableName", table, "Item", item);
  }

  /** DynamoDB UpdateItem; add {@code ExpressionAttributeValues} with {@link Call#with}. */
  public static Call dynamoUpdateItem(String table, Payload key, String updateExpression) {
    return service("dynamodb:updateItem", "TableName", table, "Key", key)
        .with("UpdateExpression", Objects.requireNonNull(updateExpression, "updateExpression"));
  }

  /** DynamoDB DeleteItem. */
  public static Call dynamoDeleteItem(String table, Payload key) {
    return service("dynamodb:deleteItem", "TableName", table, "Key", key);
  }

  /**
   * DynamoDB Query, through the AWS SDK integration ({@code aws-sdk:dynamodb:query}; the optimized
   * DynamoDB integration has no Query); add {@code ExpressionAttributeValues} with
   * {@link Call#with}.
   */
  public static Call dynamoQuery(String table, String keyConditionExpression) {
    return new CallImpl("arn:aws:states:::aws-sdk:dynamodb:query", PayloadImpl.empty()
        .put("TableName", Objects.requireNonNull(table, "table == null"))
        .put("KeyConditionExpression",
            Objects.requireNonNull(keyConditionExpression, "keyConditionExpression == null")));
  }

  /** SNS Publish of {@code message} (a string, payload or expression) to a topic. */
  public static Call snsPublish(String topicArn, Object message) {
    return service("sns:publish", "TopicArn", topicArn, "Message", message);
  }

  /** SNS Publish that waits for the task token ({@code .waitForTaskToken}). */
  public static Call snsPublishWaitForTaskToken(String topicArn, Object message) {
    return service("sns:publish.waitForTaskToken", "TopicArn", topicArn, "Message", message);
  }

  /** SQS SendMessage of {@code body} (a string, payload or expression). */
  public static Call sqsSendMessage(String queueUrl, Object body) {
    return service("sqs:sendMessage", "QueueUrl", queueUrl, "MessageBody", body);
  }

  /** SQS SendMessage that waits for the task token ({@code .waitForTaskToken}). */
  public static Call sqsSendMessageWaitForTaskToken(String queueUrl, Object body) {
    return service("sqs:sendMessage.waitForTaskToken", "QueueUrl", queueUrl, "MessageBody", body);
  }

  /** EventBridge PutEvents; each entry has {@code Detail}, {@code DetailType}, {@code Source}. */
  public static Call eventBridgePutEvents(Payload entry, Payload... more) {
    return new CallImpl("arn:aws:states:::events:putEvents",
        PayloadImpl.empty().put("Entries", entries(entry, more)));
  }

  /** EventBridge PutEvents that waits for the task token ({@code .waitForTaskToken}). */
  public static Call eventBridgePutEventsWaitForTaskToken(Payload entry, Payload... more) {
    return new CallImpl("arn:aws:states:::events:putEvents.waitForTaskToken",
        PayloadImpl.empty().put("Entries", entries(entry, more)));
  }

  private static List<Payload> entries(Payload entry, Payload... more) {
    List<Payload> entries = new java.util.ArrayList<>();
    entries.add(Objects.requireNonNull(entry, "entry == null"));
    for (Payload other : more) {
      entries.add(Objects.requireNonNull(other, "entries must not contain null"));
    }
    return entries;
  }

  /** Step Functions StartExecution, not waiting for the child (request-response). */
  public static Call startExecution(String stateMachineArn, Object input) {
    return service("states:startExecution", "StateMachineArn", stateMachineArn, "Input", input);
  }

  /** StartExecution that waits for the child and returns its output as JSON ({@code .sync:2}). */
  public static Call startExecutionSync(String stateMachineArn, Object input) {
    return service("states:startExecution.sync:2", "StateMachineArn", stateMachineArn, "Input",
        input);
  }

  /** StartExecution that waits for the task token ({@code .waitForTaskToken}). */
  public static Call startExecutionWaitForTaskToken(String stateMachineArn, Object input) {
    return service("states:startExecution.waitForTaskToken", "StateMachineArn", stateMachineArn,
        "Input", input);
  }

  /** ECS RunTask, not waiting for the task; add {@code LaunchType}, ... with {@link Call#with}. */
  public static Call ecsRunTask(String cluster, String taskDefinition) {
    return service("ecs:runTask", "Cluster", cluster, "TaskDefinition", taskDefinition);
  }

  /** ECS RunTask that waits for the task to stop ({@code .sync}). */
  public static Call ecsRunTaskSync(String cluster, String taskDefinition) {
    return service("ecs:runTask.sync", "Cluster", cluster, "TaskDefinition", taskDefinition);
  }

  /** ECS RunTask that waits for the task token ({@code .waitForTaskToken}). */
  public static Call ecsRunTaskWaitForTaskToken(String cluster, String taskDefinition) {
    return service("ecs:runTask.waitForTaskToken", "Cluster", cluster, "TaskDefinition",
        taskDefinition);
  }

  /** Batch SubmitJob, not waiting for the job. */
  public static Call batchSubmitJob(String jobName, String jobQueue, String jobDefinition) {
    return service("batch:submitJob", "JobName", jobName, "JobQueue", jobQueue)
        .with("JobDefinition", Objects.requireNonNull(jobDefinition, "jobDefinition == null"));
  }

  /** Batch SubmitJob that waits for the job to finish ({@code .sync}). */
  public static Call batchSubmitJobSync(String jobName, String jobQueue, String jobDefinition) {
    return service("batch:submitJob.sync", "JobName", jobName, "JobQueue", jobQueue)
        .with("JobDefinition", Objects.requireNonNull(jobDefinition, "jobDefinition == null"));
  }

  /** Glue StartJobRun, not waiting for the run. */
  public static Call glueStartJobRun(String jobName) {
    return new CallImpl("arn:aws:states:::glue:startJobRun",
        PayloadImpl.empty().put("JobName", Objects.requireNonNull(jobName, "jobName == null")));
  }

  /** Glue StartJobRun that waits for the run to finish ({@code .sync}). */
  public static Call glueStartJobRunSync(String jobName) {
    return new CallImpl("arn:aws:states:::glue:startJobRun.sync",
        PayloadImpl.empty().put("JobName", Objects.requireNonNull(jobName, "jobName == null")));
  }

  /**
   * The HTTP task ({@code http:invoke}): calls {@code endpoint} with {@code method} (GET, POST,
   * PUT, DELETE, PATCH, OPTIONS, HEAD) using the EventBridge connection for authorization; add
   * {@code Headers}, {@code QueryParameters}, {@code RequestBody} with {@link Call#with}.
   */
  public static Call httpInvoke(String method, Object endpoint, String connectionArn) {
    return new CallImpl("arn:aws:states:::http:invoke", PayloadImpl.empty()
        .put("ApiEndpoint", Objects.requireNonNull(endpoint, "endpoint == null"))
        .put("Method", Objects.requireNonNull(method, "method == null"))
        .put("Authentication", PayloadImpl.empty().put("ConnectionArn",
            Objects.requireNonNull(connectionArn, "connectionArn == null"))));
  }

  /**
   * Any AWS SDK integration, {@code arn:aws:states:::aws-sdk:<service>:<action>}: the service as
   * in the SDK ({@code s3}, {@code dynamodb}, {@code sfn}) and the action in camel case
   * ({@code listObjectsV2}); request fields with {@link Call#with}.
   */
  public static Call awsSdk(String service, String action) {
    return new CallImpl("arn:aws:states:::aws-sdk:" + sdkName(service, action), null);
  }

  /** An AWS SDK integration that waits for the task token ({@code .waitForTaskToken}). */
  public static Call awsSdkWaitForTaskToken(String service, String action) {
    return new CallImpl(
        "arn:aws:states:::aws-sdk:" + sdkName(service, action) + ".waitForTaskToken", null);
  }

  /** An activity: workers poll for its tasks with {@code GetActivityTask}. */
  public static Call activity(String activityArn) {
    Objects.requireNonNull(activityArn, "activityArn == null");
    if (!(activityArn.startsWith("arn:") && activityArn.contains(":activity:"))
        && !activityArn.startsWith("${")) {
      throw new IllegalArgumentException("activityArn must be an activity ARN"
          + " (arn:aws:states:<region>:<account>:activity:<name>) or a ${...} placeholder, was "
          + activityArn);
    }
    return new CallImpl(activityArn, null);
  }

  /** Any {@code Resource}, written as given: the escape hatch for what has no method here. */
  public static Call resource(String resource) {
    Objects.requireNonNull(resource, "resource == null");
    if (resource.isBlank()) {
      throw new IllegalArgumentException("resource must not be blank");
    }
    return new CallImpl(resource, null);
  }

  private static Call service(String action, String field1, Object value1, String field2,
      Object value2) {
    Objects.requireNonNull(value1, field1 + " == null");
    Objects.requireNonNull(value2, field2 + " == null");
    return new CallImpl("arn:aws:states:::" + action,
        PayloadImpl.empty().put(field1, value1).put(field2, value2));
  }

  private static String sdkName(String service, String action) {
    Objects.requireNonNull(service, "service == null");
    Objects.requireNonNull(action, "action == null");
    if (!service.matches("[a-z0-9][a-z0-9.-]*")) {
      throw new IllegalArgumentException(
          "service must be the SDK service name in lower case (s3, dynamodb, sfn), was " + service);
    }
    if (!action.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException(
          "action must be the API action in camel case (listObjectsV2), was " + action);
    }
    return service + ":" + action;
  }
}
