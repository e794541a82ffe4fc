package io.statecraft.maven;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.importer.ImportException;
import io.statecraft.importer.Importer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the DSL source of an existing ASL definition into the project:
 * {@code mvn sfn:import -Dsfn.import.file=order-fulfillment.asl.json -Dsfn.import.package=com.example.flows}
 * writes {@code src/main/java/com/example/flows/OrderFulfillment.java}, a {@code Workflow} whose
 * {@code define()} builds the same definition. An existing file is never overwritten.
 */
@Mojo(name = Properties.IMPORT, threadSafe = true)
public final class ImportMojo extends WorkflowMojo {

  /** The ASL JSON file to import. */
  @Parameter(property = Properties.IMPORT_FILE, required = true)
  File file;

  /** The package of the generated class. */
  @Parameter(property = Properties.IMPORT_PACKAGE, defaultValue = "${project.groupId}")
  String packageName;

  /** The class name; by default from the file name ({@code order-fulfillment} → {@code OrderFulfillment}). */
  @Parameter(property = Properties.IMPORT_CLASS)
  String className;

  /** The source folder written to. */
  @Parameter(defaultValue = "${project.build.sourceDirectory}", required = true)
  File sourceDirectory;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (!file.isFile()) {
      throw new MojoFailureException("<file> (" + Properties.IMPORT_FILE + "): no such file: "
          + file);
    }
    String name = className != null ? className : Importer.className(file.getName());
    StateMachine machine;
    String source;
    try {
      machine = Asl.read(file.toPath());
      source = Importer.toJava(machine, packageName, name);
    } catch (InvalidDefinitionException | ImportException e) {
      throw new MojoFailureException("Cannot import " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("<packageName> (" + Properties.IMPORT_PACKAGE + ") or"
          + " <className> (" + Properties.IMPORT_CLASS + "): " + e.getMessage(), e);
    }
    Path target = sourceDirectory.toPath().resolve(packageName.replace('.', '/'))
        .resolve(name + ".java");
    if (Files.exists(target)) {
      throw new MojoFailureException(target + " exists; choose another <className> ("
          + Properties.IMPORT_CLASS + ") or move it away first");
    }
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + target, e);
    }
    getLog().info("Imported " + file.getName() + " as " + target);
  }
}
