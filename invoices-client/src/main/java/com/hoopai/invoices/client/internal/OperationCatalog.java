package com.hoopai.invoices.client.internal;

import feign.Feign;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the spec says of each generated API method ({@link SdkOperation}), looked up by Feign's method key,
 * which is all the error decoder is given.
 */
final class OperationCatalog {

  private final Map<String, SdkOperation> byConfigKey = new ConcurrentHashMap<>();

  void register(Class<?> api) {
    for (Method method : api.getMethods()) {
      SdkOperation operation = method.getAnnotation(SdkOperation.class);
      if (operation != null) {
        byConfigKey.put(Feign.configKey(api, method), operation);
      }
    }
  }

  /** Whether the operation is safe to repeat; unknown methods are treated as not safe. */
  boolean idempotent(String configKey) {
    SdkOperation operation = byConfigKey.get(configKey);
    return operation != null && operation.idempotent();
  }
}
