def text = new File(basedir, 'build.log').text
def log = text.substring(text.lastIndexOf('verify.1.groovy'))
assert log.contains('[INFO] Would create role notify-statecraft for notify (trusted by'
    + ' states.amazonaws.com) with inline policy statecraft-least-privilege:')
assert log.contains('"sns:Publish"')
assert log.contains('[INFO] Would create role wait-statecraft for wait (trusted by'
    + ' states.amazonaws.com), without permissions: wait calls no AWS service')
assert context.iam.actions() == ['GetRole', 'GetRole']
assert context.iam.roles().isEmpty()
return true
