// An emulator alive from the first build to the last, behind an endpoint whose validation refuses
// definitions containing "refused-by-aws"; every build deploys there. verify.groovy closes both.
import io.statecraft.emulator.StepFunctionsEmulator
import io.statecraft.maven.StricterValidation

def emulator = StepFunctionsEmulator.builder().port(0).start()
context.emulator = emulator
context.aws = StricterValidation.start(emulator.endpoint(), 'refused-by-aws')
context.userProperties.put('sfn.endpoint', context.aws.endpoint().toString())
return true
