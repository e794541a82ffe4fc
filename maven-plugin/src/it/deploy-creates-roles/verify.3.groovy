def text = new File(basedir, 'build.log').text
def log = text.substring(text.lastIndexOf('verify.2.groovy'))
def role = 'arn:aws:iam::123456789012:role/'
assert log.indexOf("[INFO] Created role notify-statecraft for notify: ${role}notify-statecraft") <
    log.indexOf('[INFO] Created notify: arn:aws:states:us-east-1:123456789012:stateMachine:notify:1')
assert log.contains("[INFO] Created role wait-statecraft for wait: ${role}wait-statecraft")
assert context.iam.roles().keySet() == ['notify-statecraft', 'wait-statecraft'] as Set
assert context.iam.roles().values().every { it.contains('"Service":"states.amazonaws.com"') }
def policies = context.iam.policies()
assert policies.keySet() == ['notify-statecraft/statecraft-least-privilege'] as Set
assert policies.values()[0].contains('arn:aws:sns:us-east-1:123456789012:orders')
return true
