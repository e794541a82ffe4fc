package io.statecraft.compiler.internal.policy;

import java.util.ArrayList;
import java.util.List;

/** Integrations that start a job Step Functions can wait for ({@code .sync}). */
final class Jobs {

  private Jobs() {}

  /**
   * states:startExecution: StartExecution on the state machine; {@code .sync} and
   * {@code .sync:2} add DescribeExecution and StopExecution on its executions and the managed rule.
   */
  static void stepFunctions(Site site, Args args, boolean sync) {
    Args.Value machine = args.get("StateMachineArn");
    String machineArn = Named.arn(site, machine, text -> site.arn("states", "stateMachine:" + text),
        "arn:" + site.partition + ":states:*:*:stateMachine:*", "states:StartExecution",
        "state machines", "StateMachineArn", Services.fieldPointer(args, "StateMachineArn"));
    site.grant(List.of("states:StartExecution"), List.of(machineArn));
    if (!sync) {
      return;
    }
    String executions = executionsOf(machineArn);
    if (executions == null) {
      executions = site.arn("states", "execution:*");
      site.warn(machine.pointer(), "StateMachineArn " + machineArn + " is known only at deploy"
          + " time, so states:DescribeExecution and states:StopExecution are allowed on "
          + executions + ": narrow it to execution:NAME:* of the state machine it names");
    }
    site.grant(List.of("states:DescribeExecution", "states:StopExecution"), List.of(executions));
    Optimized.managedRule(site, "StepFunctionsGetEventsForStepFunctionsExecutionRule");
  }

