package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.MapState;
import io.statecraft.asl.map.ItemBatcher;
import io.statecraft.asl.map.ProcessorConfig;
import io.statecraft.asl.map.ReaderConfig;
import io.statecraft.compiler.validation.Rule;

/**
 * Map states: ItemProcessor or Iterator (one of them), exclusive pairs, thresholds and batching
 * limits within AWS's bounds, and the fields only a distributed Map takes.
 */
final class MapRules {

  private final Findings findings;
  private final FieldRules fields;

  MapRules(Findings findings, FieldRules fields) {
    this.findings = findings;
    this.fields = fields;
  }

  void check(Scope.Site site, MapState map) {
    String at = site.pointer();
    if (map.itemProcessor() != null && map.iterator() != null) {
      findings.report(Rule.MAP_PROCESSOR, at + "/Iterator", "Map state \"" + site.name()
          + "\" has both ItemProcessor and Iterator; give only ItemProcessor",
          "Iterator is the earlier name of ItemProcessor");
    } else if (map.processor() == null) {
      findings.report(Rule.MAP_PROCESSOR, at, "Map state \"" + site.name()
          + "\" needs an ItemProcessor: the states to run for each item");
    }
    limits(site, map);
    batching(site, map.itemBatcher());
    readerAndWriter(site, map);
    // Only an explicit INLINE is refused: the asl-validator corpus accepts these fields on a Map
    // without a Mode (valid-map-noconfig, valid-map-tolerated), so no Mode is not held against them.
    if (explicitlyInline(map)) {
      distributedOnly(site, "ItemReader", map.itemReader());
      distributedOnly(site, "ItemBatcher", map.itemBatcher());
      distributedOnly(site, "ResultWriter", map.resultWriter());
      distributedOnly(site, "ToleratedFailurePercentage", map.toleratedFailurePercentage());
      distributedOnly(site, "ToleratedFailurePercentagePath",
          map.toleratedFailurePercentagePath());
      distributedOnly(site, "ToleratedFailureCount", map.toleratedFailureCount());
      distributedOnly(site, "ToleratedFailureCountPath", map.toleratedFailureCountPath());
      distributedOnly(site, "Label", map.label());
    }
  }

  private void limits(Scope.Site site, MapState map) {
    String at = site.pointer();
    fields.exclusive(at, "Items", map.items(), "ItemsPath", map.itemsPath());
    fields.exclusive(at, "ItemSelector", map.itemSelector(), "Parameters", map.parameters());
    fields.exclusive(at, "MaxConcurrency", map.maxConcurrency(), "MaxConcurrencyPath",
        map.maxConcurrencyPath());
    fields.exclusive(at, "ToleratedFailurePercentage", map.toleratedFailurePercentage(),
        "ToleratedFailurePercentagePath", map.toleratedFailurePercentagePath());
    fields.exclusive(at, "ToleratedFailureCount", map.toleratedFailureCount(),
        "ToleratedFailureCountPath", map.toleratedFailureCountPath());
    fields.number(site, at + "/MaxConcurrency", map.maxConcurrency(), 0, Integer.MAX_VALUE);
    fields.number(site, at + "/ToleratedFailurePercentage", map.toleratedFailurePercentage(),
        0, 100);
    fields.number(site, at + "/ToleratedFailureCount", map.toleratedFailureCount(), 0,
        Integer.MAX_VALUE);
  }

  private void batching(Scope.Site site, ItemBatcher batcher) {
    String at = site.pointer();
    if (batcher != null) {
      fields.exclusive(at + "/ItemBatcher", "MaxItemsPerBatch", batcher.maxItemsPerBatch(),
          "MaxItemsPerBatchPath", batcher.maxItemsPerBatchPath());
      fields.exclusive(at + "/ItemBatcher", "MaxInputBytesPerBatch",
          batcher.maxInputBytesPerBatch(), "MaxInputBytesPerBatchPath",
          batcher.maxInputBytesPerBatchPath());
      fields.number(site, at + "/ItemBatcher/MaxItemsPerBatch", batcher.maxItemsPerBatch(), 1,
          Integer.MAX_VALUE);
      fields.number(site, at + "/ItemBatcher/MaxInputBytesPerBatch",
          batcher.maxInputBytesPerBatch(), 1, 262_144);
    }
  }

  private void readerAndWriter(Scope.Site site, MapState map) {
    String at = site.pointer();
    if (map.itemReader() != null) {
      Resources.check(findings, at + "/ItemReader/Resource", map.itemReader().resource());
      ReaderConfig config = map.itemReader().readerConfig();
      if (config != null) {
        fields.exclusive(at + "/ItemReader/ReaderConfig", "MaxItems", config.maxItems(),
            "MaxItemsPath", config.maxItemsPath());
        fields.number(site, at + "/ItemReader/ReaderConfig/MaxItems", config.maxItems(), 0,
            100_000_000);
      }
    }
    if (map.resultWriter() != null && map.resultWriter().resource() != null) {
      Resources.check(findings, at + "/ResultWriter/Resource", map.resultWriter().resource());
    }
  }

  private static boolean explicitlyInline(MapState map) {
    return map.processor() != null && map.processor().processorConfig() != null
        && map.processor().processorConfig().mode() == ProcessorConfig.Mode.INLINE;
  }

  private void distributedOnly(Scope.Site site, String field, Object value) {
    if (value != null) {
      findings.report(Rule.MAP_DISTRIBUTED_ONLY, site.pointer() + "/" + field, field
          + " applies only to a distributed Map, but Map state \"" + site.name()
          + "\" sets Mode INLINE", "set ItemProcessor.ProcessorConfig.Mode to DISTRIBUTED");
    }
  }
}
