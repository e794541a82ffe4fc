// The imported class compiles, is found as a workflow, and generates the same definition.
import groovy.json.JsonSlurper

def source = new File(basedir, 'src/main/java/com/example/flows/OrderFulfillment.java')
assert source.isFile()
assert source.text.contains('public final class OrderFulfillment implements Workflow')
def generated = new File(basedir, 'target/statecraft/OrderFulfillment.asl.json')
assert generated.isFile()
def slurper = new JsonSlurper()
assert slurper.parse(generated) == slurper.parse(new File(basedir, 'order-fulfillment.asl.json'))
return true
