"""Drives a running Statecraft emulator with boto3 and the aws CLI, as users would drive AWS.

Usage: python3 emulator_clients.py http://127.0.0.1:PORT
Exits 0 when every check passed; otherwise prints what differed and exits 1.
"""
import json
import os
import subprocess
import sys
import time

import boto3
from botocore.config import Config

ENDPOINT = sys.argv[1]
ROLE = "arn:aws:iam::123456789012:role/local"
ENV = dict(os.environ, AWS_ACCESS_KEY_ID="AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY="fake",
           AWS_DEFAULT_REGION="us-east-1", AWS_DISABLE_HOST_PREFIX_INJECTION="true")

sfn = boto3.client("stepfunctions", endpoint_url=ENDPOINT, region_name="us-east-1",
                   aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="fake",
                   # StartSyncExecution would otherwise go to sync-127.0.0.1.
                   config=Config(inject_host_prefix=False, read_timeout=70,
                                 retries={"max_attempts": 1}))


def check(label, actual, expected):
    if actual != expected:
        print(f"FAIL {label}: expected {expected!r}, was {actual!r}")
        sys.exit(1)
    print(f"ok   {label}")


def wait_end(arn):
    for _ in range(2000):
        described = sfn.describe_execution(executionArn=arn)
        if described["status"] != "RUNNING":
            return described
        time.sleep(0.005)
    raise AssertionError(f"{arn} still running")


def history(arn):
    return sfn.get_execution_history(executionArn=arn)["events"]


def aws(*args):
    result = subprocess.run(["aws", "stepfunctions", "--endpoint-url", ENDPOINT, *args],
                            env=ENV, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        print(f"FAIL aws {' '.join(args)}: {result.stderr}")
        sys.exit(1)
    return json.loads(result.stdout) if result.stdout.strip() else {}


# A state machine, executions and their history.
machine = sfn.create_state_machine(
    name="py-hello", roleArn=ROLE,
    definition=json.dumps({"StartAt": "P", "States": {"P": {
        "Type": "Pass", "Parameters": {"hello.$": "$.who"}, "End": True}}}))["stateMachineArn"]
check("state machine ARN", machine, "arn:aws:states:us-east-1:123456789012:stateMachine:py-hello")
runs = [sfn.start_execution(stateMachineArn=machine, name=f"run-{i}",
                            input=json.dumps({"who": i}))["executionArn"] for i in range(3)]
check("outputs", [json.loads(wait_end(a)["output"]) for a in runs],
      [{"hello": 0}, {"hello": 1}, {"hello": 2}])
check("history types", [e["type"] for e in history(runs[0])],
      ["ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"])
check("listed executions", len(sfn.list_executions(stateMachineArn=machine)["executions"]), 3)
try:
    sfn.describe_execution(executionArn=machine.replace("stateMachine", "execution") + ":none")
    check("missing execution raises", False, True)
except sfn.exceptions.ExecutionDoesNotExist as e:
    check("missing execution error code", e.response["Error"]["Code"], "ExecutionDoesNotExist")

# A callback task completed with its token.
callback = sfn.create_state_machine(
    name="py-callback", roleArn=ROLE,
    definition=json.dumps({"StartAt": "Ask", "States": {"Ask": {
        "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
        "End": True}}}))["stateMachineArn"]
waiting = sfn.start_execution(stateMachineArn=callback)["executionArn"]
token = None
for _ in range(2000):
    events = history(waiting)
    if any(e["type"] == "TaskSubmitted" for e in events):
        scheduled = next(e for e in events if e["type"] == "TaskScheduled")
        token = json.loads(scheduled["taskScheduledEventDetails"]["parameters"])["MessageBody"]["token"]
        break
    time.sleep(0.005)
sfn.send_task_success(taskToken=token, output=json.dumps({"approved": True}))
check("callback output", json.loads(wait_end(waiting)["output"]), {"approved": True})

# An activity worker loop: poll, heartbeat, answer, until the executions are done.
activity = sfn.create_activity(name="py-worker")["activityArn"]
worker = sfn.create_state_machine(
    name="py-activity", roleArn=ROLE,
    definition=json.dumps({"StartAt": "Work", "States": {"Work": {
        "Type": "Task", "Resource": activity, "HeartbeatSeconds": 30, "End": True}}}))["stateMachineArn"]
jobs = [sfn.start_execution(stateMachineArn=worker, input=json.dumps({"n": n}))["executionArn"]
        for n in range(3)]
done = 0
while done < len(jobs):
    task = sfn.get_activity_task(activityArn=activity, workerName="py-worker-1")
    if not task.get("taskToken"):
        continue
    sfn.send_task_heartbeat(taskToken=task["taskToken"])
    sfn.send_task_success(taskToken=task["taskToken"],
                          output=json.dumps({"square": json.loads(task["input"])["n"] ** 2}))
    done += 1
check("activity outputs", sorted(json.loads(wait_end(a)["output"])["square"] for a in jobs),
      [0, 1, 4])

# StartSyncExecution on an Express machine.
express = sfn.create_state_machine(
    name="py-express", roleArn=ROLE, type="EXPRESS",
    definition=json.dumps({"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}}))
sync = sfn.start_sync_execution(stateMachineArn=express["stateMachineArn"], input='{"x":1}')
check("sync status", (sync["status"], json.loads(sync["output"])), ("SUCCEEDED", {"x": 1}))

# The aws CLI, a second client on the same server.
listed = aws("list-state-machines")
check("aws CLI lists machines", "py-hello" in [m["name"] for m in listed["stateMachines"]], True)
started = aws("start-execution", "--state-machine-arn", machine, "--name", "cli-run",
              "--input", '{"who":"cli"}')
check("aws CLI output", json.loads(wait_end(started["executionArn"])["output"]), {"hello": "cli"})
events = aws("get-execution-history", "--execution-arn", started["executionArn"],
             "--reverse-order")["events"]
check("aws CLI history, newest first", events[0]["type"], "ExecutionSucceeded")
sync = aws("start-sync-execution", "--state-machine-arn", express["stateMachineArn"])
check("aws CLI start-sync-execution", sync["status"], "SUCCEEDED")
print("all checks passed")
