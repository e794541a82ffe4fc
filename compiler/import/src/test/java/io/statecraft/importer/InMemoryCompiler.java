package io.statecraft.importer;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources in one javac task against the test class path, and loads them. */
final class InMemoryCompiler {

  private InMemoryCompiler() {}

  /** The compiled classes' loader; the errors, per class name, go into {@code errors}. */
  static ClassLoader compile(Map<String, String> sourcesByClass, Path outputDir,
      Map<String, String> errors) throws IOException {
    javac(sourcesByClass, outputDir, errors);
    if (!errors.isEmpty() && !errors.keySet().containsAll(sourcesByClass.keySet())) {
      // javac writes no class files once any unit has errors: compile the good ones again.
      Map<String, String> good = new java.util.LinkedHashMap<>(sourcesByClass);
      good.keySet().removeAll(errors.keySet());
      javac(good, outputDir, new java.util.HashMap<>());
    }
    Files.createDirectories(outputDir);
    return new URLClassLoader(new URL[] {outputDir.toUri().toURL()},
        InMemoryCompiler.class.getClassLoader());
  }

  private static void javac(Map<String, String> sourcesByClass, Path outputDir,
      Map<String, String> errors) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> units = new ArrayList<>();
    sourcesByClass.forEach((name, source) -> units.add(new Source(name, source)));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", outputDir.toString(), "-classpath",
          System.getProperty("java.class.path"), "--release", "17", "-encoding", "UTF-8",
          "-proc:none");
      javac.getTask(null, files, diagnostics, options, null, units).call();
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() instanceof Source source) {
        errors.merge(source.className, "line " + d.getLineNumber() + ": " + d.getMessage(null),
            (a, b) -> a + "\n" + b);
      }
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String className;
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
          Kind.SOURCE);
      this.className = className;
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
