package ru.opora.account;

import java.util.Map;

/**
 * Display names of the logins one view shows, read in one query (see {@link UserDirectory#names}). A login the
 * directory does not know (its user has not opened the SPA since the directory exists) is shown as the login itself.
 */
public final class UserNames {

    private final Map<String, String> names;

    UserNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** The display name of {@code username}, the login itself when unknown, null for null. */
    public String of(String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }
}
