package com.zivah.platform.ui.error;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** English texts of {@link UiMessages}. */
@Localized("en")
public interface UiMessagesEn extends UiMessages {

    /** The heading of a failure page of {@code kind} (unavailable, notFound, badRequest, tooLarge, expired, forbidden, error). */
    @Override
    @Message("{#when kind}{#is 'unavailable'}Service unavailable{#is 'notFound'}Page not found{#is 'badRequest'}Invalid request{#is 'tooLarge'}Request too large{#is 'expired'}This form has expired{#is 'forbidden'}Access denied{#else}Something went wrong{/when}")
    String title(String kind);

    /** The explanation of a failure page of {@code kind}. */
    @Override
    @Message("{#when kind}{#is 'unavailable'}We cannot show this page right now. Please try again in a few minutes.{#is 'notFound'}The page you are looking for does not exist or has moved.{#is 'badRequest'}The address or the data sent contain invalid characters or a format we cannot process. Please check them and try again.{#is 'tooLarge'}The data sent is too large or has too many fields. Please open the form again and retry.{#is 'expired'}For your security this form is no longer valid (it expired or was opened again in another tab). Please open it again and resend it; nothing has been sent.{#is 'forbidden'}Your account is not allowed to open this page or do this.{#else}An unexpected error occurred. We are working on it; please try again later.{/when}")
    String text(String kind);
}
