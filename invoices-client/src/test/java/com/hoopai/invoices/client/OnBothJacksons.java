package com.hoopai.invoices.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A test that runs once on each Jackson the client can use; it takes the {@link JsonLibrary} to build with. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(value = JsonLibrary.class, names = {"JACKSON_3", "JACKSON_2"})
@interface OnBothJacksons {
}
