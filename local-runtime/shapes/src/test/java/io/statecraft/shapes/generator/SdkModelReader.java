package io.statecraft.shapes.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.sync.ResponseTransformer;

/**
 * Finds one AWS SDK v2 service's operations and their response classes by reflection over the
 * service jar: the sync client interface names every operation through its {@code XxxRequest}
 * parameter, and {@code XxxResponse} sits beside it in the model package.
 */
final class SdkModelReader {

  private final String service;
  private final String servicePackage;

  SdkModelReader(String service) {
    this.service = service;
    this.servicePackage = "software.amazon.awssdk.services." + service;
  }

  /** One operation: its name as the API spells it and its response's builder. */
  record Operation(String name, Class<?> responseClass, boolean streamingOutput) {
    SdkPojo responseBuilder() {
      try {
        return (SdkPojo) responseClass.getMethod("builder").invoke(null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("no builder() on " + responseClass.getName(), e);
      }
    }
  }

  /** The service's operations by name, those without a sync response class left out. */
  Map<String, Operation> operations() {
    Class<?> client = syncClient();
    Map<String, Operation> operations = new TreeMap<>();
    for (Method method : client.getMethods()) {
      Class<?>[] parameters = method.getParameterTypes();
      if (parameters.length == 0 || !parameters[0].getSimpleName().endsWith("Request")
          || !parameters[0].getPackageName().equals(servicePackage + ".model")) {
        continue;
      }
      String name = parameters[0].getSimpleName().replaceFirst("Request$", "");
      Class<?> response = responseClass(name);
      if (response == null) {
        continue;
      }
      // getObject(GetObjectRequest, ResponseTransformer) has a streaming body outside sdkFields().
      boolean streaming = parameters.length == 2 && parameters[1] == ResponseTransformer.class;
      Operation known = operations.get(name);
      operations.put(name, new Operation(name, response,
          streaming || known != null && known.streamingOutput()));
    }
    return operations;
  }

  /**
   * Whether the service speaks a JSON protocol (awsJson, restJson, rpcv2Cbor): there a payload
   * member's wire name is its location name (DynamoDB's {@code NULL}, which Java calls
   * {@code NUL}); XML protocols name flattened list items, so their member name is the one to use.
   */
  boolean jsonProtocol() {
    Class<?> implementation = load(servicePackage + ".Default" + syncClient().getSimpleName());
    if (implementation == null) {
      throw new IllegalStateException("no Default" + syncClient().getSimpleName());
    }
    for (var field : implementation.getDeclaredFields()) {
      String type = field.getType().getSimpleName();
      if (type.endsWith("ProtocolFactory")) {
        return type.contains("Json") || type.contains("Cbor") || type.contains("RpcV2");
      }
    }
    throw new IllegalStateException("no protocol factory in " + implementation.getName());
  }

  private Class<?> responseClass(String operation) {
    Class<?> response = load(servicePackage + ".model." + operation + "Response");
    return response != null && SdkResponse.class.isAssignableFrom(response) ? response : null;
  }

  private Class<?> syncClient() {
    List<Class<?>> clients = new ArrayList<>();
    for (String name : classNamesInServicePackage()) {
      Class<?> type = load(name);
      if (type != null && type.isInterface() && Modifier.isPublic(type.getModifiers())
          && type.getSimpleName().endsWith("Client") && !type.getSimpleName().contains("Async")
          && software.amazon.awssdk.core.SdkClient.class.isAssignableFrom(type)) {
        clients.add(type);
      }
    }
    if (clients.size() != 1) {
      throw new IllegalStateException("expected one sync client for " + service + ", found "
          + clients);
    }
    return clients.get(0);
  }

  /** Top-level classes directly in the service package, read from the jar that holds them. */
  private List<String> classNamesInServicePackage() {
    String marker = "META-INF/software.amazon.awssdk/" + service + "/version.properties";
    URL url = SdkModelReader.class.getClassLoader().getResource(marker);
    if (url == null) {
      throw new IllegalStateException("software.amazon.awssdk:" + service
          + " is not on the generator's class path");
    }
    String prefix = servicePackage.replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    try {
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        jar.stream().map(entry -> entry.getName())
            .filter(n -> n.startsWith(prefix) && n.endsWith(".class") && !n.contains("$")
                && n.indexOf('/', prefix.length()) < 0)
            .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, SdkModelReader.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
