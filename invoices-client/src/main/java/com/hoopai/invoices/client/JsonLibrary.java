package com.hoopai.invoices.client;

/**
 * Which Jackson reads and writes a client's JSON. Both read the models' shared
 * {@code com.fasterxml.jackson.annotation} annotations, with the same rules: requests without {@code null}s,
 * answers read tolerantly. {@link #AUTO} (the default) uses Jackson 3 when the application has it (as a
 * Spring Boot 4 application does), else Jackson 2, so an application carries one Jackson.
 *
 * <pre>{@code
 * InvoicesClient client = InvoicesClient.builder()
 *     .accessToken(token)
 *     .jsonLibrary(JsonLibrary.JACKSON_2)   // keep Jackson 2 although Jackson 3 is present
 *     .build();
 * }</pre>
 */
public enum JsonLibrary {
  /** Jackson 3 ({@code tools.jackson.core:jackson-databind}) when on the class path, else Jackson 2. */
  AUTO,
  /** Jackson 3, {@code tools.jackson.core:jackson-databind}; the client's build fails without it. */
  JACKSON_3,
  /** Jackson 2, {@code com.fasterxml.jackson.core:jackson-databind}; the client's build fails without it. */
  JACKSON_2
}
