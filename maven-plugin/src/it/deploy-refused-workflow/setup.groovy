// An emulator outside the builds, alive from the first to the last, whose endpoint every build
// deploys to; verify.groovy closes it.
import io.statecraft.emulator.StepFunctionsEmulator

def emulator = StepFunctionsEmulator.builder().port(0).start()
context.emulator = emulator
context.userProperties.put('sfn.endpoint', emulator.endpoint().toString())
return true
