// sfn:policy wrote the IAM policy of each definition that calls a service, and said why not for the other.
def out = new File(basedir, 'target/statecraft')
def expected = new File(basedir, 'expected/Orders.policy.json').text
assert new File(out, 'Orders.policy.json').text == expected
def notify = new File(out, 'notify.policy.json').text
assert notify.contains('"Action": "sns:Publish"')
assert notify.contains('"Resource": "arn:aws:sns:*:*:*"')
assert !new File(out, 'wait.policy.json').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] notify: /States/Notify/Parameters/TopicArn.$ (Notify): TopicArn.$ is computed at run time')
assert log.contains('[INFO] wait calls no AWS service: its execution role needs no permissions, no wait.policy.json written')
assert log.contains('[INFO] Policies Orders.policy.json, notify.policy.json in ')
return true
