// An emulator and a local IAM alive from the first build to the last; verify.groovy closes both.
import io.statecraft.emulator.StepFunctionsEmulator
import io.statecraft.maven.LocalIam

def emulator = StepFunctionsEmulator.builder().port(0).start()
context.emulator = emulator
context.iam = LocalIam.start()
context.userProperties.put('sfn.endpoint', emulator.endpoint().toString())
context.userProperties.put('sfn.deploy.iamEndpoint', context.iam.endpoint().toString())
return true
