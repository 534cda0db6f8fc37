package com.hoopai.invoices.client.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hoopai.invoices.client.ApiOperation;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.RequestOptions;
import feign.Param;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * One operation of the generated API called with the arguments its spec examples give: path parameters,
 * a params object holding every query parameter's example, and the request example as the body. The method
 * is found by its operationId, the arguments by their shape, so no operation needs code of its own.
 *
 * <pre>{@code
 * ExampleCall call = ExampleCall.onClient(client, SpecExamples.operation("getInvoice"));
 * Object invoice = call.invoke();   // GET /invoices/{example id}?altType=location&altId={example location}
 * }</pre>
 */
public final class ExampleCall {

  private static final String API_PACKAGE = "com.hoopai.invoices.api";

  private final Object target;
  private final Method method;
  private final Object[] arguments;

  private ExampleCall(Object target, Method method, Object[] arguments) {
    this.target = target;
    this.method = method;
    this.arguments = arguments;
  }

  /** The operation on the client's API group, every example argument given. */
  public static ExampleCall onClient(InvoicesClient client, SpecExamples.Operation operation) {
    Method method = apiMethod(operation.operationId());
    Object api = invoke(groupAccessor(InvoicesClient.class, method.getDeclaringClass()), client);
    return new ExampleCall(api, method, arguments(method, operation, false));
  }

  /**
   * The operation on a location view bound to the examples' location, through the overload taking the most
   * arguments, none of which names the location: the view must add it.
   */
  public static ExampleCall onLocationView(InvoicesClient client, SpecExamples.Operation operation) {
    String location = operation.exampleLocation() != null ? operation.exampleLocation() : HoopAiMock.LOCATION;
    LocationClient view = client.forLocation(location);
    Class<?> group = apiMethod(operation.operationId()).getDeclaringClass();
    Object api = invoke(locationGroupAccessor(group), view);
    Method method = Arrays.stream(api.getClass().getMethods())
        .filter(m -> m.getName().equals(operation.operationId()))
        .filter(m -> !Arrays.asList(m.getParameterTypes()).contains(RequestOptions.class))
        .max(Comparator.comparingInt(Method::getParameterCount))
        .orElseThrow(() -> new AssertionError(api.getClass().getSimpleName() + " has no " + operation.operationId()));
    return new ExampleCall(api, method, arguments(method, operation, true));
  }

  /**
   * The abstract method of the API group (the interface a no-argument accessor of {@link InvoicesClient}
   * returns) marked with this operationId.
   */
  public static Method apiMethod(String operationId) {
    List<Method> found = new ArrayList<>();
    for (Method group : InvoicesClient.class.getMethods()) {
      if (group.getParameterCount() == 0 && group.getReturnType().getPackageName().equals(API_PACKAGE)) {
        for (Method method : group.getReturnType().getMethods()) {
          ApiOperation marker = method.getAnnotation(ApiOperation.class);
          if (marker != null && Modifier.isAbstract(method.getModifiers()) && marker.id().equals(operationId)) {
            found.add(method);
          }
        }
      }
    }
    if (found.size() != 1) {
      throw new AssertionError("expected one generated method for " + operationId + ", found " + found);
    }
    return found.get(0);
  }

  /** The operationIds of every abstract {@link ApiOperation} method of the client's API groups. */
  public static List<String> generatedOperationIds() {
    List<String> ids = new ArrayList<>();
    for (Method group : InvoicesClient.class.getMethods()) {
      if (group.getParameterCount() == 0 && group.getReturnType().getPackageName().equals(API_PACKAGE)) {
        for (Method method : group.getReturnType().getMethods()) {
          if (method.isAnnotationPresent(ApiOperation.class) && Modifier.isAbstract(method.getModifiers())) {
            ids.add(method.getAnnotation(ApiOperation.class).id());
          }
        }
      }
    }
    return ids;
  }

  /** The API group of {@code client} that declares {@code method}, e.g. {@code client.invoices()}. */
  public static Object group(InvoicesClient client, Method method) {
    return invoke(groupAccessor(InvoicesClient.class, method.getDeclaringClass()), client);
  }

