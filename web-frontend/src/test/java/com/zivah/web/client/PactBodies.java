package com.zivah.web.client;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.core.support.json.JsonValue;

/**
 * Pact's DSL repeats one template for every element of an array matched by type ({@code minArrayLike}). The pages
 * need distinct examples (two categories to sort, a product with and one without a price), so these helpers keep
 * the template's matching rules ({@code $.items[*]...}: what the provider must honour) and put distinct examples in
 * the body (what the consumer test, and the page tests through FakeUpstreams, get).
 */
final class PactBodies {

    private PactBodies() {
    }

    /** {@code template} (a root array) with its example elements replaced by those of {@code examples}. */
    static DslPart withExamples(DslPart template, DslPart examples) {
        JsonValue.Array body = (JsonValue.Array) template.getBody();
        body.getValues().clear();
        body.getValues().addAll(((JsonValue.Array) examples.getBody()).getValues());
        return template;
    }

    /** {@code template} (an object) with the example elements of its array {@code field} replaced. */
    static DslPart withExamples(DslPart template, String field, DslPart examples) {
        ((JsonValue.Object) template.getBody()).getEntries().put(field, examples.getBody());
        return template;
    }
}
