package com.hoopai.invoices.client.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated API parameter the operation cannot do without. The client refuses a call whose
 * required argument is null (or a blank string) before anything is sent, naming the parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Required {

  /**
   * The parameter's name, as the exception names it.
   *
   * @return the name
   */
  String value();
}
