package ru.opora.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * PostgreSQL text cannot hold the character 0 (JSON «\u0000»): a request string with one is refused as a bad field
 * when it is read, instead of failing in the database after part of the request was handled.
 */
@Singleton
public class ZeroCharacterGuard implements ObjectMapperCustomizer {

    public static final String MESSAGE = "строка содержит символ с кодом 0, который нельзя сохранить; уберите его";

    /** True when the text holds the character 0. */
    public static boolean holdsZero(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("zero-character-guard").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (holdsZero(value)) {
                    throw InvalidFormatException.from(parser, "string holds the character 0", value, String.class);
                }
                return value;
            }
        }));
    }
}
