package com.hoopai.invoices.sandbox;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.LocationClient;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link HoopAiSandbox} for a test class and hands tests what they need as parameters:
 * {@link HoopAiSandbox} (state, OAuth helpers, rate limits), {@link InvoicesClient} (authenticated, aimed
 * at the sandbox) and {@link LocationClient} (bound to {@link HoopAiSandbox#locationId()}).
 *
 * <p>One sandbox serves the whole class (nested classes included, unless they carry their own
 * {@link HoopAiSandboxTest}) and is stopped after it; before each
 * test its state is {@linkplain HoopAiSandbox#reset() reset}, unless {@link HoopAiSandboxTest#resetBetweenTests()}
 * says otherwise. Tests of one class share the sandbox: for test methods that run concurrently, start a
 * {@link HoopAiSandbox} in each.
 *
 * <pre>{@code
 * @ExtendWith(HoopAiSandboxExtension.class)      // or @HoopAiSandboxTest
 * class BillingTest {
 *   @Test
 *   void paysTheInvoice(LocationClient hoopai, HoopAiSandbox sandbox) {
 *     new Billing(hoopai).chargeMonthly();
 *     assertThat(sandbox.records().invoices()).extracting(Invoice::getStatus).containsOnly(InvoiceStatus.PAID);
 *   }
 * }
 * }</pre>
 */
public final class HoopAiSandboxExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(HoopAiSandboxExtension.class);

  /** Used by JUnit. */
  public HoopAiSandboxExtension() {
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sandbox(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    boolean reset = findSettings(context).map(HoopAiSandboxTest::resetBetweenTests).orElse(true);
    if (reset) {
      sandbox(context).reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == HoopAiSandbox.class || type == InvoicesClient.class || type == LocationClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    HoopAiSandbox sandbox = sandbox(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == InvoicesClient.class) {
      return sandbox.client();
    }
    if (type == LocationClient.class) {
      return sandbox.location();
    }
    return sandbox;
  }

  /**
   * The sandbox of the nearest enclosing class annotated {@link HoopAiSandboxTest} (or else of the outermost
   * test class), started on first use and stopped when that class is done.
   */
  private static HoopAiSandbox sandbox(ExtensionContext context) {
    ExtensionContext owner = context;
    while (!annotated(owner) && owner.getParent().isPresent() && owner.getParent().get().getTestClass().isPresent()) {
      owner = owner.getParent().get();
    }
    HoopAiSandboxTest settings = findSettings(context).orElse(null);
    // Keyed by the owner: a store lookup also sees the enclosing classes' values.
    return owner.getStore(NAMESPACE).getOrComputeIfAbsent(owner.getUniqueId(), key -> start(settings),
        HoopAiSandbox.class);
  }

  private static boolean annotated(ExtensionContext context) {
    return context.getTestMethod().isEmpty() && context.getTestClass()
        .map(type -> AnnotationSupport.isAnnotated(type, HoopAiSandboxTest.class)).orElse(false);
  }

  private static HoopAiSandbox start(HoopAiSandboxTest settings) {
    HoopAiSandbox.Builder builder = HoopAiSandbox.builder();
    if (settings != null && !settings.locationId().isBlank()) {
      builder.locationId(settings.locationId());
    }
    return builder.start();
  }

  private static Optional<HoopAiSandboxTest> findSettings(ExtensionContext context) {
    Optional<ExtensionContext> current = Optional.of(context);
    while (current.isPresent()) {
      Optional<HoopAiSandboxTest> found = current.get().getTestClass()
          .flatMap(type -> AnnotationSupport.findAnnotation(type, HoopAiSandboxTest.class));
      if (found.isPresent()) {
        return found;
      }
      current = current.get().getParent();
    }
    return Optional.empty();
  }
}
