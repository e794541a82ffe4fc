package io.statecraft.emulator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real Chromium, headless, driven over the Chrome DevTools Protocol with the JDK's own
 * WebSocket client (no WebDriver, nothing downloaded): pages are opened, their scripts run, and
 * tests read the DOM by evaluating JavaScript in them.
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.launch()) {
 *   HeadlessChromium.Tab tab = chromium.open(URI.create("http://127.0.0.1:8083/"));
 *   String title = tab.eval("document.title").asString();
 * }
 * }</pre>
 *
 * <p>Where no browser is installed, {@link #launch()} skips the test with what to install, or,
 * when the environment sets {@code STATECRAFT_BROWSER_REQUIRED=1} (as CI does), fails it.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
  /** Flags that keep Chromium off the network and out of any profile but its own. */
  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox",
      "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-default-apps",
      "--remote-debugging-port=0", "--window-size=1280,1024");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Chromium found on the PATH (or at {@code $STATECRAFT_CHROMIUM}), started headless. */
  static HeadlessChromium launch() throws IOException, InterruptedException {
    Optional<Path> binary = find();
    if (binary.isEmpty()) {
      String message = "No Chromium found (looked for $STATECRAFT_CHROMIUM and " + NAMES
          + " on the PATH): install the Debian/Ubuntu package chromium (apt-get install"
          + " chromium) to run the console's browser tests.";
      if ("1".equals(System.getenv("STATECRAFT_BROWSER_REQUIRED"))) {
        Assertions.fail(message + " STATECRAFT_BROWSER_REQUIRED=1 makes this a failure.");
      }
      Assumptions.abort(message);
    }
    Path profile = Files.createTempDirectory("statecraft-chromium");
    List<String> command = new java.util.ArrayList<>();
    command.add(binary.get().toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile);
    command.add("about:blank");
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(profile.resolve("chromium.log").toFile())
        .start();
    try {
      URI endpoint = endpoint(process, profile);
      Listener listener = new Listener();
      WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .buildAsync(endpoint, listener).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      HeadlessChromium chromium = new HeadlessChromium(process, profile, socket);
      listener.owner = chromium;
      return chromium;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      process.destroyForcibly();
      throw new IllegalStateException("Chromium did not open its DevTools endpoint: " + e
          + "\n" + log(profile), e);
    }
  }

  private static Optional<Path> find() {
    String given = System.getenv("STATECRAFT_CHROMIUM");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (!dir.isEmpty() && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** The browser's WebSocket address, which Chromium writes to DevToolsActivePort once up. */
  private static URI endpoint(Process process, Path profile)
      throws IOException, InterruptedException {
    Path file = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file);
        if (lines.size() >= 2) {
          return URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("Chromium exited with " + process.exitValue());
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("no DevToolsActivePort after " + WAIT.toSeconds() + " s");
  }

  private static String log(Path profile) {
    try {
      return Files.readString(profile.resolve("chromium.log"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** A new tab showing {@code url}, once its document has loaded. */
  Tab open(URI url) {
    String target = send(null, "Target.createTarget", object().put("url", "about:blank"))
        .get("targetId").asString();
    String session = send(null, "Target.attachToTarget",
        object().put("targetId", target).put("flatten", true)).get("sessionId").asString();
    Tab tab = new Tab(session);
    tab.navigate(url);
    return tab;
  }

  /** One page, addressed by its DevTools session. */
  final class Tab {
    private final String session;

    private Tab(String session) {
      this.session = session;
    }

    /** Loads {@code url} and waits until its document (and the scripts in it) has loaded. */
    void navigate(URI url) {
      send(session, "Page.enable", object());
      JsonNode answer = send(session, "Page.navigate", object().put("url", url.toString()));
      if (answer.hasNonNull("errorText")) {
        throw new AssertionError("Chromium could not load " + url + ": "
            + answer.get("errorText").asString());
      }
      await("document.readyState === 'complete' && location.href === "
          + JSON.writeValueAsString(url.toString()), v -> v.asBoolean(false),
          "the page " + url + " to load");
    }

    /**
     * The value of the JavaScript expression {@code expression} in the page (a promise is
     * awaited); an exception in the page fails the test with its text.
     */
    JsonNode eval(String expression) {
      JsonNode answer = send(session, "Runtime.evaluate", object()
          .put("expression", expression).put("returnByValue", true).put("awaitPromise", true));
      if (answer.has("exceptionDetails")) {
        throw new AssertionError("JavaScript failed: " + expression + "\n"
            + answer.get("exceptionDetails"));
      }
      return answer.path("result").path("value");
    }

    /** Evaluates {@code expression} until its value passes {@code done}; fails after 20 s. */
    JsonNode await(String expression, Predicate<JsonNode> done, String what) {
      long deadline = System.nanoTime() + WAIT.toNanos();
      JsonNode value;
      do {
        value = eval(expression);
        if (done.test(value)) {
          return value;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted waiting for " + what, e);
        }
      } while (System.nanoTime() < deadline);
      throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what
          + "; last value of " + expression + ": " + value);
    }
  }

  private JsonNode send(String session, String method, ObjectNode params) {
    long id = ids.incrementAndGet();
    ObjectNode message = object().put("id", id).put("method", method);
    message.set("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(),
          TimeUnit.SECONDS);
      JsonNode reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new AssertionError("DevTools refused " + method + ": " + reply.get("error"));
      }
      return reply.path("result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted in " + method, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("DevTools did not answer " + method + ": " + e, e);
    } finally {
      pending.remove(id);
    }
  }

  private static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** Gathers each message's fragments and completes the command it answers. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();
    private volatile HeadlessChromium owner;

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        JsonNode message = JSON.readTree(text.toString());
        text.setLength(0);
        HeadlessChromium chromium = owner;
        if (chromium != null && message.has("id")) {
          CompletableFuture<JsonNode> waiting = chromium.pending.get(message.get("id").asLong());
          if (waiting != null) {
            waiting.complete(message);
          }
        }
      }
      socket.request(1);
      return null;
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true);
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> {
          try {
            Files.deleteIfExists(file);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        // Chromium's helpers may still be writing: a temporary folder left behind harms nobody.
      }
    }
  }
}
