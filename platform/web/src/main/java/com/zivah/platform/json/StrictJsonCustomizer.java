package com.zivah.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The JSON rules of every data service, applied to the one Quarkus {@code ObjectMapper} (REST bodies and
 * events alike):
 * <ul>
 *   <li>a body is exactly one JSON value: {@code {"a":1} xyz} or two objects in a row are refused
 *       ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}) instead of silently reading the first;</li>
 *   <li>no string value or object key may contain U+0000 ({@link NulCharacterException}): PostgreSQL rejects
 *       NUL in text, so without this check such a body reached the database and became a 500;</li>
 *   <li>integers must be JSON integers: by default Jackson silently turns {@code 2.7} into 2 and {@code "5"} into 5,
 *       so a quantity (or an event's field) would not be what was sent.</li>
 * </ul>
 * Both failures are {@code MismatchedInputException}s and leave as a 400 problem naming the field.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same rules for a mapper that Quarkus does not manage (tests, tools). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("zivah-strict-json");
        module.addDeserializer(String.class, new NulFreeStringDeserializer());
        module.addKeyDeserializer(String.class, new NulFreeKeyDeserializer());
        mapper.registerModule(module);
        return mapper;
    }

    /** Jackson's own String deserializer (same coercions), plus the NUL check. */
    static final class NulFreeStringDeserializer extends StdScalarDeserializer<String> {

        NulFreeStringDeserializer() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new NulCharacterException(p);
            }
            return value;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }

    static final class NulFreeKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            if (key != null && key.indexOf('\u0000') >= 0) {
                throw new NulCharacterException(ctxt.getParser());
            }
            return key;
        }
    }
}
