package ru.opora.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo logins, read from the realm file so the printed table never drifts from what Keycloak imports. */
final class DemoUsers {

    private DemoUsers() {
    }

    static String table(Path realmFile) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"логин / username", "роль / role", "org_type", "org_code", "имя / name"});
        try {
            JsonNode realm = new ObjectMapper().readTree(realmFile.toFile());
            for (JsonNode user : realm.path("users")) {
                if (user.has("serviceAccountClientId")) {
                    continue;
                }
                rows.add(new String[] {
                    user.path("username").asText(),
                    user.path("realmRoles").path(0).asText(),
                    user.path("attributes").path("org_type").path(0).asText(),
                    user.path("attributes").path("org_code").path(0).asText(),
                    user.path("firstName").asText() + " " + user.path("lastName").asText()});
            }
            for (JsonNode client : realm.path("clients")) {
                if (client.path("serviceAccountsEnabled").asBoolean()) {
                    String code = "";
                    for (JsonNode mapper : client.path("protocolMappers")) {
                        if (mapper.path("name").asText().equals("org_code")) {
                            code = mapper.path("config").path("claim.value").asText();
                        }
                    }
                    rows.add(new String[] {client.path("clientId").asText(), "client credentials", "REGION", code,
                        "secret: " + client.path("secret").asText()});
                }
            }
        } catch (IOException e) {
            return "  (не удалось прочитать " + realmFile + ": " + e.getMessage() + ")";
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append("  ");
            for (int i = 0; i < row.length; i++) {
                out.append(String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }
}
