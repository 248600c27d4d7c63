package ru.opora.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A request written byte for byte, for what HTTP client libraries refuse or clean up before sending. */
public final class RawHttp {

    private RawHttp() {
    }

    /** The status, the headers and the body of the answer, as one text. */
    public record Answer(int status, String head, String body) {
        public boolean isProblem() {
            return head.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json");
        }
    }

    /** Sends a GET with the target and extra header lines exactly as given (ISO-8859-1 bytes). */
    public static Answer get(String target, Actor actor, String... headerLines) {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        if (actor.bearer() != null) {
            request.append("Authorization: ").append(actor.bearer()).append("\r\n");
        }
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Accept: application/json\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
