package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.RetryMode;
import com.hoopai.invoices.client.RetryPolicy;
import com.hoopai.invoices.client.errors.CircuitOpenException;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.InvalidResponseException;
import com.hoopai.invoices.client.errors.RateLimitedException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The one owner of retries (Resilience4j; Feign's and OkHttp's own are off) and of the optional circuit
 * breaker. Decorator order, outermost first: retry, then circuit breaker, then one HTTP attempt.
 *
 * <p>What is retried depends on whether the operation is safe to repeat (the spec's
 * {@code x-sdk-idempotent}) and on the {@link RetryMode}:
 * <ul>
 *   <li>safe to repeat: connection failures, timeouts, unreadable answers, 408, 429, 500, 502, 503, 504;
 *   <li>not safe (creates, sends or moves money): only failures the server provably did not process: a
 *       connection refused before sending, or 429.
 * </ul>
 * Waits grow exponentially with jitter, capped; a {@code Retry-After} is honoured up to its cap.
 *
 * <p>With a {@link Retry} of the application's own (a Resilience4j registry's instance), that instance decides
 * how many attempts and how long each wait, and hears the events; the rules above still decide what may be
 * retried at all: a failure they refuse is thrown at once, whatever the instance's predicates say, and the
 * instance's own predicates can only refuse more.
 */
public final class CallPolicy {

  private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  private final RetryPolicy policy;
  private final Retry repeatSafe;
  private final Retry unprocessedOnly;
  private final Retry external;
  private final CircuitBreaker breaker;

  /**
   * Creates the policy.
   *
   * @param policy attempts and waits
   * @param breaker the circuit breaker, or null for none
   */
  public CallPolicy(RetryPolicy policy, CircuitBreaker breaker) {
    this(policy, null, breaker);
  }

  /**
   * Creates the policy.
   *
   * @param policy attempts and waits; with {@code external}, only its {@code Retry-After} cap is used
   * @param external a Resilience4j retry whose attempts, waits and events to use, or null
   * @param breaker the circuit breaker, or null for none
   */
  public CallPolicy(RetryPolicy policy, Retry external, CircuitBreaker breaker) {
    this.policy = policy;
    this.repeatSafe = Retry.of("hoopai-invoices", config(policy, CallPolicy::retryableWhenRepeatSafe));
    this.unprocessedOnly = Retry.of("hoopai-invoices-unprocessed", config(policy, CallPolicy::provablyUnprocessed));
    this.external = external;
    this.breaker = breaker;
  }

  Object execute(RetryMode mode, boolean idempotent, String operationId, CheckedSupplier<Object> attempt)
      throws Throwable {
    CheckedSupplier<Object> guarded = breaker == null ? attempt : guard(operationId, attempt);
    boolean repeatable = mode == RetryMode.ALWAYS || (mode == RetryMode.DEFAULT && idempotent);
    if (mode == RetryMode.NEVER) {
      return guarded.get();
    }
    if (external != null) {
      return executeWith(external,
          repeatable ? CallPolicy::retryableWhenRepeatSafe : CallPolicy::provablyUnprocessed, guarded);
    }
    return Retry.decorateCheckedSupplier(repeatable ? repeatSafe : unprocessedOnly, guarded).get();
  }

  /**
   * Runs the attempts under the application's retry instance: it counts attempts, computes and sleeps the
   * waits, and publishes its events; our predicate is asked first, so it never retries what we refuse.
   */
  private Object executeWith(Retry retry, Predicate<Throwable> retryable, CheckedSupplier<Object> attempt)
      throws Throwable {
    Retry.Context<Object> context = retry.context();
    while (true) {
      Object result;
      try {
        result = attempt.get();
      } catch (RuntimeException failure) {
        if (!retryable.test(failure)) {
          throw failure;
        }
        long waitStarted = System.nanoTime();
        context.onRuntimeError(failure);   // throws when attempts are used up (or its predicate refuses); else waits
        honourRetryAfter(failure, waitStarted);
        continue;
      }
      context.onComplete();
      return result;
    }
  }

  /** Tops the instance's wait up to the server's {@code Retry-After}, within the policy's cap. */
  private void honourRetryAfter(RuntimeException failure, long waitStarted) {
    if (failure instanceof RateLimitedException limited && limited.retryAfter().isPresent()) {
      long remaining = policy.retryAfter(limited.retryAfter().get()).toNanos() - (System.nanoTime() - waitStarted);
      if (remaining > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(remaining);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw failure;
        }
      }
    }
  }

  private CheckedSupplier<Object> guard(String operationId, CheckedSupplier<Object> attempt) {
    CheckedSupplier<Object> decorated = CircuitBreaker.decorateCheckedSupplier(breaker, attempt);
    return () -> {
      try {
        return decorated.get();
      } catch (CallNotPermittedException open) {
        throw new CircuitOpenException("the circuit breaker '" + breaker.getName() + "' is "
            + breaker.getState() + ": " + operationId + " was not sent", null, null, open);
      }
    };
  }

  private static RetryConfig config(RetryPolicy policy, Predicate<Throwable> retryable) {
    IntervalBiFunction<Object> wait = (retry, outcome) -> {
      Throwable failure = outcome.isLeft() ? outcome.getLeft() : null;
      if (failure instanceof RateLimitedException limited && limited.retryAfter().isPresent()) {
        return policy.retryAfter(limited.retryAfter().get()).toMillis();
      }
      return policy.backoff(retry, ThreadLocalRandom.current().nextDouble()).toMillis();
    };
    return RetryConfig.custom()
        .maxAttempts(policy.maxAttempts())
        .intervalBiFunction(wait)
        .retryOnException(retryable)
        .failAfterMaxAttempts(false)
        .build();
  }

  /** A failure worth another attempt of a request that is safe to repeat. */
  static boolean retryableWhenRepeatSafe(Throwable failure) {
    if (failure instanceof HoopAiApiException answer) {
      return TRANSIENT_STATUSES.contains(answer.statusCode());
    }
    return failure instanceof HoopAiConnectionException || failure instanceof InvalidResponseException;
  }

  /** A failure the server provably did not process: safe to retry whatever the request. */
  static boolean provablyUnprocessed(Throwable failure) {
    return failure instanceof RateLimitedException
        || (failure instanceof HoopAiConnectionException connection && !connection.requestSent());
  }
}
