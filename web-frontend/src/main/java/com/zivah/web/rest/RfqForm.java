package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.service.QuoteCart;
import com.zivah.web.service.Rfq;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The RFQ form under the quote cart, as posted by the browser. Everything is a String so a wrong value is shown back
 * to the user as typed; messages are keys of ValidationMessages*.properties (ES/EN). The lines come from the cart
 * cookie, not from the form. {@link FormGuard}'s fields ride along.
 */
public class RfqForm {

    /** One line of text: no control characters at all (a NUL would reach quote-service and PostgreSQL). */
    static final String ONE_LINE = "[^\\x00-\\x1F\\x7F]*";

    /** Free text: line breaks and tabs allowed, other control characters not. */
    static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    static final List<String> FIELD_ORDER =
            List.of("name", "email", "phone", "company", "country", "preferredLanguage", "message");

    @RestForm
    @NotBlank(message = "{rfq.name.required}")
    @Size(max = 120, message = "{rfq.text.tooLong}")
    @Pattern(regexp = ONE_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String name;

    @RestForm
    @NotBlank(message = "{rfq.email.required}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{rfq.email.invalid}")
    @Size(max = 254, message = "{rfq.text.tooLong}")
    @Pattern(regexp = ONE_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String email;

    @RestForm
    @Pattern(regexp = "[0-9+()./\\s-]{0,30}", message = "{rfq.phone.invalid}")
    public String phone;

    @RestForm
    @Size(max = 160, message = "{rfq.text.tooLong}")
    @Pattern(regexp = ONE_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String company;

    /** An ISO 3166-1 alpha-2 code from the list, or empty. */
    @RestForm
    @IsoCountry
    public String country;

    /** The language the buyer wants the quotation in: es or en (the page language preselected). */
    @RestForm
    @Pattern(regexp = "es|en", message = "{rfq.language.invalid}")
    public String preferredLanguage;

    @RestForm
    @Size(max = 2000, message = "{rfq.message.tooLong}")
    @Pattern(regexp = MULTI_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String message;

    @RestForm
    public String idempotencyKey;

    @RestForm
    public String started;

    /** The honeypot (see {@link FormGuard}). */
    @RestForm
    public String website;

    /** An empty form for a visitor reading the page in {@code language}. */
    public static RfqForm blank(Language language) {
        RfqForm form = new RfqForm();
        form.preferredLanguage = language.tag();
        return form;
    }

    /** The validated form with the cart's lines: values trimmed, blank optional fields left out (null). */
    public Rfq toRfq(QuoteCart cart) {
        return new Rfq(cart.lines(), name.trim(), email.trim(), blankToNull(phone), blankToNull(company),
                blankToNull(country), blankToNull(message), Language.ofTag(preferredLanguage));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
