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
    @Message("Thank you for your interest in ZIVAH International. We have received your request for quote number {quoteNumber}.")
    String received(String quoteNumber);

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
    @Message("Your message")
    String yourMessage();

    @Override
    @Message("Our sales team will review your request and send you a detailed quote as soon as possible. Please quote number {quoteNumber} in any correspondence.")
    String nextSteps(String quoteNumber);

    @Override
    @Message("Kind regards,")
    String regards();

    @Override
    @Message("The ZIVAH International team")
    String team();

    @Override
    @Message("You receive this mail because you sent a request for quote on our website.")
    String footer();
}
