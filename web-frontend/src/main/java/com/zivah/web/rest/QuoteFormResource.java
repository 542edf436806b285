package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.client.ProductDto;
import com.zivah.web.config.WebConfig;
import com.zivah.web.i18n.AppMessages;
import com.zivah.web.i18n.CurrentLanguage;
import com.zivah.web.mapping.ProductView;
import com.zivah.web.mapping.ViewMapper;
import com.zivah.web.service.CatalogService;
import com.zivah.web.service.QuoteService;
import com.zivah.web.service.QuoteSubmission;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/** The request-for-quote form: shown, validated here, then sent to quote-service (Post/Redirect/Get). */
@Path("/cotizar")
public class QuoteFormResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PageContext page, FormView form);

        static native TemplateInstance thanks(PageContext page, String quoteNumber);
    }

    /** The form as the template draws it: values kept as typed, one localized message per invalid field. */
    public record FormView(RfqForm values, List<ProductView> products, Map<String, String> errors,
            String generalError) {

        public boolean hasErrors() {
            return !errors.isEmpty() || generalError != null;
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean selected(String productId) {
            return productId != null && productId.equals(values.productId);
        }
    }

    private final CatalogService catalog;
    private final QuoteService quotes;
    private final RfqValidator validator;
    private final CurrentLanguage language;
    private final WebConfig config;

    public QuoteFormResource(CatalogService catalog, QuoteService quotes, RfqValidator validator,
            CurrentLanguage language, WebConfig config) {
        this.catalog = catalog;
        this.quotes = quotes;
        this.validator = validator;
        this.language = language;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@RestQuery("producto") String productId, @RestQuery("cantidad") String quantity,
            @Context UriInfo uri) {
        return render(uri, RfqForm.preselected(productId, quantity), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(RfqForm form, @Context UriInfo uri) {
        Language lang = language.get();
        Map<String, String> errors = validator.validate(form, lang);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(render(uri, form, errors, null)).build();
        }
        QuoteSubmission outcome = quotes.submit(form.toRfq(lang));
        if (outcome instanceof QuoteSubmission.Accepted accepted) {
            return Redirects.seeOther("/cotizar/gracias?numero="
                    + URLEncoder.encode(accepted.quoteNumber(), StandardCharsets.UTF_8) + "&lang=" + lang.tag());
        }
        QuoteSubmission.Rejected rejected = (QuoteSubmission.Rejected) outcome;
        AppMessages msg = MessageBundles.get(AppMessages.class, Localized.Literal.of(lang.tag()));
        Map<String, String> upstreamErrors = new LinkedHashMap<>();
        for (String field : rejected.formFields()) {
            upstreamErrors.put(field, msg.fieldRejected(label(msg, field)));
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(render(uri, form, upstreamErrors, rejected.unmatched() ? msg.formRejected() : null))
                .build();
    }

    @GET
    @Path("/gracias")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance thanks(@RestQuery("numero") String quoteNumber, @Context UriInfo uri) {
        if (quoteNumber == null || !quoteNumber.matches("[A-Za-z0-9-]{1,40}")) {
            throw new NotFoundException();
        }
        Language lang = language.get();
        return Templates.thanks(PageContext.of(lang, uri, "quote"), quoteNumber).setLocale(lang.locale());
    }

    private TemplateInstance render(UriInfo uri, RfqForm form, Map<String, String> errors, String generalError) {
        Language lang = language.get();
        List<ProductDto> offered = new ArrayList<>(catalog.products(0, config.rfqProductLimit(), null, null).items());
        // a product linked from its card may lie beyond the first page of the list: add it
        String chosen = form.productId == null ? "" : form.productId.strip();
        if (chosen.matches("[1-9][0-9]{0,17}")
                && offered.stream().noneMatch(p -> chosen.equals(String.valueOf(p.id())))) {
            catalog.product(chosen).ifPresent(p -> offered.add(0, p));
        }
        List<ProductView> products = offered.stream().map(p -> ViewMapper.product(p, lang)).toList();
        return Templates.form(PageContext.of(lang, uri, "quote"), new FormView(form, products, errors, generalError))
                .setLocale(lang.locale());
    }

    private static String label(AppMessages msg, String field) {
        return switch (field) {
            case "productId" -> msg.fieldProduct();
            case "quantity" -> msg.fieldQuantity();
            case "name" -> msg.fieldName();
            case "email" -> msg.fieldEmail();
            case "phone" -> msg.fieldPhone();
            case "company" -> msg.fieldCompany();
            case "country" -> msg.fieldCountry();
            default -> msg.fieldMessage();
        };
    }
}
