package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.i18n.AppMessages;
import com.zivah.web.i18n.SitePaths;
import com.zivah.web.service.QuoteService;
import com.zivah.web.service.QuoteSubmission;
import com.zivah.web.service.UpstreamUnavailableException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The contact form ({@code /es/contacto}, {@code /en/contact}): the RFQ form's protections (CSRF, honeypot, minimum
 * fill time, the gateway's rate limit, an idempotency key), stored by quote-service ({@code POST
 * /api/contact-messages}), then the confirmation with the message's reference (Post/Redirect/Get). Rendered per
 * request (CSRF token), {@code no-store}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ContactResource {

    private static final Logger LOG = Logger.getLogger(ContactResource.class);
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    private static final String REFERENCE = "[A-Z]{2}-\\d{4}-\\d{6,}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contact(PageContext page, ContactView form);

        static native TemplateInstance thanks(PageContext page, String reference);
    }

    /** The form as drawn: values as typed, one message per invalid field, a general message, the guard's fields. */
    public record ContactView(ContactForm values, Map<String, String> errors, String generalError,
            FormGuard.Fields guard, String action) {

        public boolean hasErrors() {
            return !errors.isEmpty() || generalError != null;
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    private final QuoteService quotes;
    private final RfqValidator validator;
    private final FormGuard guard;

    public ContactResource(QuoteService quotes, RfqValidator validator, FormGuard guard) {
        this.quotes = quotes;
        this.validator = validator;
        this.guard = guard;
    }

    @GET
    @Path("es/contacto")
    public Response spanish(@Context UriInfo uri) {
        return page(200, Language.ES, uri, new ContactForm(), Map.of(), null, guard.fresh());
    }

    @GET
    @Path("en/contact")
    public Response english(@Context UriInfo uri) {
        return page(200, Language.EN, uri, new ContactForm(), Map.of(), null, guard.fresh());
    }

    @POST
    @Path("es/contacto")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response spanishSend(ContactForm form, @Context UriInfo uri) {
        return send(Language.ES, form, uri);
    }

    @POST
    @Path("en/contact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response englishSend(ContactForm form, @Context UriInfo uri) {
        return send(Language.EN, form, uri);
    }

    private Response send(Language lang, ContactForm form, UriInfo uri) {
        AppMessages msg = QuoteCartResource.messages(lang);
        FormGuard.Verdict verdict = guard.judge(form.idempotencyKey, form.started, form.website);
        if (verdict == FormGuard.Verdict.BOT) {
            LOG.info("contact form with a filled honeypot: answered as a success, nothing sent");
            return Redirects.seeOther(SitePaths.contactThanks(lang));
        }
        Map<String, String> errors = validator.validate(form, ContactForm.FIELD_ORDER, lang);
        if (verdict == FormGuard.Verdict.TOO_FAST) {
            return page(400, lang, uri, form, errors, msg.tooFast(), guard.again(form.idempotencyKey, form.started));
        }
        if (!errors.isEmpty()) {
            return page(400, lang, uri, form, errors, null, guard.again(form.idempotencyKey, form.started));
        }
        QuoteSubmission outcome;
        try {
            outcome = quotes.contact(form.toMessage(lang), form.idempotencyKey);
        } catch (UpstreamUnavailableException e) {
            LOG.warnf("contact message not sent, quote-service unavailable: %s", e.getCause());
            return page(503, lang, uri, form, Map.of(), msg.tryAgain(), guard.again(form.idempotencyKey, form.started));
        }
        if (outcome instanceof QuoteSubmission.Accepted accepted) {
            return Redirects.seeOther(SitePaths.contactThanks(lang) + "?ref="
                    + URLEncoder.encode(accepted.number(), StandardCharsets.UTF_8));
        }
        if (outcome instanceof QuoteSubmission.KeyReused) {
            return page(400, lang, uri, form, Map.of(), msg.keyReused(), guard.fresh());
        }
        QuoteSubmission.Rejected rejected = (QuoteSubmission.Rejected) outcome;
        Map<String, String> upstream = new LinkedHashMap<>();
        rejected.formFields().forEach(field -> upstream.put(field,
                msg.fieldRejected(QuoteCartResource.label(msg, field))));
        return page(400, lang, uri, form, upstream, rejected.unmatched() ? msg.formRejected() : null,
                guard.again(form.idempotencyKey, form.started));
    }

    @GET
    @Path("es/contacto/gracias")
    public Response spanishThanks(@RestQuery("ref") String reference, @Context UriInfo uri) {
        return thanks(Language.ES, reference, uri);
    }

    @GET
    @Path("en/contact/thanks")
    public Response englishThanks(@RestQuery("ref") String reference, @Context UriInfo uri) {
        return thanks(Language.EN, reference, uri);
    }

    private Response thanks(Language lang, String reference, UriInfo uri) {
        String shown = reference != null && reference.matches(REFERENCE) ? reference : null;
        String html = Templates.thanks(PageContext.of(lang, uri, "contact"), shown).setLocale(lang.locale()).render();
        return Response.ok(html, HTML).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private Response page(int status, Language lang, UriInfo uri, ContactForm form, Map<String, String> errors,
            String generalError, FormGuard.Fields fields) {
        String html = Templates.contact(PageContext.of(lang, uri, "contact"),
                new ContactView(form, errors, generalError, fields, SitePaths.contact(lang)))
                .setLocale(lang.locale()).render();
        return Response.status(status).type(HTML).entity(html).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
