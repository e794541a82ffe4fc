package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import tools.jackson.databind.JsonNode;

/**
 * The web console in a real headless Chromium: state machines and executions made with the AWS SDK
 * v2 over HTTP, the pages opened in the browser, their DOM read after their scripts ran. One
 * browser and one emulator for the class (Chromium takes seconds to start); the test that
 * advances the running execution comes last, as the others expect it still running.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

  private static final String INPUT = "{\"html\":\"<script>window.pwned=1</script>\"}";
  private static final String CAUSE = "<img src=x onerror=\"window.pwned=1\">";

  private static StepFunctionsEmulator emulator;
  private static SfnClient sfn;
  private static SfnClient europe;
  private static HeadlessChromium chromium;
  private static String activity;
  private static String orders;
  private static String running;
  private static String failed;
  private static String elsewhere;

  @BeforeAll
  static void start() throws Exception {
    chromium = HeadlessChromium.launch();
    emulator = StepFunctionsEmulator.start();
    sfn = SfnClients.of(emulator.endpoint());
    europe = SfnClients.of(emulator.endpoint(), Region.EU_WEST_1);
    activity = sfn.createActivity(b -> b.name("approval")).activityArn();
    orders = create(sfn, "Orders", """
        {"StartAt":"Prepare","States":{
          "Prepare":{"Type":"Pass","Result":{"note":"<b>not bold</b>"},"ResultPath":"$.prepared",
                     "Next":"Approve"},
          "Approve":{"Type":"Task","Resource":"%s","Next":"Done"},
          "Done":{"Type":"Succeed"}}}""".formatted(activity));
    String breaks = create(sfn, "Breaks", """
        {"StartAt":"Break","States":{"Break":{"Type":"Fail","Error":"Broken",
          "Cause":%s}}}""".formatted(quoted(CAUSE)));
    String far = create(europe, "Elsewhere",
        "{\"StartAt\":\"Hop\",\"States\":{\"Hop\":{\"Type\":\"Pass\",\"End\":true}}}");
    // Started one after the other, so the list's newest-first order is known.
    elsewhere = europe.startExecution(b -> b.stateMachineArn(far).name("far-away")).executionArn();
    SfnClients.awaitEnd(europe, elsewhere);
    Thread.sleep(5);
    failed = sfn.startExecution(b -> b.stateMachineArn(breaks).name("broken")).executionArn();
    assertThat(SfnClients.awaitEnd(sfn, failed).status()).isEqualTo(ExecutionStatus.FAILED);
    Thread.sleep(5);
    running = sfn.startExecution(b -> b.stateMachineArn(orders).name("first-order")
        .input(INPUT)).executionArn();
  }

  @AfterAll
  static void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (emulator != null) {
      sfn.close();
      europe.close();
      emulator.close();
    }
  }

  @Test
  void listsStateMachinesOfEveryRegionAndExecutionsNewestFirst() {
    HeadlessChromium.Tab tab = chromium.open(emulator.console());

    assertThat(texts(tab, "#machines tbody tr", "td:nth-child(1),td:nth-child(2),"
        + "td:nth-child(3),td:nth-child(5)")).containsExactlyInAnyOrder(
        "Orders|STANDARD|us-east-1|ACTIVE", "Breaks|STANDARD|us-east-1|ACTIVE",
        "Elsewhere|STANDARD|eu-west-1|ACTIVE");
    assertThat(texts(tab, "#executions tbody tr", "td:nth-child(1),td:nth-child(2),"
        + "td:nth-child(3),td:nth-child(4)")).containsExactly(
        "first-order|Orders|us-east-1|RUNNING", "broken|Breaks|us-east-1|FAILED",
        "far-away|Elsewhere|eu-west-1|SUCCEEDED");
    assertThat(tab.eval("document.querySelector('#executions tbody tr td:nth-child(5) time')"
        + ".getAttribute('datetime')").asString()).endsWith("Z");
  }

  @Test
  void narrowsTheExecutionsByStatusAndStateMachineThroughItsLinks() {
    HeadlessChromium.Tab tab = chromium.open(emulator.console());

    follow(tab, "#filters a", "FAILED", "status=FAILED");
    assertThat(texts(tab, "#executions tbody tr", "td:nth-child(1)")).containsExactly("broken");

    follow(tab, "#machines a", "Orders", "machine=");
    assertThat(texts(tab, "#executions tbody tr", "td:nth-child(1)"))
        .containsExactly("first-order");
    assertThat(tab.eval("document.querySelector('#filters strong').textContent").asString())
        .isEqualTo("Orders");
  }

  @Test
  void showsUserTextAsTextNeverAsMarkup() {
    HeadlessChromium.Tab tab = chromium.open(page(failed));
    awaitReport(tab);

    assertThat(tab.eval("document.getElementById('sc-cause').textContent").asString())
        .isEqualTo(CAUSE);
    assertThat(tab.eval(inReport("doc.querySelector('header .error').textContent")).asString())
        .isEqualTo("Broken: " + CAUSE);
    assertThat(tab.eval("document.querySelectorAll('img').length").asInt()).isZero();
    assertThat(tab.eval(inReport("doc.querySelectorAll('img').length")).asInt()).isZero();

    HeadlessChromium.Tab running = chromium.open(page(ConsoleBrowserTest.running));
    assertThat(running.eval("document.getElementById('sc-input').textContent").asString())
        .isEqualTo(INPUT);
    assertThat(running.eval("document.querySelectorAll('main script').length").asInt())
        .as("only the page's own script").isEqualTo(1);
    assertThat(running.eval("typeof window.pwned").asString()).isEqualTo("undefined");
    assertThat(tab.eval("typeof window.pwned").asString()).isEqualTo("undefined");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void drawsTheRunOverTheDiagramAndFollowsItUntilItEnds() {
    HeadlessChromium.Tab tab = chromium.open(page(running));
    awaitReport(tab);
    tab.await(inReport("doc.querySelector('svg [data-state=\"Approve\"]').getAttribute('class')"),
        v -> v.asString().contains("sc-running"), "Approve drawn as running");
    assertThat(timeline(tab)).contains("ExecutionStarted", "PassStateEntered",
        "ActivityScheduled").doesNotContain("ExecutionSucceeded");
    assertThat(tab.eval("document.getElementById('sc-report').style.height").asString())
        .as("the page's script fitted the frame to the report").endsWith("px");
    // The report's own script: a click on a state shows what it was given and gave.
    tab.eval(inReport("doc.querySelector('svg [data-state=\"Prepare\"]')"
        + ".dispatchEvent(new MouseEvent('click', {bubbles: true}))"));
    assertThat(tab.eval(inReport("doc.getElementById('sc-panel').textContent")).asString())
        .contains("Prepare", "<b>not bold</b>");

    GetActivityTaskResponse task = sfn.getActivityTask(b -> b.activityArn(activity));
    assertThat(task.taskToken()).isNotEmpty();
    sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"approved\":true}"));

    tab.await("document.getElementById('sc-status').textContent", v -> v.asString()
        .equals("SUCCEEDED"), "the page to show the execution SUCCEEDED");
    tab.await(inReport("Array.from(doc.querySelectorAll('tbody tr td:nth-child(3)'))"
        + ".map(function (e) { return e.textContent; }).join(' ')"),
        v -> v.asString().contains("ExecutionSucceeded"), "the timeline to show the end");
    assertThat(tab.eval(inReport("doc.querySelector('svg [data-state=\"Done\"]')"
        + ".getAttribute('class')")).asString()).contains("sc-succeeded");
    assertThat(tab.eval("document.getElementById('sc-output').textContent").asString())
        .contains("\"approved\":true");
    assertThat(tab.eval("document.getElementById('sc-stop').textContent").asString())
        .endsWith("UTC");
    // The frame's load event (after which the page chooses the state again) follows the parse.
    tab.await(inReport("doc.querySelector('.sc-selected') === null ? null"
        + " : doc.querySelector('.sc-selected').getAttribute('data-state')"),
        v -> v.asString("").equals("Prepare"), "the state chosen before to stay chosen");
  }

  @Test
  void answersAnUnknownPathWithAPageSayingSo() {
    HeadlessChromium.Tab tab = chromium.open(emulator.console().resolve("/console/nowhere"));

    assertThat(tab.eval("document.title").asString()).startsWith("Not found");
    assertThat(tab.eval("document.getElementById('problem').textContent").asString())
        .contains("/console/nowhere");
  }

  private static String create(SfnClient client, String name, String definition) {
    return client.createStateMachine(b -> b.name(name).definition(definition)
        .roleArn("arn:aws:iam::123456789012:role/console")).stateMachineArn();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static URI page(String executionArn) {
    return emulator.console().resolve("/console/execution?arn="
        + java.net.URLEncoder.encode(executionArn, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A JavaScript expression over the report frame's document, named {@code doc}. */
  private static String inReport(String expression) {
    return "(function () { var doc = document.getElementById('sc-report').contentDocument;"
        + " return " + expression + "; })()";
  }

  private static void awaitReport(HeadlessChromium.Tab tab) {
    tab.await(inReport("doc.readyState === 'complete' && doc.querySelectorAll('svg [data-state]')"
        + ".length > 0"), v -> v.asBoolean(false), "the report's diagram");
  }

  private static String timeline(HeadlessChromium.Tab tab) {
    return tab.eval(inReport("Array.from(doc.querySelectorAll('tbody tr td:nth-child(3)'))"
        + ".map(function (e) { return e.textContent; }).join(' ')")).asString();
  }

  /** Each row of {@code rows}: the text of its {@code cells}, joined by {@code |}. */
  private static List<String> texts(HeadlessChromium.Tab tab, String rows, String cells) {
    JsonNode value = tab.eval("Array.from(document.querySelectorAll('" + rows + "'))"
        + ".map(function (r) { return Array.from(r.querySelectorAll('" + cells + "'))"
        + ".map(function (c) { return c.textContent.trim(); }).join('|'); })");
    List<String> texts = new ArrayList<>();
    value.forEach(v -> texts.add(v.asString()));
    return texts;
  }

  /** Clicks the link saying {@code text} and waits until the page it leads to has loaded. */
  private static void follow(HeadlessChromium.Tab tab, String links, String text,
      String query) {
    tab.eval("Array.from(document.querySelectorAll('" + links + "')).find(function (a) {"
        + " return a.textContent === '" + text + "'; }).click()");
    tab.await("location.search.indexOf('" + query + "') >= 0"
        + " && document.readyState === 'complete'", v -> v.asBoolean(false),
        "the page behind the link " + text);
  }
}
