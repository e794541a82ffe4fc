// An emulator outside the build, alive until verify.groovy has run the deployed workflow on it;
// the build deploys to it through sfn.endpoint.
import io.statecraft.emulator.StepFunctionsEmulator

def emulator = StepFunctionsEmulator.builder().port(0).start()
context.emulator = emulator
context.userProperties.put('sfn.endpoint', emulator.endpoint().toString())
return true
