package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A project folder with Java sources compiled by javac, as Maven's compile phase leaves it. */
final class TestProject {

  final Path sources;
  final Path classes;

  private TestProject(Path root) {
    this.sources = root.resolve("src/main/java");
    this.classes = root.resolve("target/classes");
  }

  /** Writes {@code files} (path under src/main/java to source) and compiles them. */
  static TestProject compile(Path root, Map<String, String> files) throws IOException {
    TestProject project = new TestProject(root);
    Files.createDirectories(project.classes);
    List<String> arguments = new ArrayList<>(List.of("-d", project.classes.toString(),
        "-classpath", System.getProperty("java.class.path"), "--release", "17"));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path source = project.sources.resolve(file.getKey());
      Files.createDirectories(source.getParent());
      Files.writeString(source, file.getValue());
      arguments.add(source.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
    assertThat(status).as("javac: %s", errors).isZero();
    return project;
  }

  ProjectClasses open() {
    return ProjectClasses.open(classes, List.of());
  }
}
