package com.hoopai.invoices.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Auto-pagination over the API's {@code limit}/{@code offset} lists, whatever their envelope calls its items
 * and its total. The generated {@code ...AutoPaging} methods use it; it works on any list call.
 *
 * <pre>{@code
 * Stream<Invoice> all = Paging.stream(100, 0,
 *     (limit, offset) -> api.listInvoices(params.toBuilder().limit(limit).offset(offset).build()),
 *     InvoiceList::getInvoices, InvoiceList::getTotal);
 * }</pre>
 */
public final class Paging {

  private Paging() {
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
   * @param firstOffset items to skip before the first, 0 or more
   * @param fetcher fetches one page
   * @param items the envelope's items (null is read as none)
   * @param total the envelope's total count (null when the server did not send it)
   * @param <P> the envelope type
   * @param <T> the item type
   * @return a sequential, ordered stream
   * @throws IllegalArgumentException if the page size or offset is out of range
   */
  public static <P, T> Stream<T> stream(int pageSize, int firstOffset, PageFetcher<P> fetcher,
      Function<P, List<T>> items, Function<P, ? extends Number> total) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be 1 or more, was " + pageSize);
    }
    if (firstOffset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, was " + firstOffset);
    }
    Iterator<T> iterator = new PageIterator<>(pageSize, firstOffset, fetcher, items, total);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private static final class PageIterator<P, T> implements Iterator<T> {
    private final int pageSize;
    private final PageFetcher<P> fetcher;
    private final Function<P, List<T>> items;
    private final Function<P, ? extends Number> total;

    private Iterator<T> page = Collections.emptyIterator();
    private int offset;
    private boolean lastPageSeen;

    PageIterator(int pageSize, int offset, PageFetcher<P> fetcher, Function<P, List<T>> items,
        Function<P, ? extends Number> total) {
      this.pageSize = pageSize;
      this.offset = offset;
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
        page = Collections.emptyIterator();
        return;
      }
      offset += pageItems.size();
      Number totalCount = total.apply(envelope);
      // The total, when sent, is authoritative; without it a short page is the last one.
      lastPageSeen = totalCount != null ? offset >= totalCount.longValue() : pageItems.size() < pageSize;
      page = pageItems.stream().filter(Objects::nonNull).iterator();
    }
  }
}
