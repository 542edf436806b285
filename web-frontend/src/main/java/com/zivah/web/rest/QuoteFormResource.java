package com.zivah.web.rest;

import com.zivah.platform.ui.i18n.CurrentLanguage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /cotizar?producto=&cantidad=&lang=}: the "add to quote" link of product pages and catalog cards. Those pages
 * are cached by URL and carry no CSRF token, so adding is a GET that sets the line (the same link twice leaves the
 * same cart: no harm in a replay) and redirects to the cart page ({@link QuoteCartResource}); without a product it
 * simply leads there. Its language comes from {@code ?lang=} ({@link CurrentLanguage}).
 */
@Path("/cotizar")
public class QuoteFormResource {

    private final QuoteCartResource cart;
    private final CurrentLanguage language;

    public QuoteFormResource(QuoteCartResource cart, CurrentLanguage language) {
        this.cart = cart;
        this.language = language;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response add(@RestQuery("producto") String productId, @RestQuery("cantidad") String quantity,
            @Context HttpHeaders headers) {
        return cart.add(language.get(), productId, quantity, headers);
    }
}
