package io.statecraft.emulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of the emulator's tests: it drops everything, except while a test captures
 * what is logged, which it then records in memory.
 *
 * <pre>{@code
 * try (RecordedLogs.Capture logs = RecordedLogs.capture()) {
 *   ... call the emulator ...
 *   assertThat(logs.lines()).contains("INFO StartExecution 400 InvalidArn: ...");
 * }
 * }</pre>
 */
public final class RecordedLogs implements SLF4JServiceProvider {

  private static volatile Capture current;

  private final ILoggerFactory loggers = Recorder::new;
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** Records what is logged, at every level and from every thread, until closed. */
  static Capture capture() {
    Capture capture = new Capture();
    current = capture;
    return capture;
  }

  /** What was logged while it was open, one {@code LEVEL message} line per event. */
  static final class Capture implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();

    List<String> lines() {
      return List.copyOf(lines);
    }

    /** The throwables logged with the events, in order. */
    List<Throwable> thrown() {
      return List.copyOf(thrown);
    }

    @Override
    public void close() {
      current = null;
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class Recorder extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    Recorder(String name) {
      this.name = name;
    }

    private static boolean on() {
      return current != null;
    }

    @Override
    public boolean isTraceEnabled() {
      return on();
    }

    @Override
    public boolean isDebugEnabled() {
      return on();
    }

    @Override
    public boolean isInfoEnabled() {
      return on();
    }

    @Override
    public boolean isWarnEnabled() {
      return on();
    }

    @Override
    public boolean isErrorEnabled() {
      return on();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
        Object[] arguments, Throwable throwable) {
      Capture capture = current;
      if (capture != null) {
        capture.lines.add(level + " " + MessageFormatter.basicArrayFormat(pattern, arguments));
        if (throwable != null) {
          capture.thrown.add(throwable);
        }
      }
    }
  }
}
