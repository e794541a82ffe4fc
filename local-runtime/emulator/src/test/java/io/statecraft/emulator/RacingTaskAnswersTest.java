package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * SendTaskSuccess and SendTaskFailure racing on one token through the AWS SDK: exactly one wins,
 * the other gets AWS's TaskTimedOut ("the task associated with the token has already been
 * closed"), never a second silent 200.
 */
@Timeout(60)
class RacingTaskAnswersTest {

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.standard();

  @Test
  void should_answer_exactly_one_of_two_racing_answers_with_200() throws Exception {
    String activity = API.sfn().createActivity(b -> b.name("raced")).activityArn();
    String machine = API.sfn().createStateMachine(b -> b.name("raced")
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE).definition("""
            {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s","End":true}}}"""
            .formatted(activity))).stateMachineArn();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 50; i++) {
        API.sfn().startExecution(b -> b.stateMachineArn(machine));
        String token = API.sfn().getActivityTask(b -> b.activityArn(activity)).taskToken();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<String>> answers = List.of(
            () -> answer(together, () -> API.sfn().sendTaskSuccess(b -> b.taskToken(token)
                .output("{}"))),
            () -> answer(together, () -> API.sfn().sendTaskFailure(b -> b.taskToken(token)
                .error("E"))));
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : threads.invokeAll(answers)) {
          outcomes.add(outcome.get());
        }
        assertThat(outcomes).as("try %d", i).containsExactlyInAnyOrder("200", "TaskTimedOut");
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static String answer(CyclicBarrier together, Runnable call) throws Exception {
    together.await();
    try {
      call.run();
      return "200";
    } catch (TaskTimedOutException e) {
      return "TaskTimedOut";
    }
  }
}
