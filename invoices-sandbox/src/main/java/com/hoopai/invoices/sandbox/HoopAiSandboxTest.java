package com.hoopai.invoices.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a {@link HoopAiSandbox}: shorthand for
 * {@code @ExtendWith(HoopAiSandboxExtension.class)}, with a few settings.
 *
 * <pre>{@code
 * @HoopAiSandboxTest(locationId = "ve9EPM428h8vShlRW1KT")
 * class InvoicingTest {
 *   @Test
 *   void createsADraft(LocationClient hoopai) {
 *     assertThat(hoopai.invoices().createInvoice(request).getStatus()).isEqualTo(InvoiceStatus.DRAFT);
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(HoopAiSandboxExtension.class)
public @interface HoopAiSandboxTest {

  /**
   * The location the injected {@code LocationClient} is bound to; empty for
   * {@link HoopAiSandbox#DEFAULT_LOCATION_ID}.
   *
   * @return the location id
   */
  String locationId() default "";

  /**
   * Whether each test starts from an empty sandbox ({@link HoopAiSandbox#reset()}); turn off for tests
   * that build on each other's state.
   *
   * @return whether to reset before each test
   */
  boolean resetBetweenTests() default true;
}