  /** The params object of the operation's example call; {@code null} if the method takes none. */
  public static Object exampleParams(Method method, SpecExamples.Operation operation) {
    for (Class<?> type : method.getParameterTypes()) {
      if (isParams(type)) {
        return params(type, operation, false);
      }
    }
    return null;
  }

  /** The generated method this call goes through. */
  public Method method() {
    return method;
  }

  /** Makes the call, throwing what the method threw. */
  public Object invoke() throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object[] arguments(Method method, SpecExamples.Operation operation, boolean withoutLocation) {
    Iterator<JsonNode> pathParameters = operation.parameters("path").iterator();
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (types[i] == String.class) {
        if (!pathParameters.hasNext()) {
          throw new AssertionError(method + " takes more ids than " + operation.path() + " has");
        }
        JsonNode parameter = pathParameters.next();
        Param name = Arrays.stream(method.getParameterAnnotations()[i]).filter(Param.class::isInstance)
            .map(Param.class::cast).findFirst().orElse(null);
        if (name != null && !name.value().equals(parameter.get("name").asText())) {
          throw new AssertionError(method + " takes " + name.value() + " where the path has "
              + parameter.get("name").asText());
        }
        arguments[i] = SpecExamples.example(parameter).asText();
      } else if (isParams(types[i])) {
        arguments[i] = params(types[i], operation, withoutLocation);
      } else {
        JsonNode body = operation.requestExample();
        if (withoutLocation) {
          ((ObjectNode) body).remove("altId");
        }
        arguments[i] = SpecExamples.read(body, types[i]);
      }
    }
    if (pathParameters.hasNext()) {
      throw new AssertionError(method + " takes fewer ids than " + operation.path() + " has");
    }
    return arguments;
  }

  private static boolean isParams(Class<?> type) {
    return type.getSimpleName().endsWith("Params") && Arrays.stream(type.getMethods())
        .anyMatch(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers()));
  }

  /** A params object with each query parameter's example, set through the builder method of its field. */
  private static Object params(Class<?> type, SpecExamples.Operation operation, boolean withoutLocation) {
    try {
      Object builder = type.getMethod("builder").invoke(null);
      for (Field field : type.getDeclaredFields()) {
        Param name = field.getAnnotation(Param.class);
        if (name == null) {
          continue;
        }
        JsonNode parameter = operation.parameters("query").stream()
            .filter(p -> p.get("name").asText().equals(name.value())).findFirst()
            .orElseThrow(() -> new AssertionError(type.getSimpleName() + "." + field.getName()
                + " is no query parameter of " + operation.operationId()));
        if (withoutLocation && parameter.has("x-sdk-location")) {
          continue;
        }
        Method setter = Arrays.stream(builder.getClass().getMethods())
            .filter(m -> m.getName().equals(field.getName()) && m.getParameterCount() == 1).findFirst()
            .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no setter for " + field.getName()));
        setter.invoke(builder, SpecExamples.read(SpecExamples.example(parameter), setter.getParameterTypes()[0]));
      }
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build " + type.getSimpleName(), e);
    }
  }

  private static Method groupAccessor(Class<?> owner, Class<?> group) {
    return Arrays.stream(owner.getMethods())
        .filter(m -> m.getParameterCount() == 0 && m.getReturnType() == group).findFirst()
        .orElseThrow(() -> new AssertionError(owner.getSimpleName() + " has no accessor for " + group));
  }

  private static Method locationGroupAccessor(Class<?> group) {
    String name = group.getSimpleName().replaceFirst("Api$", "LocationApi");
    return Arrays.stream(LocationClient.class.getMethods())
        .filter(m -> m.getParameterCount() == 0 && m.getReturnType().getSimpleName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("LocationClient has no accessor returning " + name));
  }

  private static Object invoke(Method accessor, Object owner) {
    try {
      return accessor.invoke(owner);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot call " + accessor, e);
    }
  }
}
