// Before build 2: a local repository holding the jars and POMs that build 1 left in the invoker's
// (hard links, so it costs no copying), and nothing else: no maven-metadata*.xml and no
// _remote.repositories. Maven resolves a version range only from such metadata, so offline here
// any range in a dependency tree fails the build. Build 2 uses it as its local repository.
import java.nio.file.Files
import java.nio.file.Path

Path from = localRepositoryPath.toPath()
Path to = new File(basedir, 'offline-repo').toPath()
int linked = 0
Files.walk(from).withCloseable { files ->
  files.filter { Files.isRegularFile(it) }
      .filter { it.fileName.toString() ==~ /.*\.(jar|pom)/ }
      .filter { !it.toString().contains('/com/example/consumer-offline/') }
      .each { file ->
        Path target = to.resolve(from.relativize(file).toString())
        Files.createDirectories(target.parent)
        try {
          Files.createLink(target, file)
        } catch (IOException | UnsupportedOperationException e) {
          Files.copy(file, target)
        }
        linked++
      }
}
assert linked > 0
def metadata = []
Files.walk(to).withCloseable { files ->
  files.filter { it.fileName.toString().startsWith('maven-metadata') }.each { metadata << it }
}
assert metadata == []
context.userProperties.put('maven.repo.local', to.toString())
return true
