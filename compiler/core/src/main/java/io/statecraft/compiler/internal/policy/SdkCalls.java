package io.statecraft.compiler.internal.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SDK integrations ({@code arn:aws:states:::aws-sdk:SERVICE:ACTION}): the IAM action is the
 * service's IAM prefix and the API name in PascalCase ({@code s3:getObject} to
 * {@code s3:GetObject}), except where the service authorizes an API under other actions
 * ({@code s3:listObjectsV2} is {@code s3:ListBucket}). Resources are derived for the services
 * whose parameters name them (S3, DynamoDB, SQS, SNS, Lambda, Step Functions) and from ARNs of the
 * service written in the parameters; otherwise {@code *}, with a warning.
 */
final class SdkCalls {

  /** SDK service names whose IAM prefix differs. */
  private static final Map<String, String> PREFIXES = Map.ofEntries(
      Map.entry("sfn", "states"),
      Map.entry("stepfunctions", "states"),
      Map.entry("cloudwatchlogs", "logs"),
      Map.entry("cloudwatchevents", "events"),
      Map.entry("eventbridge", "events"),
      Map.entry("elasticloadbalancingv2", "elasticloadbalancing"),
      Map.entry("efs", "elasticfilesystem"),
      Map.entry("emr", "elasticmapreduce"),
      Map.entry("emrcontainers", "emr-containers"),
      Map.entry("emrserverless", "emr-serverless"),
      Map.entry("opensearch", "es"),
      Map.entry("elasticsearch", "es"),
      Map.entry("opensearchserverless", "aoss"),
      Map.entry("apigatewayv2", "apigateway"),
      Map.entry("apigatewaymanagementapi", "execute-api"),
      Map.entry("sesv2", "ses"),
      Map.entry("pinpointemail", "ses"),
      Map.entry("pinpointsmsvoice", "sms-voice"),
      Map.entry("applicationautoscaling", "application-autoscaling"),
      Map.entry("cognitoidentityprovider", "cognito-idp"),
      Map.entry("cognitoidentity", "cognito-identity"),
      Map.entry("cognitosync", "cognito-sync"),
      Map.entry("dynamodbstreams", "dynamodb"),
      Map.entry("kinesisanalyticsv2", "kinesisanalytics"),
      Map.entry("acmpca", "acm-pca"),
      Map.entry("configservice", "config"),
      Map.entry("costexplorer", "ce"),
      Map.entry("databasemigration", "dms"),
      Map.entry("directoryservice", "ds"),
      Map.entry("docdb", "rds"),
      Map.entry("neptune", "rds"),
      Map.entry("rdsdata", "rds-data"),
      Map.entry("redshiftdata", "redshift-data"),
      Map.entry("redshiftserverless", "redshift-serverless"),
      Map.entry("iotdataplane", "iot"),
      Map.entry("iotdata", "iot"),
      Map.entry("ioteventsdata", "iotevents"),
      Map.entry("lexruntime", "lex"),
      Map.entry("lexruntimev2", "lex"),
      Map.entry("lexmodelbuilding", "lex"),
      Map.entry("lexmodelsv2", "lex"),
      Map.entry("mediapackagevod", "mediapackage-vod"),
      Map.entry("mediastoredata", "mediastore"),
      Map.entry("marketplacemetering", "aws-marketplace"),
      Map.entry("marketplacecatalog", "aws-marketplace"),
      Map.entry("resourcegroupstaggingapi", "tag"),
      Map.entry("sagemakerruntime", "sagemaker"),
      Map.entry("ssoadmin", "sso"),
      Map.entry("ssooidc", "sso-oauth"),
      Map.entry("ssmincidents", "ssm-incidents"),
      Map.entry("ssmcontacts", "ssm-contacts"),
      Map.entry("networkfirewall", "network-firewall"),
      Map.entry("accessanalyzer", "access-analyzer"),
      Map.entry("computeoptimizer", "compute-optimizer"),
      Map.entry("licensemanager", "license-manager"),
      Map.entry("greengrassv2", "greengrass"),
      Map.entry("timestreamwrite", "timestream"),
      Map.entry("timestreamquery", "timestream"),
      Map.entry("qldbsession", "qldb"),
      Map.entry("appconfigdata", "appconfig"),
      Map.entry("forecastquery", "forecast"),
      Map.entry("personalizeruntime", "personalize"),
      Map.entry("personalizeevents", "personalize"),
      Map.entry("bedrockruntime", "bedrock"),
      Map.entry("bedrockagent", "bedrock"),
      Map.entry("bedrockagentruntime", "bedrock"),
      Map.entry("mwaa", "airflow"),
      Map.entry("migrationhub", "mgh"),
      Map.entry("serverlessapplicationrepository", "serverlessrepo"),
      Map.entry("cloudcontrol", "cloudformation"),
      Map.entry("s3control", "s3"),
      Map.entry("elasticinference", "elastic-inference"),
      Map.entry("ec2instanceconnect", "ec2-instance-connect"),
      Map.entry("iotwireless", "iotwireless"),
      Map.entry("route53resolver", "route53resolver"));

