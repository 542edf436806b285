package com.zivah.catalog.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A product has a price, or is "price on request" without one; the violation names the {@code price} field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentPrice.Validator.class)
public @interface ConsistentPrice {

    String message() default "{catalog.price.consistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A write body with a price and the "price on request" flag. */
    interface Priced {
        java.math.BigDecimal price();

        Boolean priceOnRequest();
    }

    class Validator implements ConstraintValidator<ConsistentPrice, ConsistentPrice.Priced> {

        @Override
        public boolean isValid(Priced request, ConstraintValidatorContext context) {
            if (request == null || request.priceOnRequest() == null) {
                return true; // @NotNull on priceOnRequest reports that case
            }
            boolean consistent = request.priceOnRequest() == (request.price() == null);
            if (!consistent) {
                context.disableDefaultConstraintViolation();
                String message = request.priceOnRequest()
                        ? "{catalog.price.empty-on-request}"
                        : "{catalog.price.required}";
                context.buildConstraintViolationWithTemplate(message).addPropertyNode("price").addConstraintViolation();
            }
            return consistent;
        }
    }
}
