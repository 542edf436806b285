package com.zivah.web.rest;

import com.zivah.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bean Validation of the site's forms (RFQ, contact, cart line) with messages in the page language (not the JVM's or
 * the header's), keyed by field name in the form's order.
 */
@ApplicationScoped
public class RfqValidator {

    private final ValidatorFactory factory;

    public RfqValidator(ValidatorFactory factory) {
        this.factory = factory;
    }

    /** First message per invalid field ("required" before "malformed"), in form order; empty when valid. */
    public Map<String, String> validate(Object form, List<String> fieldOrder, Language language) {
        Validator validator = factory.usingContext()
                .messageInterpolator(new FixedLocale(factory.getMessageInterpolator(), language.locale()))
                .getValidator();
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(form).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<Object> v) -> order(v, fieldOrder))
                        .thenComparingInt(v -> v.getConstraintDescriptor().getAnnotation() instanceof NotBlank ? 0 : 1))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    private static int order(ConstraintViolation<Object> violation, List<String> fieldOrder) {
        int index = fieldOrder.indexOf(violation.getPropertyPath().toString());
        return index < 0 ? fieldOrder.size() : index;
    }

    private record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
