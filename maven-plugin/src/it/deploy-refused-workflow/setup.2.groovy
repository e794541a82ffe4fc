// Before build 2: build 1 left the emulator empty.
def names = evaluate(new File(basedir, 'StateMachines.groovy'))
assert names(context.emulator) == []
return true
