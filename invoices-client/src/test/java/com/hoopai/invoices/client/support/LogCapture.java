package com.hoopai.invoices.client.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every line the SDK logs under {@code com.hoopai.invoices}, at every level, as {@code LEVEL logger message}
 * with any stack trace, and nothing printed while it captures.
 *
 * <pre>{@code
 * try (LogCapture logs = new LogCapture()) {
 *   ...
 *   assertThat(logs.lines).noneMatch(line -> line.contains(secret));
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {

  /** The captured lines. */
  public final List<String> lines = new CopyOnWriteArrayList<>();
  private final Logger logger = Logger.getLogger("com.hoopai.invoices");
  private final Level previous;
  private final Handler handler = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + " "
          + formatter.formatMessage(record));
      if (record.getThrown() != null) {
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        line.append('\n').append(trace);
      }
      lines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };

  /** Starts capturing, at every level, without printing. */
  public LogCapture() {
    previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    handler.setLevel(Level.ALL);
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setUseParentHandlers(true);
    logger.setLevel(previous);
  }
}