  /** {@code arn:...:stateMachine:NAME[:qualifier]} to {@code arn:...:execution:NAME:*}; else null. */
  static String executionsOf(String machineArn) {
    String[] parts = Arns.split(machineArn, 0);
    if (parts.length < 7 || !parts[0].equals("arn") || !parts[5].equals("stateMachine")) {
      return null;
    }
    return String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4], "execution",
        parts[6], "*");
  }

  /**
   * ecs:runTask: RunTask on the task definition, iam:PassRole for its roles; {@code .sync} adds
   * StopTask and DescribeTasks (which ECS authorizes only on *) and the managed rule.
   */
  static void ecs(Site site, Args args, boolean sync) {
    Args.Value definition = args.get("TaskDefinition");
    String arn = Named.arn(site, definition, text -> site.arn("ecs", "task-definition/"
            + (text.contains(":") ? text : text + ":*")),
        site.arn("ecs", "task-definition/*"), "ecs:RunTask", "task definitions", "TaskDefinition",
        Services.fieldPointer(args, "TaskDefinition"));
    if (arn.startsWith("arn:") && arn.contains(":task-definition/")
        && !arn.substring(arn.indexOf(":task-definition/") + 17).contains(":")) {
      arn = arn + ":*"; // an ARN without revision runs the latest: any revision may be it
    }
    site.grant(List.of("ecs:RunTask"), List.of(arn));
    passRoles(site, args);
    if (sync) {
      site.grant(List.of("ecs:StopTask", "ecs:DescribeTasks"), List.of("*"));
      Optimized.managedRule(site, "StepFunctionsGetEventsForECSTaskRule");
    }
  }

  /** iam:PassRole for the roles the task runs with, limited to ECS tasks. */
  private static void passRoles(Site site, Args args) {
    Args overrides = args.object("Overrides");
    List<String> roles = new ArrayList<>();
    boolean open = false;
    for (String field : List.of("TaskRoleArn", "ExecutionRoleArn")) {
      Args.Value role = overrides.get(field);
      if (role.isLiteral()) {
        roles.add(role.literal());
      } else {
        open = true;
      }
    }
    if (open) {
      String any = "arn:" + site.partition + ":iam::" + site.account + ":role/*";
      roles.add(any);
      site.warn(Services.fieldPointer(args, "TaskDefinition"), "ECS runs the task with the task"
          + " and execution roles of its task definition, which the definition does not name,"
          + " so iam:PassRole is allowed on " + any + " (to ecs-tasks.amazonaws.com only):"
          + " narrow it to those roles, or name them in Overrides.TaskRoleArn and"
          + " Overrides.ExecutionRoleArn");
    }
    site.grant(List.of("iam:PassRole"), roles,
        Optimized.condition("StringEquals", "iam:PassedToService", "ecs-tasks.amazonaws.com"));
  }

  /**
   * batch:submitJob: SubmitJob on the job definition and queue; {@code .sync} adds DescribeJobs
   * and TerminateJob (on *, as AWS documents) and the managed rule.
   */
  static void batch(Site site, Args args, boolean sync) {
    Args.Value definition = args.get("JobDefinition");
    String definitionArn = Named.arn(site, definition,
        text -> site.arn("batch", "job-definition/" + (text.contains(":") ? text : text + ":*")),
        site.arn("batch", "job-definition/*"), "batch:SubmitJob", "job definitions",
        "JobDefinition", Services.fieldPointer(args, "JobDefinition"));
    Args.Value queue = args.get("JobQueue");
    String queueArn = Named.arn(site, queue, text -> site.arn("batch", "job-queue/" + text),
        site.arn("batch", "job-queue/*"), "batch:SubmitJob", "job queues", "JobQueue",
        Services.fieldPointer(args, "JobQueue"));
    site.grant(List.of("batch:SubmitJob"), List.of(definitionArn, queueArn));
    if (sync) {
      site.grant(List.of("batch:DescribeJobs", "batch:TerminateJob"), List.of("*"));
      Optimized.managedRule(site, "StepFunctionsGetEventsForBatchJobsRule");
    }
  }

  /** glue:startJobRun: StartJobRun on the job; {@code .sync} adds GetJobRun(s), BatchStopJobRun. */
  static void glue(Site site, Args args, boolean sync) {
    Args.Value job = args.get("JobName");
    String arn = Named.arn(site, job, text -> site.arn("glue", "job/" + text),
        site.arn("glue", "job/*"), "glue:StartJobRun", "jobs", "JobName",
        Services.fieldPointer(args, "JobName"));
    site.grant(sync
        ? List.of("glue:StartJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun")
        : List.of("glue:StartJobRun"), List.of(arn));
  }

  /** codebuild:startBuild: StartBuild on the project; {@code .sync} adds following and stopping it. */
  static void codeBuild(Site site, Args args, boolean sync) {
    Args.Value project = args.get("ProjectName");
    String arn = Named.arn(site, project, text -> site.arn("codebuild", "project/" + text),
        site.arn("codebuild", "project/*"), "codebuild:StartBuild", "projects", "ProjectName",
        Services.fieldPointer(args, "ProjectName"));
    if (!sync) {
      site.grant(List.of("codebuild:StartBuild"), List.of(arn));
      return;
    }
    site.grant(List.of("codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds",
        "codebuild:BatchGetReports"), List.of(arn));
    Optimized.managedRule(site, "StepFunctionsGetEventForCodeBuildStartBuildRule");
  }

  /**
   * Athena: the call on the workgroup (primary unless WorkGroup names one). Starting a query also
   * needs what the query reads and writes, which the definition does not name: S3 and the Glue
   * Data Catalog as AWS generates them.
   */
  static void athena(Site site, Args args, String api, boolean sync) {
    String action = "athena:" + SdkCalls.pascal(api);
    if (!api.equals("startQueryExecution")) {
      // These calls name only a query execution ID, not its workgroup.
      site.grant(List.of(action), List.of(site.arn("athena", "workgroup/*")));
      if (api.equals("getQueryResults")) {
        site.grant(List.of("s3:GetObject"), List.of("arn:" + site.partition + ":s3:::*"));
      }
      return;
    }
    Args.Value group = args.get("WorkGroup");
    String workgroup = group.isDynamic() ? site.arn("athena", "workgroup/*")
        : site.arn("athena", "workgroup/" + (group.isLiteral() ? group.literal() : "primary"));
    if (group.isDynamic()) {
      site.widened(group, action, workgroup, "workgroups");
    }
    List<String> actions = new ArrayList<>(List.of("athena:StartQueryExecution",
        "athena:GetDataCatalog"));
    if (sync) {
      actions.addAll(List.of("athena:GetQueryExecution", "athena:StopQueryExecution"));
    }
    site.grant(actions, List.of(workgroup, site.arn("athena", "datacatalog/*")));
    site.grant(List.of("s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket",
        "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload",
        "s3:CreateBucket", "s3:PutObject"), List.of("arn:" + site.partition + ":s3:::*"));
    site.grant(List.of("glue:CreateDatabase", "glue:GetDatabase", "glue:GetDatabases",
        "glue:UpdateDatabase", "glue:DeleteDatabase", "glue:CreateTable", "glue:UpdateTable",
        "glue:GetTable", "glue:GetTables", "glue:DeleteTable", "glue:BatchDeleteTable",
        "glue:BatchCreatePartition", "glue:CreatePartition", "glue:UpdatePartition",
        "glue:GetPartition", "glue:GetPartitions", "glue:BatchGetPartition",
        "glue:DeletePartition", "glue:BatchDeletePartition"),
        List.of(site.arn("glue", "catalog"), site.arn("glue", "database/*"),
            site.arn("glue", "table/*"), site.arn("glue", "userDefinedFunction/*")));
    site.grant(List.of("lakeformation:GetDataAccess"), List.of("*"));
    site.warn(Services.fieldPointer(args, "QueryString"), "the buckets and Glue tables the query"
        + " reads and writes are not named in the definition, so S3 and Glue Data Catalog"
        + " access is allowed as AWS generates it (every bucket, database and table): narrow it"
        + " to the query's tables and its output location");
  }
}
