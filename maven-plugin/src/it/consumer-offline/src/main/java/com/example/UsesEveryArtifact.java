package com.example;

import io.statecraft.cli.Statecraft;
import io.statecraft.compiler.Validator;
import io.statecraft.diagrams.Diagrams;
import io.statecraft.dsl.Workflow;
import io.statecraft.emulator.StepFunctionsEmulator;
import io.statecraft.importer.Importer;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.parquet.ParquetItems;
import io.statecraft.shapes.ServiceShapes;
import io.statecraft.testing.StatecraftAssertions;
import java.util.List;

/** One public type of each artifact, so that the build compiles against every jar. */
public final class UsesEveryArtifact {

  public static final List<Class<?>> TYPES = List.of(Workflow.class, Validator.class,
      Diagrams.class, Importer.class, LocalStepFunctions.class, ParquetItems.class,
      ServiceShapes.class, StepFunctionsEmulator.class, StatecraftAssertions.class,
      Statecraft.class);

  private UsesEveryArtifact() {}
}
