package io.statecraft.dsl.internal;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import io.statecraft.dsl.flow.FailStep;
import io.statecraft.dsl.flow.SucceedStep;
import io.statecraft.dsl.flow.WaitStep;
import io.statecraft.dsl.internal.value.Numbers;
import io.statecraft.dsl.payload.Intrinsic;
import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Jsonata;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/** Builders of the states whose few language-specific fields are checked at build time. */
public final class SimpleImpls {

  private SimpleImpls() {}

  /** {@code Steps.waitFor}. */
  public static WaitImpl waitFor(String name, Duration duration) {
    Fields fields = StateNode.start(name);
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isNegative() || duration.getNano() != 0) {
      throw new IllegalArgumentException(
          "duration must be a whole number of seconds >= 0, was " + duration);
    }
    fields.seconds = io.statecraft.asl.value.NumberOrExpression.of(duration.getSeconds());
    return new WaitImpl(fields);
  }

  /** {@code Steps.waitFor}. */
  public static WaitImpl waitFor(String name, JsonPath secondsPath) {
    Fields fields = StateNode.start(name);
    fields.secondsPath = Objects.requireNonNull(secondsPath, "secondsPath == null").expression();
    fields.use(QueryLanguage.JSONPATH, "SecondsPath");
    return new WaitImpl(fields);
  }

  /** {@code Steps.waitFor}. */
  public static WaitImpl waitFor(String name, Jsonata seconds) {
    Fields fields = StateNode.start(name);
    fields.seconds = io.statecraft.asl.value.NumberOrExpression.expression(
        Objects.requireNonNull(seconds, "seconds == null").text());
    fields.use(QueryLanguage.JSONATA, "Seconds");
    return new WaitImpl(fields);
  }

  /** {@code Steps.waitFor}. */
  public static WaitImpl waitFor(String name, String placeholder) {
    Fields fields = StateNode.start(name);
    fields.seconds = Numbers.placeholder(placeholder, "seconds");
    return new WaitImpl(fields);
  }

  /** {@code Steps.waitUntil}. */
  public static WaitImpl waitUntil(String name, Instant time) {
    Fields fields = StateNode.start(name);
    fields.timestamp = Objects.requireNonNull(time, "time == null").toString();
    return new WaitImpl(fields);
  }

  /** {@code Steps.waitUntil}. */
  public static WaitImpl waitUntil(String name, JsonPath timestampPath) {
    Fields fields = StateNode.start(name);
    fields.timestampPath =
        Objects.requireNonNull(timestampPath, "timestampPath == null").expression();
    fields.use(QueryLanguage.JSONPATH, "TimestampPath");
    return new WaitImpl(fields);
  }

  /** {@code Steps.waitUntil}. */
  public static WaitImpl waitUntil(String name, Jsonata timestamp) {
    Fields fields = StateNode.start(name);
    fields.timestamp = Objects.requireNonNull(timestamp, "timestamp == null").text();
    fields.use(QueryLanguage.JSONATA, "Timestamp");
    return new WaitImpl(fields);
  }

  /** {@code Steps.succeed}. */
  public static SucceedImpl succeed(String name) {
    return new SucceedImpl(StateNode.start(name));
  }

  /** {@code Steps.fail}. */
  public static FailImpl fail(String name) {
    return new FailImpl(StateNode.start(name));
  }

  public static final class WaitImpl extends StepImpl<WaitImpl> implements WaitStep {

    WaitImpl(Fields fields) {
      super(fields, StateType.WAIT, WaitImpl::new);
    }
  }

  public static final class SucceedImpl extends StepImpl<SucceedImpl> implements SucceedStep {

    SucceedImpl(Fields fields) {
      super(fields, StateType.SUCCEED, SucceedImpl::new);
    }
  }

  public static final class FailImpl extends StepImpl<FailImpl> implements FailStep {

    FailImpl(Fields fields) {
      super(fields, StateType.FAIL, FailImpl::new);
    }

    @Override
    public FailImpl error(String error) {
      return errorAndCause(null, null, f -> f.error(req(error, "error"), null));
    }

    @Override
    public FailImpl error(Jsonata error) {
      return errorAndCause(QueryLanguage.JSONATA, "Error",
          f -> f.error(req(error, "error").text(), null));
    }

    @Override
    public FailImpl errorPath(JsonPath path) {
      return errorAndCause(QueryLanguage.JSONPATH, "ErrorPath",
          f -> f.error(null, req(path, "path").text()));
    }

    @Override
    public FailImpl errorPath(Intrinsic function) {
      return errorAndCause(QueryLanguage.JSONPATH, "ErrorPath",
          f -> f.error(null, req(function, "function").text()));
    }

    @Override
    public FailImpl cause(String cause) {
      return errorAndCause(null, null, f -> f.cause(req(cause, "cause"), null));
    }

    @Override
    public FailImpl cause(Jsonata cause) {
      return errorAndCause(QueryLanguage.JSONATA, "Cause",
          f -> f.cause(req(cause, "cause").text(), null));
    }

    @Override
    public FailImpl causePath(JsonPath path) {
      return errorAndCause(QueryLanguage.JSONPATH, "CausePath",
          f -> f.cause(null, req(path, "path").text()));
    }

    @Override
    public FailImpl causePath(Intrinsic function) {
      return errorAndCause(QueryLanguage.JSONPATH, "CausePath",
          f -> f.cause(null, req(function, "function").text()));
    }

    /** A copy with {@code change} applied; a {@code field} of only {@code language}, unless null. */
    private FailImpl errorAndCause(QueryLanguage language, String field, Consumer<Fields> change) {
      return language == null ? copy(change) : copy(language, field, change);
    }
  }
}
