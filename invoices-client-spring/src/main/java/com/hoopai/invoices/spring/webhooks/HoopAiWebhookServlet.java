package com.hoopai.invoices.spring.webhooks;

import com.hoopai.invoices.client.webhooks.WebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookReplayStoreException;
import com.hoopai.invoices.client.webhooks.WebhookVerificationException;
import com.hoopai.invoices.client.webhooks.WebhookVerifier;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The webhook endpoint: reads the raw body (bounded), verifies it, publishes the event to the application's
 * listeners, answers. A plain servlet, so the bytes verified are the bytes received (no message converter
 * reads them first).
 *
 * <p>Answers: 200 for a processed event and for a duplicate (acknowledged, not processed again); 401 for a
 * missing, malformed or wrong signature; 400 for a body that is not a fresh, identified JSON event; 413
 * for a body too large; 429 when the replay store fails (HoopAI delivers again, only on 429); and 200 when a
 * listener fails: HoopAI would not deliver again after a 5xx either, so the failure is logged and counted
 * ({@code hoopai.invoices.webhooks.handler.failures}) and the application reconciles by listing invoices.
 * Answer bodies name the outcome only, never anything of the request.
 *
 * <pre>{@code
 * new ServletRegistrationBean<>(new HoopAiWebhookServlet(verifier, publisher, observer), "/hoopai/webhooks");
 * }</pre>
 */
final class HoopAiWebhookServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final System.Logger LOG = System.getLogger("com.hoopai.invoices.webhooks");

  private final transient WebhookVerifier verifier;
  private final transient ApplicationEventPublisher publisher;
  private final transient WebhookObserver observer;
  private final long maxBodyBytes;

  HoopAiWebhookServlet(WebhookVerifier verifier, ApplicationEventPublisher publisher, WebhookObserver observer,
      long maxBodyBytes) {
    this.verifier = verifier;
    this.publisher = publisher;
    this.observer = observer;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    WebhookEvent event;
    try {
      if (request.getContentLengthLong() > maxBodyBytes) {
        throw new WebhookVerificationException(WebhookVerificationException.Reason.TOO_LARGE,
            "the body is larger than " + maxBodyBytes + " bytes");
      }
      event = verifier.verify(verifier.readBody(request.getInputStream()), request::getHeader);
    } catch (WebhookVerificationException e) {
      observer.rejected(e.reason());
      LOG.log(e.reason() == WebhookVerificationException.Reason.DUPLICATE ? System.Logger.Level.DEBUG
          : System.Logger.Level.INFO, () -> "webhook refused (" + e.reason().tag() + "): " + e.getMessage());
      answer(response, e.reason().httpStatus(), e.reason() == WebhookVerificationException.Reason.DUPLICATE
          ? "duplicate" : "refused: " + e.reason().tag());
      return;
    } catch (WebhookReplayStoreException e) {
      LOG.log(System.Logger.Level.WARNING, "webhook not processed, the replay store failed (answered 429, HoopAI"
          + " delivers it again): " + e.getMessage());
      answer(response, 429, "retry later");
      return;
    }
    observer.received(event);
    try {
      publisher.publishEvent(event);
    } catch (RuntimeException e) {
      observer.handlerFailed(event);
      LOG.log(System.Logger.Level.ERROR, "a listener of webhook " + event + " failed; the delivery is"
          + " acknowledged (HoopAI delivers again only on 429): reconcile by listing invoices", e);
    }
    answer(response, 200, "ok");
  }

  private static void answer(HttpServletResponse response, int status, String outcome) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.getOutputStream().write(("{\"outcome\":\"" + outcome + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
