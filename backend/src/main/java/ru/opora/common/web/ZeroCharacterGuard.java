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

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("zero-character-guard").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null && value.indexOf('\0') >= 0) {
                    throw InvalidFormatException.from(parser, "string holds the character 0", value, String.class);
                }
                return value;
            }
        }));
    }
}
