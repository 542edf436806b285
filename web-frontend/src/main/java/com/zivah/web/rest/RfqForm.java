package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.service.Rfq;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The RFQ form as posted by the browser. Everything is a String so a wrong value (e.g. quantity "abc")
 * is shown back to the user as typed; messages are keys of ValidationMessages*.properties (ES/EN).
 */
public class RfqForm {

    /** One line of text: no control characters at all (a NUL would reach quote-service and PostgreSQL). */
    static final String ONE_LINE = "[^\\x00-\\x1F\\x7F]*";

    /** Free text: line breaks and tabs allowed, other control characters not. */
    static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    @RestForm
    @NotBlank(message = "{rfq.product.required}")
    @Pattern(regexp = "\\s*[1-9][0-9]{0,17}\\s*", message = "{rfq.product.required}")
    public String productId;

    @RestForm
    @NotBlank(message = "{rfq.quantity.required}")
    @Pattern(regexp = "\\s*[1-9][0-9]{0,6}\\s*", message = "{rfq.quantity.invalid}")
    public String quantity;

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

    @RestForm
    @Size(max = 80, message = "{rfq.text.tooLong}")
    @Pattern(regexp = ONE_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String country;

    @RestForm
    @Size(max = 2000, message = "{rfq.text.tooLong}")
    @Pattern(regexp = MULTI_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String message;

    /** An empty form, optionally with a product chosen (the ?producto= link of a product card). */
    public static RfqForm preselected(String productId) {
        return preselected(productId, null);
    }

    /**
     * The form as a product page's "add to quote" opens it: product and quantity prefilled. A quantity that is not a
     * plain number is left out (the visitor types it again), so nothing odd is echoed into the form.
     */
    public static RfqForm preselected(String productId, String quantity) {
        RfqForm form = new RfqForm();
        form.productId = productId;
        form.quantity = quantity != null && quantity.strip().matches("[1-9][0-9]{0,6}") ? quantity.strip() : "";
        return form;
    }

    /** The validated form as the service's input: values trimmed, blank optional fields left out (null). */
    public Rfq toRfq(Language language) {
        return new Rfq(Long.parseLong(productId.trim()), Integer.parseInt(quantity.trim()), name.trim(), email.trim(),
                blankToNull(phone), blankToNull(company), blankToNull(country), blankToNull(message), language);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
