package io.statecraft.maven;

/**
 * The user properties of the plugin's parameters, all in the {@code sfn.} namespace
 * ({@code mvn sfn:deploy -Dsfn.dryRun}). Goal names are here too, for the mojos and their tests.
 */
final class Properties {

  static final String GENERATE = "generate";
  static final String VALIDATE = "validate";
  static final String DIAGRAM = "diagram";
  static final String DEPLOY = "deploy";
  static final String IMPORT = "import";
  static final String LOCAL = "local";
  static final String POLICY = "policy";

  static final String SKIP = "sfn.skip";
  static final String OUTPUT_DIRECTORY = "sfn.outputDirectory";
  static final String DEFINITIONS_DIRECTORY = "sfn.definitionsDirectory";
  static final String FAIL_ON_WARNING = "sfn.validate.failOnWarning";
  static final String VALIDATE_SARIF = "sfn.validate.sarif";
  static final String DRY_RUN = "sfn.dryRun";
  static final String REGION = "sfn.region";
  static final String PROFILE = "sfn.profile";
  static final String ENDPOINT = "sfn.endpoint";
  static final String ROLE_ARN = "sfn.roleArn";
  static final String CREATE_ROLE = "sfn.deploy.createRole";
  static final String ROLE_NAME = "sfn.deploy.roleName";
  static final String IAM_ENDPOINT = "sfn.deploy.iamEndpoint";
  static final String TYPE = "sfn.type";
  static final String ALIAS = "sfn.alias";
  static final String VERSION_DESCRIPTION = "sfn.versionDescription";
  static final String CANARY_WEIGHT = "sfn.canaryWeight";
  static final String WORKFLOWS = "sfn.workflows";
  static final String LOCAL_PORT = "sfn.local.port";
  static final String LOCAL_MOCK_CONFIG = "sfn.local.mockConfig";
  static final String LOCAL_WAIT = "sfn.local.wait";
  static final String LOCAL_CREATE_WORKFLOWS = "sfn.local.createWorkflows";
  static final String LOCAL_S3_DIR = "sfn.local.s3Dir";
  static final String LOCAL_DATA_DIR = "sfn.local.dataDir";
  static final String IMPORT_FILE = "sfn.import.file";
  static final String IMPORT_PACKAGE = "sfn.import.package";
  static final String IMPORT_CLASS = "sfn.import.className";
  static final String POLICY_ACCOUNT = "sfn.policy.account";

  private Properties() {}
}