  /** SDK APIs IAM authorizes under other actions than their own name. */
  private static final Map<String, List<String>> ACTIONS = Map.ofEntries(
      Map.entry("s3:listObjectsV2", List.of("s3:ListBucket")),
      Map.entry("s3:listObjects", List.of("s3:ListBucket")),
      Map.entry("s3:headObject", List.of("s3:GetObject")),
      Map.entry("s3:headBucket", List.of("s3:ListBucket")),
      Map.entry("s3:listBuckets", List.of("s3:ListAllMyBuckets")),
      Map.entry("s3:listObjectVersions", List.of("s3:ListBucketVersions")),
      Map.entry("s3:listMultipartUploads", List.of("s3:ListBucketMultipartUploads")),
      Map.entry("s3:listParts", List.of("s3:ListMultipartUploadParts")),
      Map.entry("s3:deleteObjects", List.of("s3:DeleteObject")),
      Map.entry("s3:createMultipartUpload", List.of("s3:PutObject")),
      Map.entry("s3:uploadPart", List.of("s3:PutObject")),
      Map.entry("s3:completeMultipartUpload", List.of("s3:PutObject")),
      Map.entry("s3:getObjectAttributes", List.of("s3:GetObject", "s3:GetObjectAttributes")),
      Map.entry("s3:getBucketLifecycleConfiguration", List.of("s3:GetLifecycleConfiguration")),
      Map.entry("s3:putBucketLifecycleConfiguration", List.of("s3:PutLifecycleConfiguration")),
      Map.entry("lambda:invoke", List.of("lambda:InvokeFunction")),
      Map.entry("lambda:invokeAsync", List.of("lambda:InvokeFunction")),
      Map.entry("dynamodb:transactGetItems", List.of("dynamodb:GetItem")),
      Map.entry("dynamodb:transactWriteItems", List.of("dynamodb:PutItem",
          "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem")),
      Map.entry("sqs:sendMessageBatch", List.of("sqs:SendMessage")),
      Map.entry("sqs:deleteMessageBatch", List.of("sqs:DeleteMessage")),
      Map.entry("sqs:changeMessageVisibilityBatch", List.of("sqs:ChangeMessageVisibility")),
      Map.entry("sns:publishBatch", List.of("sns:Publish")),
      Map.entry("bedrockruntime:converse", List.of("bedrock:InvokeModel")),
      Map.entry("bedrockruntime:converseStream", List.of("bedrock:InvokeModelWithResponseStream")));

  private SdkCalls() {}

  /** The IAM prefix of an SDK service name. */
  static String prefix(String service) {
    return PREFIXES.getOrDefault(service, service);
  }

  /** {@code getObject} as {@code GetObject}. */
  static String pascal(String api) {
    return api.isEmpty() ? api : Character.toUpperCase(api.charAt(0)) + api.substring(1);
  }

  /** The IAM actions of {@code service:api} (an SDK API name in camelCase). */
  static List<String> actions(String service, String api) {
    List<String> mapped = ACTIONS.get(service + ":" + api);
    return mapped != null ? mapped : List.of(prefix(service) + ":" + pascal(api));
  }

  static void derive(Site site, String resourcePointer, String call, Args args) {
    String pattern = call.endsWith(".waitForTaskToken") ? ".waitForTaskToken" : "";
    String bare = call.substring(0, call.length() - pattern.length());
    int colon = bare.indexOf(':');
    if (colon <= 0 || colon == bare.length() - 1 || bare.indexOf(':', colon + 1) >= 0) {
      site.warn(resourcePointer, "aws-sdk:" + call + " does not name a service and an action"
          + " (aws-sdk:SERVICE:ACTION), so no permission is derived for it");
      return;
    }
    String service = bare.substring(0, colon);
    String api = bare.substring(colon + 1);
    List<String> actions = actions(service, api);
    if (service.equals("s3")) {
      SdkResources.s3(site, args, api, actions);
      return;
    }
    List<String> resources = SdkResources.named(site, service, args, actions.get(0));
    if (resources.isEmpty()) {
      resources = written(site, prefix(service), args);
    }
    if (resources.isEmpty()) {
      site.warn(resourcePointer, "no parameter of aws-sdk:" + service + ":" + api + " is an ARN"
          + " Statecraft can scope " + String.join(", ", actions) + " to, so it is allowed on *:"
          + " where the service authorizes it on resources (see its page in the Service"
          + " Authorization Reference), narrow it to those the call uses");
      resources = List.of("*");
    }
    site.grant(actions, resources);
  }

  /** The ARNs of service {@code prefix} written literally in the parameters. */
  private static List<String> written(Site site, String prefix, Args args) {
    Set<String> arns = new LinkedHashSet<>();
    for (String text : args.literalStrings()) {
      String[] parts = Arns.parts(text);
      if (parts != null && parts[2].equals(prefix)) {
        arns.add(text);
      }
    }
    return new ArrayList<>(arns);
  }
}
