// After the three builds the emulator holds what builds 2 and 3 created, nothing else.
def names = evaluate(new File(basedir, 'StateMachines.groovy'))
try {
  assert names(context.emulator) == ['Alpha', 'Beta', 'Gamma', 'Scatter', 'Zeta']
} finally {
  context.emulator.close()
}
return true
