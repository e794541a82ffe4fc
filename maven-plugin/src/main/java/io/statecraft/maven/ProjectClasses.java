package io.statecraft.maven;

import io.statecraft.dsl.Workflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project's compiled classes, loaded over its compile class path, and the {@link Workflow}
 * classes among them.
 *
 * <p>The loader delegates to the plugin's own loader first, so {@code Workflow} and the ASL model
 * are the plugin's: the project's classes implement the same interface the plugin calls, and the
 * compiler's validator is what {@code build()} finds. Classes are loaded without being
 * initialized; only workflows are instantiated.
 */
final class ProjectClasses implements AutoCloseable {

  private final Path classesDirectory;
  private final URLClassLoader loader;

  private ProjectClasses(Path classesDirectory, URLClassLoader loader) {
    this.classesDirectory = classesDirectory;
    this.loader = loader;
  }

  /**
   * Opens {@code classesDirectory} (e.g. {@code target/classes}) with {@code classpath} (the
   * project's compile class path; it may include the classes directory again).
   */
  static ProjectClasses open(Path classesDirectory, List<Path> classpath) {
    List<URL> urls = new ArrayList<>();
    urls.add(url(classesDirectory));
    for (Path element : classpath) {
      if (!element.equals(classesDirectory)) {
        urls.add(url(element));
      }
    }
    return new ProjectClasses(classesDirectory, new URLClassLoader(
        "statecraft-project", urls.toArray(URL[]::new), Workflow.class.getClassLoader()));
  }

  ClassLoader loader() {
    return loader;
  }

  /**
   * Every public, concrete class in the classes directory that implements {@link Workflow}, by
   * class name. A class without a public no-argument constructor is a {@link WorkflowException}:
   * it looks like a workflow but cannot be one.
   */
  List<Class<? extends Workflow>> workflows() {
    List<Class<? extends Workflow>> found = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    for (String name : classNames()) {
      Class<?> type = load(name);
      if (type == null || !Workflow.class.isAssignableFrom(type)
          || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      if (!Modifier.isPublic(type.getModifiers()) || !hasPublicNoArgConstructor(type)) {
        broken.add(name + " implements Workflow but is not a public class with a public"
            + " no-argument constructor");
        continue;
      }
      found.add(type.asSubclass(Workflow.class));
    }
    if (!broken.isEmpty()) {
      throw new WorkflowException(String.join("\n", broken));
    }
    return List.copyOf(found);
  }

  private List<String> classNames() {
    if (!Files.isDirectory(classesDirectory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(classesDirectory)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".class"))
          .map(file -> className(classesDirectory.relativize(file)))
          .filter(name -> !name.endsWith("module-info") && !name.endsWith("package-info"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + classesDirectory, e);
    }
  }

  private static String className(Path relative) {
    StringBuilder name = new StringBuilder();
    for (Path part : relative) {
      name.append(name.length() == 0 ? "" : ".").append(part);
    }
    return name.substring(0, name.length() - ".class".length());
  }

  /** The class, or null when it cannot be linked (an optional dependency absent at build time). */
  private Class<?> load(String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static boolean hasPublicNoArgConstructor(Class<?> type) {
    try {
      return Modifier.isPublic(type.getConstructor().getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static URL url(Path element) {
    try {
      return element.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a class path element: " + element, e);
    }
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the project class loader", e);
    }
  }
}
