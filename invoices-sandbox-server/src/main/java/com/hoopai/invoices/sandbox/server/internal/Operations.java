package com.hoopai.invoices.sandbox.server.internal;

import com.hoopai.invoices.sandbox.server.InvoiceEvents;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every operation of the API by operation id; checks that it serves each operation the spec has. */
final class Operations {

  private final Map<String, Operation> byId;

  Operations(SpecDocument spec, List<Route> routes, InvoiceEvents events) {
    Map<String, Operation> operations = new HashMap<>();
    InvoiceBook book = new InvoiceBook(spec);
    new InvoiceOperations(book, events).register(operations);
    new InvoiceTemplateOperations(spec).register(operations);
    new InvoiceScheduleOperations(spec, book).register(operations);
    new EstimateOperations(spec, book).register(operations);
    new EstimateTemplateOperations(spec).register(operations);
    List<String> missing = routes.stream().map(Route::operationId).filter(id -> !operations.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("the sandbox does not serve these operations of the spec: " + missing);
    }
    this.byId = Map.copyOf(operations);
  }

  Operation get(String operationId) {
    return byId.get(operationId);
  }
}
