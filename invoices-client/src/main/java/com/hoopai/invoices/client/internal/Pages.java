package com.hoopai.invoices.client.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Auto-pagination over the API's {@code limit}/{@code offset} lists, whatever their envelope keys.
 * Used by the generated {@code ...AutoPaging} methods.
 */
public final class Pages {

  private Pages() {
  }

  /**
   * Fetches one page.
   *
   * @param <P> the envelope type
   */
  @FunctionalInterface
  public interface PageFetcher<P> {

    /**
     * Fetches the page of at most {@code limit} items starting at {@code offset}.
     *
     * @param limit page size
     * @param offset items to skip
     * @return the envelope
     */
    P fetch(int limit, int offset);
  }

  /**
   * A lazy stream over every item: one request per page, made when the stream needs the page.
   *
   * @param pageSize items per request, 1 or more
   * @param fetcher fetches one page
   * @param items the envelope's items (null is read as none)
   * @param total the envelope's total count (null when the server did not send it)
   * @param <P> the envelope type
   * @param <T> the item type
   * @return a sequential, ordered stream
   */
  public static <P, T> Stream<T> stream(int pageSize, PageFetcher<P> fetcher, Function<P, List<T>> items,
      Function<P, ? extends Number> total) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be 1 or more, was " + pageSize);
    }
    Iterator<T> iterator = new PageIterator<>(pageSize, fetcher, items, total);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private static final class PageIterator<P, T> implements Iterator<T> {
    private final int pageSize;
    private final PageFetcher<P> fetcher;
    private final Function<P, List<T>> items;
    private final Function<P, ? extends Number> total;

    private Iterator<T> page = java.util.Collections.emptyIterator();
    private int offset;
    private boolean lastPageSeen;

    PageIterator(int pageSize, PageFetcher<P> fetcher, Function<P, List<T>> items,
        Function<P, ? extends Number> total) {
      this.pageSize = pageSize;
      this.fetcher = fetcher;
      this.items = items;
      this.total = total;
    }

    @Override
    public boolean hasNext() {
      while (!page.hasNext()) {
        if (lastPageSeen) {
          return false;
        }
        fetchNextPage();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.next();
    }

    private void fetchNextPage() {
      P envelope = fetcher.fetch(pageSize, offset);
      List<T> pageItems = envelope == null ? null : items.apply(envelope);
      if (pageItems == null || pageItems.isEmpty()) {
        lastPageSeen = true;
        page = java.util.Collections.emptyIterator();
        return;
      }
      offset += pageItems.size();
      Number totalCount = total.apply(envelope);
      // The total, when sent, is authoritative; without it a short page is the last one.
      lastPageSeen = totalCount != null ? offset >= totalCount.longValue() : pageItems.size() < pageSize;
      page = pageItems.stream().filter(java.util.Objects::nonNull).iterator();
    }
  }
}
