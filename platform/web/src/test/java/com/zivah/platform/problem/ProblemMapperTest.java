package com.zivah.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
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
        var response = new ProblemMapper().problem(ProblemException.invalid("items[0].productId", "unknown product"), null, null);
        assertEquals(400, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem body = (Problem) response.getEntity();
        assertEquals("https://zivah.com/problems/validation", body.type());
        assertEquals("items[0].productId", body.errors().get(0).field());
    }

    @Test
    void aLostDatabaseConnectionIsA503WithRetryAfterWhateverWrapsIt() {
        List<Throwable> failures = List.of(
                new RuntimeException("jakarta.persistence.PersistenceException",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006")),
                new IllegalStateException("io.quarkus.arc.ArcUndeclaredThrowableException",
                        new Exception("jakarta.transaction.RollbackException",
                                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))),
                new RuntimeException("Unable to acquire JDBC Connection",
                        new SQLException("Acquisition timeout while waiting for new connection")),
                new RuntimeException(new SQLTransientConnectionException("pool exhausted")),
                new RuntimeException(new SQLException("Connection to localhost:5432 refused.", "08001",
                        new ConnectException("Connection refused"))),
                new RuntimeException("x", new SQLException("batch", "23505") {{
                    setNextException(new SQLException("This connection has been closed.", "08003"));
                }}));
        for (Throwable failure : failures) {
            Response response = new ProblemMapper().unexpected(failure, null, null);
            assertEquals(503, response.getStatus(), failure.toString());
            assertEquals("1", response.getHeaderString("Retry-After"));
            assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
            assertEquals("Service temporarily unavailable", ((Problem) response.getEntity()).title());
        }
    }

    @Test
    void otherFailuresStayA500() {
        Throwable duplicate = new RuntimeException(new SQLException("duplicate key value", "23505"));
        assertNull(ProblemMapper.connectionFailure(duplicate));
        assertEquals(500, new ProblemMapper().unexpected(duplicate, null, null).getStatus());
        assertEquals(500, new ProblemMapper().unexpected(new NullPointerException(), null, null).getStatus());
    }
}
