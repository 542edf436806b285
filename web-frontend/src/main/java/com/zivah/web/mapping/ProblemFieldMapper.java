package com.zivah.web.mapping;

import java.util.Optional;

/** Maps the {@code errors[].field} paths of quote-service's problem to the RFQ form's field names. */
public final class ProblemFieldMapper {

    private ProblemFieldMapper() {
    }

    public static Optional<String> formField(String problemField) {
        if (problemField == null) {
            return Optional.empty();
        }
        String field = problemField.trim();
        if (field.startsWith("items")) {
            return Optional.of(field.endsWith("quantity") ? "quantity" : "productId");
        }
        return Optional.ofNullable(switch (field) {
            case "customer.name" -> "name";
            case "customer.email" -> "email";
            case "customer.phone" -> "phone";
            case "customer.company" -> "company";
            case "customer.country" -> "country";
            case "message" -> "message";
            default -> null;
        });
    }
}
