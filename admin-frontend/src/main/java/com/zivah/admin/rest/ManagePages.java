package com.zivah.admin.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.zivah.admin.client.Problem;
import com.zivah.admin.i18n.ManageMessages;
import com.zivah.admin.service.RefusedException;
import com.zivah.platform.ui.i18n.CurrentLanguage;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The shared bits of the catalog, settings, users and log pages: the {@link AdminPage} with the feedback of the last
 * action ({@code ?done=<key>} after a redirect; only keys of {@link Notices} are shown, so a crafted link cannot put
 * words on a page), field errors in the page's language, and rendering in the request's language.
 */
@ApplicationScoped
public class ManagePages {

    private static final Map<String, Function<ManageMessages, String>> OWN_ERRORS = Map.ofEntries(
            Map.entry("notAWholeNumber", ManageMessages::notAWholeNumber),
            Map.entry("notADecimal", ManageMessages::notADecimal),
            Map.entry("ambiguousDecimal", ManageMessages::ambiguousDecimal),
            Map.entry("imageFileMissing", ManageMessages::imageFileMissing),
            Map.entry("imageRefused", ManageMessages::imageRefused),
            Map.entry("settingInvalidJson", ManageMessages::settingInvalidJson),
            Map.entry("settingInvalidNumber", ManageMessages::settingInvalidNumber),
            Map.entry("emailTaken", ManageMessages::emailTaken),
            Map.entry("emailInvalid", ManageMessages::emailInvalid),
            Map.entry("nameRequired", ManageMessages::nameRequired),
            Map.entry("roleInvalid", ManageMessages::roleInvalid),
            Map.entry("notYourself", ManageMessages::notYourself),
            Map.entry("mailFailed", ManageMessages::mailFailed),
            Map.entry("csvMissing", ManageMessages::csvMissing));

    private final SecurityIdentity identity;
    private final CurrentLanguage language;
    private final CurrentVertxRequest request;

    public ManagePages(SecurityIdentity identity, CurrentLanguage language, CurrentVertxRequest request) {
        this.identity = identity;
        this.language = language;
        this.request = request;
    }

    /** The layout's page data for {@code section}, with the notice of {@code done} (a {@link Notices} key) if any. */
    public AdminPage page(String section, String done) {
        RoutingContext current = request.getCurrent();
        AdminPage page = current == null ? AdminPage.of(language.get(), null, null, section)
                : AdminPage.of(language.get(), current.request().path(), current.request().query(), section);
        String notice = Notices.text(done, messages());
        return notice == null ? page : page.withFlash(notice);
    }

    /** The signed-in user's username (preferred_username), to refuse changes to oneself. */
    public String username() {
        return identity.getPrincipal().getName();
    }

    /**
     * Field errors for a page: the admin's own checks carry a message key, put into the page's language here; a data
     * service's message (English, from its API) is shown as it is.
     */
    public Map<String, String> localized(Map<String, String> errors) {
        ManageMessages messages = messages();
        Map<String, String> result = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            Function<ManageMessages, String> own = OWN_ERRORS.get(message);
            result.put(field, own == null ? message : own.apply(messages));
        });
        return result;
    }

    /** A refusal's {@code errors[]} as field → message (the first message of each field). */
    public static Map<String, String> fieldErrors(RefusedException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem.FieldError error : refused.problem().errors()) {
            errors.putIfAbsent(error.field() == null ? "" : error.field(), error.message());
        }
        return errors;
    }

    /** A 409 about the version (no field, or {@code version}): the thing changed since the form was loaded. */
    public static boolean stale(RefusedException refused) {
        Map<String, String> errors = fieldErrors(refused);
        return refused.conflict() && (errors.isEmpty() || errors.containsKey("version"));
    }

    public ManageMessages messages() {
        return MessageBundles.get(ManageMessages.class, Localized.Literal.of(language.get().tag()));
    }

    public TemplateInstance render(TemplateInstance template) {
        return template.setLocale(language.get().locale());
    }
}
