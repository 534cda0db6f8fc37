package com.hoopai.invoices.client.oauth;

/** The in-memory store keeps the contract (instances made by {@link #newStore()} share one map). */
class InMemoryTokenStoreTest extends TokenStoreContract {

  private final InMemoryTokenStore store = new InMemoryTokenStore(clock);

  @Override
  TokenStore newStore() {
    return store;
  }
}
