package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import com.zivah.web.client.ProductDto;
import com.zivah.web.client.QuoteCreated;
import com.zivah.web.config.WebConfig;
import com.zivah.web.i18n.AppMessages;
import com.zivah.web.i18n.SitePaths;
import com.zivah.web.mapping.ProductView;
import com.zivah.web.mapping.ViewMapper;
import com.zivah.web.service.CatalogService;
import com.zivah.web.service.QuoteCart;
import com.zivah.web.service.QuoteService;
import com.zivah.web.service.QuoteSubmission;
import com.zivah.web.service.UpstreamUnavailableException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The quote cart ({@code /es/cotizacion}, {@code /en/quote}) with the RFQ form under it, its line changes, the
 * header's item count and the confirmation. Every page here depends on the visitor's cookies (cart, CSRF, the
 * confirmation), so each is rendered per request and marked {@code no-store}: never through {@link RenderedPages}.
 * Without JavaScript every change is a plain form and a Post/Redirect/Get; with htmx the line forms swap the cart in
 * place (same URLs, same answers: the page's {@code #cart} and the header's count are picked out of it).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class QuoteCartResource {

    private static final Logger LOG = Logger.getLogger(QuoteCartResource.class);
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)\\]");
    /** The notices a redirect may ask the cart page to show (a fixed set: nothing from the URL is echoed). */
    static final Set<String> NOTICES = Set.of("added", "updated", "removed", "full");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cart(PageContext page, CartView cart, RfqView form);

        static native TemplateInstance count(int count);

        static native TemplateInstance thanks(PageContext page, String quoteNumber, List<CartLineView> lines);
    }

    /** One line as the cart page draws it, with what the catalog says of the product today. */
    public record CartLineView(int index, long productId, String name, String sku, String url, String unit,
            String quantity, String note, Integer minOrder, String price, boolean priceOnRequest, boolean unavailable,
            boolean changed, boolean belowMinimum, boolean rejected, Map<String, String> errors) {

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean flagged() {
            return unavailable || changed || rejected || !errors.isEmpty();
        }
    }

    /** The cart part of the page: lines, a notice (status) and a problem (alert) in the page language. */
    public record CartView(List<CartLineView> lines, String notice, String problem, String linesUrl) {

        public boolean isEmpty() {
            return lines.isEmpty();
        }

        public boolean blocked() {
            return lines.stream().anyMatch(CartLineView::unavailable);
        }
    }

    /** The RFQ form: values as typed, one message per invalid field, a general message, the guard's fields. */
    public record RfqView(RfqForm values, Map<String, String> errors, String generalError, FormGuard.Fields guard,
            List<Countries.Country> countries, String sendUrl) {

        public boolean hasErrors() {
            return !errors.isEmpty() || generalError != null;
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean country(String code) {
            return code.equals(values.country);
        }

        public boolean english() {
            return "en".equals(values.preferredLanguage);
        }
    }

    private final CatalogService catalog;
    private final QuoteService quotes;
    private final RfqValidator validator;
    private final CartCookie cartCookie;
    private final ConfirmationCookie confirmationCookie;
    private final FormGuard guard;
    private final WebConfig config;

    public QuoteCartResource(CatalogService catalog, QuoteService quotes, RfqValidator validator, CartCookie cartCookie,
            ConfirmationCookie confirmationCookie, FormGuard guard, WebConfig config) {
        this.catalog = catalog;
        this.quotes = quotes;
        this.validator = validator;
        this.cartCookie = cartCookie;
        this.confirmationCookie = confirmationCookie;
        this.guard = guard;
        this.config = config;
    }

    // ---- the cart page -------------------------------------------------------------------------------------------

    @GET
    @Path("es/cotizacion")
    public Response spanish(@RestQuery("n") String notice, @Context HttpHeaders headers, @Context UriInfo uri) {
        return show(Language.ES, notice, headers, uri);
    }

    @GET
    @Path("en/quote")
    public Response english(@RestQuery("n") String notice, @Context HttpHeaders headers, @Context UriInfo uri) {
        return show(Language.EN, notice, headers, uri);
    }

    private Response show(Language lang, String notice, HttpHeaders headers, UriInfo uri) {
        QuoteCart cart = cartCookie.read(headers);
        AppMessages msg = messages(lang);
        String text = notice == null || !NOTICES.contains(notice) ? null : switch (notice) {
            case "added" -> msg.cartAdded();
            case "updated" -> msg.cartUpdated();
            case "removed" -> msg.cartRemoved();
            default -> null;
        };
        String problem = "full".equals(notice) ? msg.cartFull(QuoteCart.MAX_LINES) : null;
        return page(200, lang, uri, cart, text, problem, Map.of(), Set.of(), blankForm(lang), Map.of(), null,
                guard.fresh());
    }

    // ---- the header's count --------------------------------------------------------------------------------------

    @GET
    @Path("es/cotizacion/contador")
    public Response spanishCount(@Context HttpHeaders headers) {
        return count(Language.ES, headers);
    }

    @GET
    @Path("en/quote/count")
    public Response englishCount(@Context HttpHeaders headers) {
        return count(Language.EN, headers);
    }

    private Response count(Language lang, HttpHeaders headers) {
        String html = Templates.count(cartCookie.read(headers).count()).setLocale(lang.locale()).render();
        return Response.ok(html, HTML).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    // ---- line changes --------------------------------------------------------------------------------------------

    @POST
    @Path("es/cotizacion/lineas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response spanishLine(CartLineForm form, @Context HttpHeaders headers, @Context UriInfo uri) {
        return line(Language.ES, form, headers, uri);
    }

    @POST
    @Path("en/quote/lines")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response englishLine(CartLineForm form, @Context HttpHeaders headers, @Context UriInfo uri) {
        return line(Language.EN, form, headers, uri);
    }

    private Response line(Language lang, CartLineForm form, HttpHeaders headers, UriInfo uri) {
        QuoteCart cart = cartCookie.read(headers);
        long productId = form.product();
        if (productId < 0 || cart.line(productId).isEmpty()) {
            return Redirects.seeOther(SitePaths.cart(lang));
        }
        if (form.removes()) {
            return redirectWith(SitePaths.cart(lang) + "?n=removed", cartCookie.write(cart.remove(productId)));
        }
        int status = Htmx.wantsFragment(headers) ? 200 : 400;
        Map<String, String> errors = validator.validate(form, CartLineForm.FIELD_ORDER, lang);
        if (!errors.isEmpty()) {
            return page(status, lang, uri, cart, null, null, Map.of(productId, errors), Set.of(), blankForm(lang),
                    Map.of(), null, guard.fresh(), Map.of(productId, form));
        }
        Optional<ProductDto> product = products(cart).get(productId);
        QuoteCart next = cart.update(productId, Integer.parseInt(form.quantity.strip()), form.note,
                product.map(ProductDto::minOrderQuantity).orElse(null), product.map(ProductDto::price).orElse(null));
        if (!cartCookie.fits(next)) {
            return page(status, lang, uri, cart, null, messages(lang).cartNoteNoRoom(), Map.of(), Set.of(),
                    blankForm(lang), Map.of(), null, guard.fresh(), Map.of(productId, form));
        }
        return redirectWith(SitePaths.cart(lang) + "?n=updated", cartCookie.write(next));
    }

    /** The add of {@code GET /cotizar?producto=&cantidad=} (QuoteFormResource): the same link twice, the same cart. */
    Response add(Language lang, String productId, String quantity, HttpHeaders headers) {
        QuoteCart cart = cartCookie.read(headers);
        String id = productId == null ? "" : productId.strip();
        if (!id.matches("[1-9][0-9]{0,17}")) {
            return Redirects.seeOther(SitePaths.cart(lang));
        }
        Optional<ProductDto> product = products(List.of(Long.parseLong(id))).get(Long.parseLong(id));
        if (product.isEmpty()) {
            return Redirects.seeOther(SitePaths.cart(lang));
        }
        ProductDto dto = product.get();
        String typed = quantity == null ? "" : quantity.strip();
        int amount = typed.matches("[1-9][0-9]{0,6}") && Integer.parseInt(typed) <= QuoteCart.MAX_QUANTITY
                ? Integer.parseInt(typed)
                : cart.line(dto.id()).map(QuoteCart.Line::quantity)
                        .orElse(dto.minOrderQuantity() == null ? 1 : dto.minOrderQuantity());
        Optional<QuoteCart> next = cart.put(dto.id(), amount, dto.minOrderQuantity(), dto.price())
                .filter(cartCookie::fits);
        if (next.isEmpty()) {
            return Redirects.seeOther(SitePaths.cart(lang) + "?n=full");
        }
        return redirectWith(SitePaths.cart(lang) + "?n=added", cartCookie.write(next.get()));
    }

    // ---- the RFQ -------------------------------------------------------------------------------------------------

    @POST
    @Path("es/cotizacion/enviar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response spanishSend(RfqForm form, @Context HttpHeaders headers, @Context UriInfo uri) {
        return send(Language.ES, form, headers, uri);
    }

    @POST
    @Path("en/quote/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response englishSend(RfqForm form, @Context HttpHeaders headers, @Context UriInfo uri) {
        return send(Language.EN, form, headers, uri);
    }

    private Response send(Language lang, RfqForm form, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = messages(lang);
        QuoteCart cart = cartCookie.read(headers);
        FormGuard.Verdict verdict = guard.judge(form.idempotencyKey, form.started, form.website);
        if (verdict == FormGuard.Verdict.BOT) {
            LOG.info("RFQ form with a filled honeypot: answered as a success, nothing sent");
            return Redirects.seeOther(SitePaths.cartThanks(lang));
        }
        if (cart.isEmpty()) {
            // the same form sent again after its success (back + resubmit, reload): the same confirmation
            boolean sameForm = confirmationCookie.read(headers)
                    .filter(done -> done.idempotencyKey().equals(form.idempotencyKey)).isPresent();
            if (sameForm) {
                return Redirects.seeOther(SitePaths.cartThanks(lang));
            }
            return page(400, lang, uri, cart, null, msg.cartEmptyOnSubmit(), Map.of(), Set.of(), form, Map.of(), null,
                    guard.again(form.idempotencyKey, form.started));
        }
        Map<String, String> errors = validator.validate(form, RfqForm.FIELD_ORDER, lang);
        if (verdict == FormGuard.Verdict.TOO_FAST) {
            return page(400, lang, uri, cart, null, null, Map.of(), Set.of(), form, errors, msg.tooFast(),
                    guard.again(form.idempotencyKey, form.started));
        }
        if (!errors.isEmpty()) {
            return page(400, lang, uri, cart, null, null, Map.of(), Set.of(), form, errors, null,
                    guard.again(form.idempotencyKey, form.started));
        }
        Map<Long, Optional<ProductDto>> products = products(cart);
        if (cart.lines().stream().anyMatch(line -> products.get(line.productId()).isEmpty())) {
            return page(400, lang, uri, cart, null, null, Map.of(), Set.of(), form, Map.of(), msg.cartBlocked(),
                    guard.again(form.idempotencyKey, form.started));
        }
        QuoteSubmission outcome;
        try {
            outcome = quotes.submit(form.toRfq(cart), form.idempotencyKey);
        } catch (UpstreamUnavailableException e) {
            LOG.warnf("RFQ not sent, quote-service unavailable: %s", e.getCause());
            return page(503, lang, uri, cart, null, null, Map.of(), Set.of(), form, Map.of(), msg.tryAgain(),
                    guard.again(form.idempotencyKey, form.started));
        }
        if (outcome instanceof QuoteSubmission.Accepted accepted) {
            NewCookie done = confirmationCookie.write(new ConfirmationCookie.Confirmation(form.idempotencyKey,
                    accepted.number(), cart.lines(), accepted.warnings()));
            // the cart empties only now, with the redirect to the confirmation
            return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, SitePaths.cartThanks(lang))
                    .cookie(cartCookie.clear(), done).build();
        }
        if (outcome instanceof QuoteSubmission.KeyReused) {
            return page(400, lang, uri, cart, null, null, Map.of(), Set.of(), form, Map.of(), msg.keyReused(),
                    guard.fresh());
        }
        QuoteSubmission.Rejected rejected = (QuoteSubmission.Rejected) outcome;
        Map<String, String> upstream = new LinkedHashMap<>();
        java.util.Set<Integer> rejectedLines = new java.util.HashSet<>();
        for (String field : rejected.formFields()) {
            Matcher item = ITEM.matcher(field);
            if (item.matches()) {
                rejectedLines.add(Integer.parseInt(item.group(1)));
            } else {
                upstream.put(field, msg.fieldRejected(label(msg, field)));
            }
        }
        return page(400, lang, uri, cart, null, rejected.unmatched() ? msg.formRejected() : null, Map.of(),
                rejectedLines, form, upstream, null, guard.again(form.idempotencyKey, form.started));
    }

    // ---- the confirmation ----------------------------------------------------------------------------------------

    @GET
    @Path("es/cotizacion/gracias")
    public Response spanishThanks(@Context HttpHeaders headers, @Context UriInfo uri) {
        return thanks(Language.ES, headers, uri);
    }

    @GET
    @Path("en/quote/thanks")
    public Response englishThanks(@Context HttpHeaders headers, @Context UriInfo uri) {
        return thanks(Language.EN, headers, uri);
    }

    private Response thanks(Language lang, HttpHeaders headers, UriInfo uri) {
        Optional<ConfirmationCookie.Confirmation> done = confirmationCookie.read(headers);
        List<CartLineView> lines = List.of();
        String number = null;
        if (done.isPresent()) {
            number = done.get().quoteNumber();
            QuoteCart sent = new QuoteCart(done.get().lines());
            Map<Integer, Integer> belowMinimum = new HashMap<>();
            for (QuoteCreated.Warning warning : done.get().warnings()) {
                Matcher item = Pattern.compile("items\\[(\\d+)\\]\\.quantity").matcher(String.valueOf(warning.field()));
                if (item.matches() && "BELOW_MINIMUM_ORDER".equals(warning.code())) {
                    belowMinimum.put(Integer.parseInt(item.group(1)),
                            warning.minimumOrder() == null ? 0 : warning.minimumOrder());
                }
            }
            lines = views(lang, sent, Map.of(), Set.of(), Map.of(), belowMinimum, false);
        }
        String html = Templates.thanks(PageContext.of(lang, uri, "cart"), number, lines).setLocale(lang.locale())
                .render();
        return Response.ok(html, HTML).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    // ---- drawing -------------------------------------------------------------------------------------------------

    private Response page(int status, Language lang, UriInfo uri, QuoteCart cart, String notice, String problem,
            Map<Long, Map<String, String>> lineErrors, Set<Integer> rejectedLines, RfqForm form,
            Map<String, String> errors, String generalError, FormGuard.Fields fields) {
        return page(status, lang, uri, cart, notice, problem, lineErrors, rejectedLines, form, errors, generalError,
                fields, Map.of());
    }

    private Response page(int status, Language lang, UriInfo uri, QuoteCart cart, String notice, String problem,
            Map<Long, Map<String, String>> lineErrors, Set<Integer> rejectedLines, RfqForm form,
            Map<String, String> errors, String generalError, FormGuard.Fields fields, Map<Long, CartLineForm> typed) {
        AppMessages msg = messages(lang);
        List<CartLineView> lines = views(lang, cart, lineErrors, rejectedLines, typed, Map.of(), true);
        String general = generalError;
        if (general == null && !rejectedLines.isEmpty()) {
            general = lines.stream().filter(CartLineView::rejected).map(l -> msg.lineRejected(l.name()))
                    .reduce((a, b) -> a + " " + b).orElse(null);
        }
        CartView view = new CartView(lines, notice, problem, SitePaths.cartLines(lang));
        RfqView rfq = new RfqView(form, errors, general, fields, Countries.of(lang), SitePaths.cartSend(lang));
        String html = Templates.cart(PageContext.of(lang, uri, "cart"), view, rfq).setLocale(lang.locale()).render();
        return Response.status(status).type(HTML).entity(html).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private List<CartLineView> views(Language lang, QuoteCart cart, Map<Long, Map<String, String>> lineErrors,
            Set<Integer> rejectedLines, Map<Long, CartLineForm> typed, Map<Integer, Integer> warned, boolean flags) {
        AppMessages msg = messages(lang);
        Map<Long, Optional<ProductDto>> products = products(cart);
        List<CartLineView> views = new java.util.ArrayList<>();
        int index = 0;
        for (QuoteCart.Line line : cart.lines()) {
            Optional<ProductDto> dto = products.getOrDefault(line.productId(), Optional.empty());
            CartLineForm form = typed.get(line.productId());
            String quantity = form != null && form.quantity != null ? form.quantity : String.valueOf(line.quantity());
            String note = form != null ? form.note : line.note();
            Map<String, String> errors = lineErrors.getOrDefault(line.productId(), Map.of());
            if (dto.isEmpty()) {
                views.add(new CartLineView(index, line.productId(), msg.cartUnknownProduct(line.productId()), null,
                        null, null, quantity, note, null, null, false, flags, false, false,
                        rejectedLines.contains(index), errors));
            } else {
                ProductDto p = dto.get();
                ProductView card = ViewMapper.product(p, lang);
                Integer moq = p.minOrderQuantity();
                boolean below = warned.containsKey(index)
                        || (flags && moq != null && line.quantity() < moq);
                views.add(new CartLineView(index, line.productId(), card.name(), card.sku(), card.url(), card.unit(),
                        quantity, note, moq, card.price(), card.priceOnRequest(), false,
                        flags && line.termsChanged(moq, p.price()), below, rejectedLines.contains(index), errors));
            }
            index++;
        }
        return views;
    }

    /**
     * What the catalog says today of each line's product: from the first page of the catalog's list (one cached
     * read for a typical cart), else by id; empty when it is not on sale any more.
     */
    private Map<Long, Optional<ProductDto>> products(QuoteCart cart) {
        return products(cart.lines().stream().map(QuoteCart.Line::productId).toList());
    }

    private Map<Long, Optional<ProductDto>> products(List<Long> ids) {
        Map<Long, Optional<ProductDto>> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (ProductDto p : catalog.products(0, config.rfqProductLimit(), null, null).items()) {
            found.put(p.id(), Optional.of(p));
        }
        for (Long id : ids) {
            found.computeIfAbsent(id, missing -> catalog.product(String.valueOf(missing))
                    .filter(p -> p.id() == missing));
        }
        return found;
    }

    private static RfqForm blankForm(Language lang) {
        return RfqForm.blank(lang);
    }

    private static Response redirectWith(String path, NewCookie cookie) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path).cookie(cookie).build();
    }

    static AppMessages messages(Language lang) {
        return MessageBundles.get(AppMessages.class, Localized.Literal.of(lang.tag()));
    }

    static String label(AppMessages msg, String field) {
        return switch (field) {
            case "name" -> msg.fieldName();
            case "email" -> msg.fieldEmail();
            case "phone" -> msg.fieldPhone();
            case "company" -> msg.fieldCompany();
            case "country" -> msg.fieldCountry();
            case "subject" -> msg.fieldSubject();
            case "preferredLanguage" -> msg.fieldPreferredLanguage();
            default -> msg.fieldMessage();
        };
    }
}
