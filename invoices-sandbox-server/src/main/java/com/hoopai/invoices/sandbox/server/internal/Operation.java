package com.hoopai.invoices.sandbox.server.internal;

/** What one API operation does. */
@FunctionalInterface
interface Operation {

  /**
   * Handles a validated, authorised request.
   *
   * @param call the request and its context
   * @return the answer
   * @throws ApiException to refuse it
   */
  Reply handle(Call call);
}
