package com.zivah.web.mapping;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the {@code errors[].field} paths of quote-service's problems to the forms' field names: the RFQ's customer
 * fields and {@code items[i]} (the cart line i, whatever of it was refused), the contact form's own names.
 */
public final class ProblemFieldMapper {

    private static final Pattern ITEM = Pattern.compile("items\\[(\\d{1,3})\\].*");

    private ProblemFieldMapper() {
    }

    public static Optional<String> formField(String problemField) {
        if (problemField == null) {
            return Optional.empty();
        }
        String field = problemField.trim();
        Matcher item = ITEM.matcher(field);
        if (item.matches()) {
            return Optional.of("items[" + Integer.parseInt(item.group(1)) + "]");
        }
        return Optional.ofNullable(switch (field) {
            case "customer.name", "name" -> "name";
            case "customer.email", "email" -> "email";
            case "customer.phone", "phone" -> "phone";
            case "customer.company", "company" -> "company";
            case "customer.country" -> "country";
            case "subject" -> "subject";
            case "message" -> "message";
            case "locale" -> "preferredLanguage";
            default -> null;
        });
    }
}
