package com.hoopai.invoices.client.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Routes verified events to handlers by type, in registration order. Every matching handler runs even
 * when one fails; the failures are then thrown together as a {@link WebhookHandlerException}. Immutable
 * and thread-safe once built.
 *
 * <pre>{@code
 * WebhookDispatcher dispatcher = WebhookDispatcher.builder()
 *     .onInvoice(InvoiceEventType.INVOICE_PAID, event -> ledger.settle(event.invoice().getId()))
 *     .on(AppUninstallEvent.class, event -> accounts.close(event.locationId().orElseThrow()))
 *     .build();
 * dispatcher.dispatch(verifier.verify(body, request::getHeader));
 * }</pre>
 */
public final class WebhookDispatcher {

  private record Route(Predicate<WebhookEvent> matches, WebhookHandler<WebhookEvent> handler) {
  }

  private final List<Route> routes;

  private WebhookDispatcher(Builder builder) {
    this.routes = List.copyOf(builder.routes);
  }

  /**
   * A builder with no handlers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs every handler registered for the event.
   *
   * @param event a verified event
   * @return how many handlers ran
   * @throws WebhookHandlerException if any handler failed (after all of them ran)
   */
  public int dispatch(WebhookEvent event) {
    Objects.requireNonNull(event, "event");
    int ran = 0;
    List<Throwable> failures = new ArrayList<>();
    for (Route route : routes) {
      if (!route.matches().test(event)) {
        continue;
      }
      ran++;
      try {
        route.handler().handle(event);
      } catch (Exception e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      List<String> classes = failures.stream().map(f -> f.getClass().getSimpleName()).toList();
      WebhookHandlerException failure = new WebhookHandlerException(failures.size() + " of " + ran
          + " handlers of " + event.type().orElse(event.getClass().getSimpleName()) + " failed: " + classes,
          failures.size(), failures.get(0));
      failures.stream().skip(1).forEach(failure::addSuppressed);
      throw failure;
    }
    return ran;
  }

  @Override
  public String toString() {
    return "WebhookDispatcher{handlers=" + routes.size() + "}";
  }

  /**
   * Registers handlers for a {@link WebhookDispatcher}.
   *
   * <pre>{@code
   * WebhookDispatcher dispatcher = WebhookDispatcher.builder()
   *     .on(InvoiceWebhookEvent.class, event -> cache.evict(event.invoice().getId()))
   *     .onAny(event -> audit.record(event.type().orElse("untyped")))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final List<Route> routes = new ArrayList<>();

    private Builder() {
    }

    /**
     * A handler for every event of a class ({@link InvoiceWebhookEvent}, {@link AppInstallEvent},
     * {@link AppUninstallEvent}, {@link UnknownWebhookEvent}).
     *
     * @param type the event class
     * @param handler the handler
     * @param <E> the event class
     * @return this builder
     */
    public <E extends WebhookEvent> Builder on(Class<E> type, WebhookHandler<? super E> handler) {
      Objects.requireNonNull(type, "type");
      return add(type::isInstance, event -> handler.handle(type.cast(event)), handler);
    }

    /**
     * A handler for one invoice event type.
     *
     * @param type the invoice event type, e.g. {@link InvoiceEventType#INVOICE_PAID}
     * @param handler the handler
     * @return this builder
     */
    public Builder onInvoice(InvoiceEventType type, WebhookHandler<InvoiceWebhookEvent> handler) {
      Objects.requireNonNull(type, "type");
      return add(event -> event instanceof InvoiceWebhookEvent invoice && invoice.eventType() == type,
          event -> handler.handle((InvoiceWebhookEvent) event), handler);
    }

    /**
     * A handler for events whose {@code type} is the given name, whatever their class.
     *
     * @param type the {@code type} value, e.g. {@code ContactCreate}
     * @param handler the handler
     * @return this builder
     */
    public Builder onType(String type, WebhookHandler<WebhookEvent> handler) {
      Objects.requireNonNull(type, "type");
      return add(event -> event.type().filter(type::equals).isPresent(), handler, handler);
    }

    /**
     * A handler for every event.
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder onAny(WebhookHandler<WebhookEvent> handler) {
      return add(event -> true, handler, handler);
    }

    /**
     * The dispatcher.
     *
     * @return a new dispatcher
     */
    public WebhookDispatcher build() {
      return new WebhookDispatcher(this);
    }

    private Builder add(Predicate<WebhookEvent> matches, WebhookHandler<WebhookEvent> run, Object handler) {
      Objects.requireNonNull(handler, "handler");
      routes.add(new Route(matches, run));
      return this;
    }
  }
}
