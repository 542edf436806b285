package com.zivah.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    record Item(long productId, int quantity) {
    }

    record Rfq(String email, List<Item> items) {
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aWrongTypeDeepInTheBodyIsNamedByItsJsonPath() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(
                "{\"email\":\"a@b.c\",\"items\":[{\"productId\":1,\"quantity\":2},{\"productId\":1,\"quantity\":\"many\"}]}",
                Rfq.class));
        List<Problem.FieldError> errors = ProblemMapper.jsonFieldErrors(e);
        assertEquals(1, errors.size());
        assertEquals("items[1].quantity", errors.get(0).field());
    }

    @Test
    void brokenJsonIsNamedAsTheBody() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> json.readValue("{\"email\": ", Rfq.class));
        assertEquals("body", ProblemMapper.jsonFieldErrors(e).get(0).field());
    }

    @Test
    void problemResponsesUseTheProblemMediaTypeAndKeepFieldErrors() {
        var response = new ProblemMapper().problem(ProblemException.invalid("items[0].productId", "unknown product"), null);
        assertEquals(400, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem body = (Problem) response.getEntity();
        assertEquals("https://zivah.com/problems/validation", body.type());
        assertEquals("items[0].productId", body.errors().get(0).field());
    }
}
