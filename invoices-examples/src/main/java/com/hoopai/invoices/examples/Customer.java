package com.hoopai.invoices.examples;

import com.hoopai.invoices.model.ContactDetails;
import com.hoopai.invoices.model.SentTo;

/**
 * The contact the examples bill: on the real API an existing contact of the location, in the sandbox a
 * made-up one.
 *
 * <pre>{@code
 * Customer alex = new Customer("AmuzcoPBpgKeccNsFlib", "Alex Morgan", "alex.morgan@example.com");
 * request.contactDetails(alex.contactDetails()).sentTo(alex.sentTo());
 * }</pre>
 *
 * @param contactId the contact's id in the location
 * @param name the name on the invoices
 * @param email where invoices would be sent
 */
public record Customer(String contactId, String name, String email) {

  /** The made-up customer the sandbox runs bill. */
  public static final Customer SANDBOX = new Customer("AmuzcoPBpgKeccNsFlib", "Alex Morgan",
      "alex.morgan@example.com");

  /** The contact as invoices and estimates carry it. */
  public ContactDetails contactDetails() {
    return new ContactDetails().id(contactId).name(name).email(email);
  }

  /** The recipients of an invoice: the customer's email. */
  public SentTo sentTo() {
    return new SentTo().addEmailItem(email);
  }
}
