package com.zivah.web.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** One line's form on the cart page: change quantity and note ({@code action=update}) or remove it. */
public class CartLineForm {

    static final java.util.List<String> FIELD_ORDER = java.util.List.of("quantity", "note");

    @RestForm
    public String productId;

    @RestForm
    @Pattern(regexp = "\\s*([1-9][0-9]{0,5}|1000000)\\s*", message = "{cart.quantity.invalid}")
    public String quantity;

    @RestForm
    @Size(max = 500, message = "{cart.note.tooLong}")
    @Pattern(regexp = RfqForm.MULTI_LINE, flags = Pattern.Flag.DOTALL, message = "{rfq.text.invalidChars}")
    public String note;

    /** {@code update} or {@code remove}. */
    @RestForm
    public String action;

    /** The product id as a number, or -1 when it is not one. */
    long product() {
        return productId != null && productId.strip().matches("[1-9][0-9]{0,17}") ? Long.parseLong(productId.strip())
                : -1;
    }

    boolean removes() {
        return "remove".equals(action);
    }
}
