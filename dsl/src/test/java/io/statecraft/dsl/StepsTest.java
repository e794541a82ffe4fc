package io.statecraft.dsl;

import static io.statecraft.dsl.Steps.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.FailState;
import io.statecraft.asl.JitterStrategy;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.asl.condition.ComparisonOperator;
import io.statecraft.asl.condition.Condition;
import io.statecraft.asl.map.ProcessorConfig;
import io.statecraft.asl.map.ReaderConfig;
import io.statecraft.asl.value.Path;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.Forward;
import io.statecraft.dsl.flow.OpenFlow;
import io.statecraft.dsl.flow.TaskStep;
import io.statecraft.dsl.integration.Integration;
import io.statecraft.dsl.internal.Conditions;
import io.statecraft.dsl.payload.Payload;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepsTest {

  @Test
  void chainsStatesInOrderAndEndsTheLastOpenState() {
    StateMachine machine = stateMachine()
        .startWith(pass("A").next(pass("B")).next(pass("C")))
        .build();

    assertThat(machine.startAt()).isEqualTo("A");
    assertThat(machine.states()).containsOnlyKeys("A", "B", "C");
    assertThat(((PassState) machine.states().get("A")).next()).isEqualTo("B");
    assertThat(((PassState) machine.states().get("B")).next()).isEqualTo("C");
    PassState last = (PassState) machine.states().get("C");
    assertThat(last.next()).isNull();
    assertThat(last.end()).isTrue();
  }

  @Test
  void keepsTheReceiverUnchangedSoAPrefixCanBeReused() {
    OpenFlow prefix = pass("Start");
    StateMachine one = stateMachine().startWith(prefix.next(succeed("One"))).build();
    StateMachine two = stateMachine().startWith(prefix.next(succeed("Two"))).build();

    assertThat(((PassState) one.states().get("Start")).next()).isEqualTo("One");
    assertThat(((PassState) two.states().get("Start")).next()).isEqualTo("Two");
  }

  @Test
  void joinsTheOpenBranchesOfAChoiceAfterwards() {
    StateMachine machine = stateMachine()
        .startWith(choice("Vip?")
            .when(path("$.vip").isTrue(), pass("Vip price"))
            .when(path("$.total").gt(100), fail("Too big").error("Order.TooBig"))
            .otherwise(pass("List price"))
            .afterwards()
            .next(succeed("Priced")))
        .build();

    ChoiceState choice = (ChoiceState) machine.states().get("Vip?");
    assertThat(choice.choices()).extracting(rule -> rule.next())
        .containsExactly("Vip price", "Too big");
    assertThat(choice.choices().get(0).condition()).isEqualTo(new Condition.Comparison(
        "$.vip", ComparisonOperator.BOOLEAN_EQUALS, tools.jackson.databind.node.BooleanNode.TRUE, null));
    assertThat(choice.defaultNext()).isEqualTo("List price");
    assertThat(((PassState) machine.states().get("Vip price")).next()).isEqualTo("Priced");
    assertThat(((PassState) machine.states().get("List price")).next()).isEqualTo("Priced");
    assertThat(machine.states()).containsKeys("Too big", "Priced");
  }

  @Test
  void loopsBackToAnEarlierStateByReference() {
    OpenFlow check = task("Check status", lambdaInvoke("status"));
    StateMachine machine = stateMachine()
        .startWith(task("Start job", lambdaInvoke("start"))
            .next(check)
            .next(choice("Done?")
                .when(path("$.status").eq("DONE"), succeed("Finished"))
                .otherwise(waitFor("Pause", Duration.ofSeconds(30)).next(check))))
        .build();

    assertThat(machine.states().keySet())
        .containsExactly("Start job", "Check status", "Done?", "Finished", "Pause");
    WaitState pause = (WaitState) machine.states().get("Pause");
    assertThat(pause.next()).isEqualTo("Check status");
    assertThat(pause.seconds().number()).isEqualByComparingTo("30");
  }

  @Test
  void graphAddsTheTransitionBackToAChoiceThatWaitsAndAsksAgain() {
    OpenFlow pause = waitFor("Pause", Duration.ofSeconds(30));
    Flow done = choice("Done?")
        .when(path("$.done").isTrue(), succeed("Finished"))
        .otherwise(pause);

    StateMachine machine = stateMachine()
        .startWith(graph(task("Start job", lambdaInvoke("start")).next(done), pause.next(done)))
        .build();

    assertThat(machine.startAt()).isEqualTo("Start job");
    assertThat(machine.states().keySet())
        .containsExactlyInAnyOrder("Start job", "Done?", "Finished", "Pause");
    assertThat(((WaitState) machine.states().get("Pause")).next()).isEqualTo("Done?");
    assertThat(((ChoiceState) machine.states().get("Done?")).defaultNext()).isEqualTo("Pause");
  }

  @Test
  void legacyMapFieldsKeepTheirEarlierNames() {
    StateMachine machine = stateMachine()
        .startWith(map("Each", pass("Item"))
            .legacyIterator()
            .legacyParameters(payload().put("item", Context.MAP_ITEM_VALUE)))
        .build();

    MapState each = (MapState) machine.states().get("Each");
    assertThat(each.itemProcessor()).isNull();
    assertThat(each.iterator().startAt()).isEqualTo("Item");
    assertThat(each.iterator().processorConfig()).isNull();
    assertThat(each.itemSelector()).isNull();
    assertThat(each.parameters().get("item.$").stringValue()).isEqualTo("$$.Map.Item.Value");
  }

  @Test
  void callWithAnEmptyRequestWritesEmptyParameters() {
    StateMachine machine = stateMachine()
        .startWith(task("List clusters", awsSdk("eks", "listClusters").request(json("{}"))))
        .build();

    TaskState list = (TaskState) machine.states().get("List clusters");
    assertThat(list.parameters().isObject()).isTrue();
    assertThat(list.parameters().isEmpty()).isTrue();
  }

  @Test
  void retriesAndCatchesInTheOrderAdded() {
    Flow refund = task("Refund", lambdaInvoke("refund")).next(fail("Failed"));
    StateMachine machine = stateMachine()
        .startWith(task("Charge", lambdaInvoke("charge").withRecommendedRetry())
            .retry(retryOn(States.TIMEOUT).interval(Duration.ofSeconds(2)).maxAttempts(5)
                .backoffRate(1.5).maxDelay(Duration.ofSeconds(60)).fullJitter())
            .catching(errors("Payment.Declined").resultPath("$.error"), fail("Declined"))
            .catchAll(refund)
            .next(succeed("Done")))
        .build();

    TaskState charge = (TaskState) machine.states().get("Charge");
    assertThat(charge.retry()).hasSize(2);
    assertThat(charge.retry().get(0).errorEquals()).containsExactly("Lambda.ServiceException",
        "Lambda.AWSLambdaException", "Lambda.SdkClientException",
        "Lambda.TooManyRequestsException");
    assertThat(charge.retry().get(0).intervalSeconds()).isEqualTo(1);
    assertThat(charge.retry().get(0).maxAttempts()).isEqualTo(3);
    assertThat(charge.retry().get(0).backoffRate()).isEqualTo(new BigDecimal("2"));
    assertThat(charge.retry().get(0).jitterStrategy()).isEqualTo(JitterStrategy.FULL);
    assertThat(charge.retry().get(1).backoffRate()).isEqualTo(new BigDecimal("1.5"));
    assertThat(charge.retry().get(1).maxDelaySeconds()).isEqualTo(60);
    assertThat(charge.catchers()).extracting(c -> c.next()).containsExactly("Declined", "Refund");
    assertThat(charge.catchers().get(0).resultPath()).isEqualTo(Path.of("$.error"));
    assertThat(charge.catchers().get(1).errorEquals()).containsExactly("States.ALL");
    assertThat(machine.states()).containsKeys("Refund", "Failed", "Declined", "Done");
  }

  @Test
  void writesPathsWithDollarKeysInParameters() {
    StateMachine machine = stateMachine()
        .startWith(task("Notify", snsPublish("arn:aws:sns:eu-west-1:1:topic",
            format("Order {} is {}", path("$.id"), path("$.status")))))
        .build();

    TaskState notify = (TaskState) machine.states().get("Notify");
    assertThat(notify.resource()).isEqualTo("arn:aws:states:::sns:publish");
    assertThat(notify.parameters().toString()).isEqualTo(
        "{\"TopicArn\":\"arn:aws:sns:eu-west-1:1:topic\","
            + "\"Message.$\":\"States.Format('Order {} is {}', $.id, $.status)\"}");
    assertThat(notify.arguments()).isNull();
    assertThat(notify.queryLanguage()).isNull();
  }

  @Test
  void makesAStateJsonataWhenItUsesJsonata() {
    StateMachine machine = stateMachine()
        .startWith(task("Notify", sqsSendMessage("${Queue}", jsonata("$states.input.order")))
            .output(jsonata("$states.result.MessageId")))
        .build();

    TaskState notify = (TaskState) machine.states().get("Notify");
    assertThat(notify.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    assertThat(notify.parameters()).isNull();
    assertThat(notify.arguments().toString()).isEqualTo(
        "{\"QueueUrl\":\"${Queue}\",\"MessageBody\":\"{% $states.input.order %}\"}");
    assertThat(notify.output().stringValue()).isEqualTo("{% $states.result.MessageId %}");
  }

  @Test
  void inheritsTheMachinesQueryLanguage() {
    StateMachine machine = stateMachine().jsonata()
        .startWith(pass("Hello").output(payload().put("greeting", "hi")))
        .build();

    assertThat(machine.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    assertThat(machine.states().get("Hello").queryLanguage()).isNull();
  }

  @Test
  void rendersIntrinsicsComposedAndEscaped() {
    assertThat(format("It's {} {x}", path("$.name")).text())
        .isEqualTo("States.Format('It\\'s {} \\{x\\}', $.name)");
    assertThat(arrayGetItem(stringSplit(path("$.csv"), ","), mathAdd(path("$.i"), 1)).text())
        .isEqualTo("States.ArrayGetItem(States.StringSplit($.csv, ','), States.MathAdd($.i, 1))");
    assertThat(jsonMerge(path("$.a"), path("$.b")).text())
        .isEqualTo("States.JsonMerge($.a, $.b, false)");
    assertThat(uuid().text()).isEqualTo("States.UUID()");
    assertThat(hash(path("$.data"), "SHA-256").text())
        .isEqualTo("States.Hash($.data, 'SHA-256')");
    assertThat(array(1, "two", true, null, Context.EXECUTION_ID).text())
        .isEqualTo("States.Array(1, 'two', true, null, $$.Execution.Id)");
  }

  @Test
  void buildsPayloadsFromJsonTextAndPuts() {
    Payload payload = json("""
        {"Bucket": "data", "Prefix.$": "$.prefix"}
        """).put("token", Context.TASK_TOKEN).put("tags", List.of("a", path("$.b")));

    assertThat(payload.toString()).isEqualTo(
        "{\"Bucket\":\"data\",\"Prefix.$\":\"$.prefix\",\"token.$\":\"$$.Task.Token\","
            + "\"tags\":[\"a\",\"$.b\"]}");
    assertThatThrownBy(() -> json("{not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("json is not valid JSON");
  }

  @Test
  void buildsParallelBranchesAsScopes() {
    StateMachine machine = stateMachine()
        .startWith(parallel("Enrich",
                task("Customer", lambdaInvoke("customer")),
                task("Stock", lambdaInvoke("stock")).next(pass("Shape")))
            .resultSelector(payload().put("customer", path("$[0]")))
            .next(succeed("Done")))
        .build();

    ParallelState parallel = (ParallelState) machine.states().get("Enrich");
    assertThat(parallel.branches()).hasSize(2);
    assertThat(parallel.branches().get(0).startAt()).isEqualTo("Customer");
    assertThat(parallel.branches().get(1).states()).containsOnlyKeys("Stock", "Shape");
    assertThat(((PassState) parallel.branches().get(1).states().get("Shape")).end()).isTrue();
    assertThat(parallel.next()).isEqualTo("Done");
    assertThat(machine.states()).containsOnlyKeys("Enrich", "Done");
  }

  @Test
  void buildsADistributedMapWithReaderBatcherAndWriter() {
    StateMachine machine = stateMachine()
        .startWith(map("Score", task("Score rows", lambdaInvoke("score")))
            .distributedExpress()
            .itemReader(s3Csv("reports", path("$.key")).headers("id", "score").maxItems(100))
            .itemBatcher(batching().maxItems(10).batchInput(payload().put("run", path("$.run"))))
            .resultWriter(s3Results("reports", "out/").writerConfig("JSONL", "FLATTEN"))
            .toleratedFailurePercentage(5)
            .maxConcurrency(50)
            .label("scores"))
        .build();

    MapState map = (MapState) machine.states().get("Score");
    assertThat(map.itemProcessor().processorConfig()).isEqualTo(new ProcessorConfig(
        ProcessorConfig.Mode.DISTRIBUTED, ProcessorConfig.ExecutionType.EXPRESS));
    assertThat(map.itemReader().resource()).isEqualTo("arn:aws:states:::s3:getObject");
    assertThat(map.itemReader().parameters().toString())
        .isEqualTo("{\"Bucket\":\"reports\",\"Key.$\":\"$.key\"}");
    assertThat(map.itemReader().readerConfig().csvHeaderLocation()).isEqualTo("GIVEN");
    assertThat(map.itemReader().readerConfig().csvHeaders()).containsExactly("id", "score");
    assertThat(map.itemBatcher().batchInput().toString()).isEqualTo("{\"run.$\":\"$.run\"}");
    assertThat(map.resultWriter().resource()).isEqualTo("arn:aws:states:::s3:putObject");
    assertThat(map.toleratedFailurePercentage().number()).isEqualByComparingTo("5");
    assertThat(map.itemProcessor().states()).containsOnlyKeys("Score rows");
  }

  @Test
  void itemReaderKeepsAZeroLimitAndAnExplicitlyEmptyReaderConfig() {
    MapState zero = (MapState) stateMachine()
        .startWith(map("Read", pass("Each")).distributedStandard()
            .itemReader(s3Objects("bucket", null).maxItems(0)))
        .build().states().get("Read");
    assertThat(zero.itemReader().readerConfig().maxItems().number()).isEqualByComparingTo("0");

    MapState empty = (MapState) stateMachine()
        .startWith(map("Read", pass("Each")).distributedStandard()
            .itemReader(s3Objects("bucket", null).withEmptyReaderConfig().with("Prefix", "in/")))
        .build().states().get("Read");
    assertThat(empty.itemReader().readerConfig())
        .isEqualTo(new ReaderConfig(null, null, null, null, null, null, null));
    assertThat(empty.itemReader().parameters().get("Prefix").stringValue()).isEqualTo("in/");

    MapState none = (MapState) stateMachine()
        .startWith(map("Read", pass("Each")).distributedStandard().itemReader(s3Objects("bucket", null)))
        .build().states().get("Read");
    assertThat(none.itemReader().readerConfig()).isNull();
  }

  @Test
  void emitsTheResourceEachIntegrationDocuments() {
    assertThat(List.of(
            lambdaInvokeWaitForTaskToken("f"),
            dynamoGetItem("t", payload()), dynamoPutItem("t", payload()),
            dynamoUpdateItem("t", payload(), "SET a = :a"), dynamoDeleteItem("t", payload()),
            dynamoQuery("t", "id = :id"),
            snsPublishWaitForTaskToken("topic", "m"), sqsSendMessageWaitForTaskToken("q", "b"),
            eventBridgePutEvents(payload()), startExecution("sm", payload()),
            startExecutionSync("sm", payload()), startExecutionWaitForTaskToken("sm", payload()),
            ecsRunTaskSync("c", "td"), ecsRunTaskWaitForTaskToken("c", "td"),
            batchSubmitJobSync("j", "q", "d"), glueStartJobRunSync("j"),
            httpInvoke("GET", "https://example.com", "arn:conn"), awsSdk("s3", "listObjectsV2"),
            activity("arn:aws:states:eu-west-1:1:activity:review"))
        .stream().map(Integration::resource))
        .containsExactly(
            "arn:aws:states:::lambda:invoke.waitForTaskToken",
            "arn:aws:states:::dynamodb:getItem", "arn:aws:states:::dynamodb:putItem",
            "arn:aws:states:::dynamodb:updateItem", "arn:aws:states:::dynamodb:deleteItem",
            "arn:aws:states:::aws-sdk:dynamodb:query",
            "arn:aws:states:::sns:publish.waitForTaskToken",
            "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "arn:aws:states:::events:putEvents", "arn:aws:states:::states:startExecution",
            "arn:aws:states:::states:startExecution.sync:2",
            "arn:aws:states:::states:startExecution.waitForTaskToken",
            "arn:aws:states:::ecs:runTask.sync", "arn:aws:states:::ecs:runTask.waitForTaskToken",
            "arn:aws:states:::batch:submitJob.sync", "arn:aws:states:::glue:startJobRun.sync",
            "arn:aws:states:::http:invoke", "arn:aws:states:::aws-sdk:s3:listObjectsV2",
            "arn:aws:states:eu-west-1:1:activity:review");
  }

  @Test
  void writesTheHttpTaskRequestAsAwsDocumentsIt() {
    TaskState call = (TaskState) stateMachine()
        .startWith(task("Call API", httpInvoke("POST", "https://api.example.com/orders",
                "arn:aws:events:eu-west-1:1:connection/api/abc")
            .with("RequestBody", payload().put("id", path("$.id")))))
        .build().states().get("Call API");

    assertThat(call.parameters().toString()).isEqualTo(
        "{\"ApiEndpoint\":\"https://api.example.com/orders\",\"Method\":\"POST\","
            + "\"Authentication\":{\"ConnectionArn\":\"arn:aws:events:eu-west-1:1:connection/api/abc\"},"
            + "\"RequestBody\":{\"id.$\":\"$.id\"}}");
  }

  @Test
  void refusesBadArgumentsWithTheParameterName() {
    assertThatThrownBy(() -> path("order.id"))
        .hasMessage("a path must start with '$', was 'order.id'");
    assertThatThrownBy(() -> retryOn(States.ALL, States.TIMEOUT))
        .hasMessage("States.ALL must appear alone in an error list, was [States.ALL, States.Timeout]");
    assertThatThrownBy(() -> retryOn("X").maxAttempts(-1))
        .hasMessage("maxAttempts must be >= 0, was -1");
    assertThatThrownBy(() -> task("T", lambdaInvoke("f")).timeout("300"))
        .hasMessageStartingWith("timeout must be a JSONata expression");
    assertThatThrownBy(() -> awsSdk("s3", "ListObjectsV2"))
        .hasMessage("action must be the API action in camel case (listObjectsV2), was ListObjectsV2");
    assertThatThrownBy(() -> jsonata("{% $x %}"))
        .hasMessageStartingWith("expression must be given without the {% %} delimiters");
  }

  @Test
  void writesFailAndWaitFieldsAsGiven() {
    StateMachine machine = stateMachine()
        .startWith(waitFor("Until", path("$.when"))
            .next(waitUntil("Deadline", java.time.Instant.parse("2030-01-01T00:00:00Z")))
            .next(fail("Rethrow").errorPath(path("$.error.Error"))
                .causePath(format("failed: {}", path("$.error.Cause")))))
        .build();

    assertThat(((WaitState) machine.states().get("Until")).secondsPath()).isEqualTo("$.when");
    assertThat(((WaitState) machine.states().get("Deadline")).timestamp())
        .isEqualTo("2030-01-01T00:00:00Z");
    FailState fail = (FailState) machine.states().get("Rethrow");
    assertThat(fail.errorPath()).isEqualTo("$.error.Error");
    assertThat(fail.causePath()).isEqualTo("States.Format('failed: {}', $.error.Cause)");
  }

  @Test
  void leavesABuilderUnchangedWhenDerivingAnother() {
    TaskStep plain = task("Charge", lambdaInvoke("charge"));
    TaskStep retried = plain.retry(retryOn(States.ALL));

    TaskState fromPlain = (TaskState) stateMachine().startWith(plain).build().states().get("Charge");
    TaskState fromRetried =
        (TaskState) stateMachine().startWith(retried).build().states().get("Charge");
    assertThat(fromPlain.retry()).isEmpty();
    assertThat(fromRetried.retry()).hasSize(1);
  }

  @Test
  void writesJsonataRulesWithTheirAssignAndOutput() {
    StateMachine machine = stateMachine().jsonata()
        .startWith(choice("Tier?")
            .when(rule(jsonata("$states.input.total > 1000"))
                .assign(payload().put("tier", "gold")).comment("big spenders"), succeed("Gold"))
            .otherwise(succeed("Standard")))
        .build();

    ChoiceState choice = (ChoiceState) machine.states().get("Tier?");
    assertThat(choice.choices().get(0).condition()).isEqualTo(new Condition.Jsonata(
        tools.jackson.databind.node.StringNode.valueOf("{% $states.input.total > 1000 %}")));
    assertThat(choice.choices().get(0).assign().toString()).isEqualTo("{\"tier\":\"gold\"}");
    assertThat(choice.choices().get(0).comment()).isEqualTo("big spenders");
    assertThat(choice.queryLanguage()).isNull();
  }

  @Test
  void namesAWorkflowAfterItsClass() {
    Workflow workflow = () -> stateMachine().startWith(succeed("Done")).build();
    class NightlyExport implements Workflow {
      @Override
      public StateMachine define() {
        return stateMachine().startWith(succeed("Done")).build();
      }
    }

    assertThat(new NightlyExport().name()).isEqualTo("NightlyExport");
    assertThat(workflow.define().startAt()).isEqualTo("Done");
  }

  @Test
  void refusesReaderOptionsThatDoNotFitTheSource() {
    assertThatThrownBy(() -> s3Json("bucket", "items.json").headers("id"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("headers applies to CSV files, this reads arn:aws:states:::s3:getObject as JSON");
  }

  @Test
  void readsBatchAndReaderLimitsFromPathsOrExpressions() {
    MapState fromPaths = (MapState) stateMachine()
        .startWith(map("Each", pass("Item")).distributedStandard()
            .itemReader(s3JsonLines("data", "items.jsonl").maxItemsPath("$.limit"))
            .itemBatcher(batching().maxItemsPath("$.batch").maxInputBytes(1024)))
        .build().states().get("Each");
    MapState fromJsonata = (MapState) stateMachine().jsonata()
        .startWith(map("Each", pass("Item")).distributedStandard()
            .itemReader(s3Json("data", "items.json").maxItems("{% $states.input.limit %}"))
            .itemBatcher(batching().maxItems("{% $states.input.batch %}")))
        .build().states().get("Each");

    assertThat(fromPaths.itemReader().readerConfig().maxItemsPath()).isEqualTo("$.limit");
    assertThat(fromPaths.itemBatcher().maxItemsPerBatchPath()).isEqualTo("$.batch");
    assertThat(fromPaths.itemBatcher().maxInputBytesPerBatch().number()).isEqualByComparingTo("1024");
    assertThat(fromJsonata.itemReader().arguments().toString())
        .isEqualTo("{\"Bucket\":\"data\",\"Key\":\"items.json\"}");
    assertThat(fromJsonata.itemReader().readerConfig().maxItems().expression())
        .isEqualTo("{% $states.input.limit %}");
    assertThat(fromJsonata.itemBatcher().maxItemsPerBatch().expression())
        .isEqualTo("{% $states.input.batch %}");
  }

  @Test
  void makesAStateJsonataWhenANumberIsAJsonataExpression() {
    TaskState task = (TaskState) stateMachine()
        .startWith(task("Slow", lambdaInvoke("slow")).timeout("{% $states.input.timeout %}"))
        .build().states().get("Slow");
    WaitState wait = (WaitState) stateMachine()
        .startWith(waitFor("Pause", "${PauseSeconds}"))
        .build().states().get("Pause");

    assertThat(task.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    assertThat(task.arguments().toString()).isEqualTo("{\"FunctionName\":\"slow\"}");
    assertThat(wait.queryLanguage()).isNull();
    assertThat(wait.seconds().expression()).isEqualTo("${PauseSeconds}");
    assertThatThrownBy(() -> waitFor("Pause", "{% $x %}"))
        .hasMessageStartingWith("seconds must be a placeholder \"${...}\", was \"{% $x %}\"");
  }

  @Test
  void buildsTheExampleOfTheStepsJavadoc() {
    Flow refund = task("Refund", lambdaInvoke("refund")).next(fail("Not shipped"));
    StateMachine orders = stateMachine()
        .comment("Charge, then ship or refund")
        .startWith(task("Charge card", lambdaInvoke("charge").payload(path("$.payment"))
                .withRecommendedRetry())
            .catching(errors("Payment.Declined").resultPath("$.error"),
                fail("Declined").error("Payment.Declined"))
            .next(choice("In stock?")
                .when(path("$.stock.available").isTrue(),
                    task("Ship", sqsSendMessage("${ShippingQueue}", path("$.order")))
                        .catchAll(refund))
                .otherwise(refund)
                .afterwards())
            .next(succeed("Done")))
        .build();

    assertThat(orders.states().keySet()).containsExactly(
        "Charge card", "Declined", "In stock?", "Ship", "Refund", "Not shipped", "Done");
    assertThat(((TaskState) orders.states().get("Ship")).next()).isEqualTo("Done");
    assertThat(((TaskState) orders.states().get("Refund")).next()).isEqualTo("Not shipped");
    assertThat(((ChoiceState) orders.states().get("In stock?")).defaultNext()).isEqualTo("Refund");
  }

  @Test
  void ignoresInputAndDiscardsOutputAsJsonNullOnEveryStateThatHasThePaths()
      throws ReflectiveOperationException {
    StateMachine machine = stateMachine()
        .startWith(task("Notify", snsPublish("topic", "done")).ignoreInput().discardOutput()
            .next(pass("Reset").ignoreInput().discardOutput())
            .next(parallel("Both", pass("One")).ignoreInput().discardOutput())
            .next(map("Each", pass("Item")).ignoreInput().discardOutput())
            .next(waitFor("Pause", Duration.ofSeconds(1)).ignoreInput().discardOutput())
            .next(choice("Route").ignoreInput().discardOutput()
                .when(path("$.a").isTrue(), succeed("Done").ignoreInput().discardOutput())
                .otherwise(fail("Failed"))))
        .build();

    for (String name : List.of("Notify", "Reset", "Both", "Each", "Pause", "Route", "Done")) {
      State state = machine.states().get(name);
      assertThat(component(state, "inputPath")).as(name).isEqualTo(Path.NULL);
      assertThat(component(state, "outputPath")).as(name).isEqualTo(Path.NULL);
    }
    assertThat(machine.states().get("Reset").queryLanguage()).isNull();
  }

  /** The record component {@code name} of {@code state}: each kind with the field has one. */
  private static Object component(State state, String name) throws ReflectiveOperationException {
    return state.getClass().getMethod(name).invoke(state);
  }

  @Test
  void commentsParallelBranchesIncludingTheFirst() {
    StateMachine machine = stateMachine()
        .startWith(parallel("Fulfil")
            .branch("Bill the customer", pass("Charge"))
            .branch(pass("Pack"))
            .branch("Ship the parcel", pass("Ship")))
        .build();

    ParallelState fulfil = (ParallelState) machine.states().get("Fulfil");
    assertThat(fulfil.branches()).extracting(io.statecraft.asl.Branch::comment)
        .containsExactly("Bill the customer", null, "Ship the parcel");
    assertThat(fulfil.branches()).extracting(io.statecraft.asl.Branch::startAt)
        .containsExactly("Charge", "Pack", "Ship");
  }

  @Test
  void commentsTheItemProcessorAndTheLegacyIterator() {
    StateMachine machine = stateMachine()
        .startWith(map("Each", pass("Item")).processorComment("One line item")
            .next(map("Legacy", pass("Old item")).legacyIterator().processorComment("Old style")))
        .build();

    MapState each = (MapState) machine.states().get("Each");
    MapState legacy = (MapState) machine.states().get("Legacy");
    assertThat(each.itemProcessor().comment()).isEqualTo("One line item");
    assertThat(legacy.iterator().comment()).isEqualTo("Old style");
    assertThat(legacy.itemProcessor()).isNull();
  }

  @Test
  void commentsNestedConditionsAndMovesATopLevelCommentToItsRule() {
    StateMachine machine = stateMachine()
        .startWith(choice("Ship?")
            .when(and(
                    commented("Paid in full", path("$.paid").isTrue()),
                    commented("Not blocked", not(path("$.blocked").isTrue())),
                    commented("Small or express",
                        or(path("$.weight").lt(30), path("$.express").isTrue()))),
                succeed("Ship"))
            .when(commented("Free shipping", path("$.total").gt(100)), succeed("Free"))
            .otherwise(fail("Hold")))
        .build();

    ChoiceState ship = (ChoiceState) machine.states().get("Ship?");
    Condition.And all = (Condition.And) ship.choices().get(0).condition();
    assertThat(all.comment()).isNull();
    assertThat(all.conditions()).extracting(Conditions::comment)
        .containsExactly("Paid in full", "Not blocked", "Small or express");
    assertThat(ship.choices().get(1).comment()).isEqualTo("Free shipping");
    assertThat(Conditions.comment(ship.choices().get(1).condition())).isNull();
  }

  @Test
  void refusesACommentOnAJsonataCondition() {
    assertThatThrownBy(() -> commented("why", (Condition) new Condition.Jsonata(
            tools.jackson.databind.node.StringNode.valueOf("{% true %}"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule(jsonata(...)).comment(...)");
  }

  @Test
  void closesACycleOfCatchersWithAForwardReference() {
    Forward acquire = forward();
    Flow init = task("Initialize lock", dynamoPutItem("locks", payload()))
        .catching(errors("DynamoDB.ConditionalCheckFailedException"), acquire)
        .next(acquire);
    OpenFlow acquireLock = acquire.bind(
        task("Acquire lock", dynamoUpdateItem("locks", payload(), "SET n = n + 1"))
            .catching(errors("DynamoDB.ConditionalCheckFailedException"), init));

    StateMachine machine = stateMachine().startWith(acquireLock.next(succeed("Locked"))).build();

    assertThat(machine.startAt()).isEqualTo("Acquire lock");
    assertThat(machine.states()).containsOnlyKeys("Acquire lock", "Initialize lock", "Locked");
    TaskState acquired = (TaskState) machine.states().get("Acquire lock");
    TaskState initialized = (TaskState) machine.states().get("Initialize lock");
    assertThat(acquired.catchers()).extracting(c -> c.next()).containsExactly("Initialize lock");
    assertThat(acquired.next()).isEqualTo("Locked");
    assertThat(initialized.catchers()).extracting(c -> c.next()).containsExactly("Acquire lock");
    assertThat(initialized.next()).isEqualTo("Acquire lock");
  }

  @Test
  void bindsAForwardReferenceOnlyOnce() {
    Forward later = forward();
    later.bind(pass("First"));

    assertThatThrownBy(() -> later.bind(pass("Second")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bound already, to Pass 'First'");
    assertThatThrownBy(() -> forward().bind(later))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
