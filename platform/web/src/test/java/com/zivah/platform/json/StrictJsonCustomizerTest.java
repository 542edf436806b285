package com.zivah.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.zivah.platform.problem.Problem;
import com.zivah.platform.problem.ProblemMapperTestAccess;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonCustomizerTest {

    record Customer(String name, String email) {
    }

    record Rfq(Customer customer, String message, List<String> tags, Map<String, String> features) {
    }

    record Line(int quantity, Long productId) {
    }

    private final ObjectMapper json = StrictJsonCustomizer.apply(new ObjectMapper());

    private List<Problem.FieldError> errorsOf(String body) {
        MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> json.readValue(body, Rfq.class));
        return ProblemMapperTestAccess.jsonFieldErrors(e);
    }

    @Test
    void aNulInANestedStringIsRefusedNamingTheField() {
        List<Problem.FieldError> errors = errorsOf("{\"customer\":{\"name\":\"Ana\\u0000\",\"email\":\"a@b.c\"}}");
        assertEquals(List.of(new Problem.FieldError("customer.name", NulCharacterException.MESSAGE)), errors);
    }

    @Test
    void aNulInAListElementMapValueOrMapKeyIsRefused() {
        assertEquals("tags[1]", errorsOf("{\"tags\":[\"a\",\"b\\u0000c\"]}").get(0).field());
        assertEquals("features.origin", errorsOf("{\"features\":{\"origin\":\"\\u0000\"}}").get(0).field());
        assertEquals(NulCharacterException.MESSAGE, errorsOf("{\"features\":{\"or\\u0000igin\":\"x\"}}").get(0).message());
    }

    @Test
    void ordinaryTextIncludingOtherEscapesIsReadUnchanged() throws Exception {
        Rfq rfq = json.readValue("{\"customer\":{\"name\":\"Ana P\\u00e9rez\\n\",\"email\":\"a@b.c\"},"
                + "\"message\":\"\\t\\\"ok\\\"\",\"tags\":[\"x\"],\"features\":{\"k\":\"v\"}}", Rfq.class);
        assertEquals("Ana Pérez\n", rfq.customer().name());
        assertEquals("\t\"ok\"", rfq.message());
        assertEquals(Map.of("k", "v"), rfq.features());
    }

    @Test
    void trailingGarbageOrASecondValueIsRefusedAsTheBody() {
        for (String body : List.of("{\"message\":\"a\"} xyz", "{\"message\":\"a\"}{\"message\":\"b\"}",
                "{\"message\":\"a\"} 1", "{\"message\":\"a\"}]")) {
            Exception e = assertThrows(Exception.class, () -> json.readValue(body, Rfq.class), body);
            assertEquals("body", ProblemMapperTestAccess.jsonFieldErrors(
                    (com.fasterxml.jackson.core.JsonProcessingException) e).get(0).field(), body);
        }
    }

    @Test
    void oneValueWithTrailingWhitespaceIsFine() throws Exception {
        assertEquals("a", json.readValue("{\"message\":\"a\"}  \n", Rfq.class).message());
    }

    @Test
    void integersMustBeJsonIntegers() throws Exception {
        for (String body : List.of("{\"quantity\":2.7}", "{\"quantity\":\"5\"}", "{\"quantity\":1,\"productId\":12.5}",
                "{\"quantity\":1,\"productId\":\"12\"}")) {
            assertThrows(MismatchedInputException.class, () -> json.readValue(body, Line.class), body);
        }
        assertEquals(new Line(2, 12L), json.readValue("{\"quantity\":2,\"productId\":12}", Line.class));
    }
}
