package com.zivah.notification.service;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** English wording of {@link MailMessages}. */
@Localized("en")
public interface MailMessagesEn extends MailMessages {

    @Override
    @Message("We received your request for quote {quoteNumber}")
    String subject(String quoteNumber);

    @Override
    @Message("Dear")
    String greeting();

    @Override
    @Message("Thank you for your interest in {company}. We have received your request for quote number {quoteNumber}.")
    String received(String company, String quoteNumber);

    @Override
    @Message("Requested products")
    String itemsHeading();

    @Override
    @Message("Product")
    String product();

    @Override
    @Message("Quantity")
    String quantity();

    @Override
    @Message("Unit")
    String unit();

    @Override
    @Message("Note")
    String note();

    @Override
    @Message("Your message")
    String yourMessage();

    @Override
    @Message("Our sales team will review your request and send you a detailed quote as soon as possible. Please quote number {quoteNumber} in any correspondence.")
    String nextSteps(String quoteNumber);

    @Override
    @Message("Kind regards,")
    String regards();

    @Override
    @Message("The {company} team")
    String team(String company);

    @Override
    @Message("You receive this mail because you sent a request for quote on our website.")
    String footer();

    @Override
    @Message("Contact")
    String contactUs();

    @Override
    @Message("We received your message {reference}")
    String contactSubject(String reference);

    @Override
    @Message("Thank you for writing to {company}. We have received your message with reference {reference} and will answer as soon as possible.")
    String contactReceived(String company, String reference);

    @Override
    @Message("Subject")
    String contactSubjectLabel();

    @Override
    @Message("You receive this mail because you wrote to us through the contact form of our website.")
    String contactFooter();

    @Override
    @Message("Your quote {quoteNumber} (version {version})")
    String sentSubject(String quoteNumber, int version);

    @Override
    @Message("Thank you for your interest in {company}. Please find our quote {quoteNumber}, version {version}, for your request.")
    String sentIntro(String company, String quoteNumber, int version);

    @Override
    @Message("Quote details")
    String sentItemsHeading();

    @Override
    @Message("Unit price")
    String unitPrice();

    @Override
    @Message("Line total")
    String lineTotal();

    @Override
    @Message("Subtotal")
    String subtotal();

    @Override
    @Message("Discount ({percent}%)")
    String discount(String percent);

    @Override
    @Message("Total")
    String total();

    @Override
    @Message("Currency")
    String currency();

    @Override
    @Message("Valid until")
    String validUntil();

    @Override
    @Message("Terms")
    String terms();

    @Override
    @Message("The quote is attached as a PDF: {fileName}.")
    String attached(String fileName);

    @Override
    @Message("To accept it or ask a question, write to us at {email} quoting number {quoteNumber}.")
    String sentNextSteps(String email, String quoteNumber);
}
