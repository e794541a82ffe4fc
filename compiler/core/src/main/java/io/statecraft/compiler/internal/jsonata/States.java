package io.statecraft.compiler.internal.jsonata;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code $states}: {@code input} and {@code context}, and {@code result} and {@code errorOutput}
 * where they exist, read from the bindings only when the expression looks them up.
 */
final class States extends AbstractMap<String, Object> {

  private final JsonataBindings bindings;

  States(JsonataBindings bindings) {
    this.bindings = bindings;
  }

  private JsonNode node(Object key) {
    if (!(key instanceof String name)) {
      return null;
    }
    return switch (name) {
      case "input" -> bindings.input();
      case "context" -> bindings.context();
      case "result" -> bindings.result();
      case "errorOutput" -> bindings.errorOutput();
      default -> null;
    };
  }

  @Override
  public Object get(Object key) {
    return Values.toJsonata(node(key));
  }

  @Override
  public boolean containsKey(Object key) {
    return node(key) != null;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    List<Map.Entry<String, Object>> entries = new ArrayList<>(4);
    for (String name : new String[] {"input", "context", "result", "errorOutput"}) {
      JsonNode node = node(name);
      if (node != null) {
        entries.add(new SimpleImmutableEntry<>(name, Values.toJsonata(node)));
      }
    }
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return entries.iterator();
      }

      @Override
      public int size() {
        return entries.size();
      }
    };
  }
}
