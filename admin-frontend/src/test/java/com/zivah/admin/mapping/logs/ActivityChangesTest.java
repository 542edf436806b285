package com.zivah.admin.mapping.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zivah.admin.service.logs.ActivityRow.Change;

class ActivityChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void objectsShowTheFieldsThatChangedWithoutBookkeeping() throws Exception {
        JsonNode before = JSON.readTree("{\"sku\":\"A\",\"price\":4.85,\"name\":{\"es\":\"Café\"},\"version\":1,\"updatedAt\":\"x\"}");
        JsonNode after = JSON.readTree("{\"sku\":\"A\",\"price\":5.10,\"name\":{\"es\":\"Café <b>\"},\"version\":2,\"updatedAt\":\"y\"}");
        assertEquals(List.of(new Change("price", "4.85", "5.1"), new Change("name", "{\"es\":\"Café\"}", "{\"es\":\"Café <b>\"}")),
                ActivityChanges.of(before, after));
    }

    @Test
    void aValueOrACreationIsShownWhole() throws Exception {
        assertEquals(List.of(new Change("", "ventas@zivah.com", "sales@zivah.com")),
                ActivityChanges.of(JSON.readTree("\"ventas@zivah.com\""), JSON.readTree("\"sales@zivah.com\"")));
        assertEquals(List.of(new Change("", "—", "{\"sku\":\"B\"}")),
                ActivityChanges.of(null, JSON.readTree("{\"sku\":\"B\"}")));
        assertEquals(List.of(), ActivityChanges.of(JSON.readTree("true"), JSON.readTree("true")));
    }
}
