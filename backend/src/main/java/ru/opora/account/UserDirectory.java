package ru.opora.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import ru.opora.security.Caller;
import ru.opora.security.OrganisationType;

/**
 * Who a login is. The directory is filled from verified tokens ({@link #record(Caller)}, called by {@code GET /me}
 * when the SPA starts) and by technical actors that name themselves ({@link #recordTechnical}); views ask it for the
 * display names of the logins they show ({@link #names}).
 */
@ApplicationScoped
public class UserDirectory {

    private static final Logger LOG = Logger.getLogger(UserDirectory.class);

    /** More logins than one region has users: past it the memory starts over rather than grows. */
    private static final int RECORDED_MAX = 50_000;

    private final UserAccountRepository accounts;
    private final Clock clock;
    /** The entries this instance has found in the directory or written to it, by login. */
    private final Map<String, Entry> recorded = new ConcurrentHashMap<>();

    UserDirectory(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The caller as their token names them. Writes only when something changed, and never fails the request. What this
     * instance has already found or written is not read again: {@code GET /me} runs whenever the SPA starts, and
     * a round trip per call for a row that rarely changes is most of its cost. A changed token (a new name, another
     * organisation) is a different entry and is written as before.
     */
    public void record(Caller caller) {
        String name = caller.displayName() == null || caller.displayName().isBlank() ? caller.username() : caller.displayName().strip();
        Entry entry = new Entry(caller.username(), name.length() > 200 ? name.substring(0, 200) : name,
                caller.role().organisationType(), caller.organisationCode(), caller.organisationName());
        if (entry.equals(recorded.get(entry.username()))) {
            return;
        }
        if (save(entry)) {
            if (recorded.size() >= RECORDED_MAX) {
                recorded.clear();
            }
            recorded.put(entry.username(), entry);
        }
    }

    /** A technical actor (a loader, a job) under the name people should read, e.g. «Загружено системой». */
    public void recordTechnical(String username, String displayName) {
        save(new Entry(username, displayName, null, null, null));
    }

    /** The display names of these logins, in one query; nulls are ignored. */
    public UserNames names(Collection<String> usernames) {
        Set<String> wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return new UserNames(accounts.displayNames(wanted));
    }

    public UserNames names(String... usernames) {
        return names(Arrays.asList(usernames));
    }

    private record Entry(String username, String displayName, OrganisationType type, String code, String organisation) {
        boolean sameAs(UserAccount account) {
            return displayName.equals(account.displayName) && type == account.organisationType
                    && Objects.equals(code, account.organisationCode) && Objects.equals(organisation, account.organisationName);
        }
    }

    /** Whether the row now holds the entry. */
    private boolean save(Entry entry) {
        // In a transaction of its own: two first requests of one user may race to insert the row; the loser finds
        // it on its second attempt.
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> write(entry));
                return true;
            } catch (RuntimeException e) {
                if (attempt == 2) {
                    LOG.warnf(e, "The user directory could not record %s", entry.username());
                }
            }
        }
        return false;
    }

    private void write(Entry entry) {
        UserAccount account = accounts.findById(entry.username());
        if (account != null && entry.sameAs(account)) {
            return;
        }
        if (account == null) {
            account = new UserAccount();
            account.username = entry.username();
        }
        account.displayName = entry.displayName();
        account.organisationType = entry.type();
        account.organisationCode = entry.code();
        account.organisationName = entry.organisation();
        account.updatedAt = Instant.now(clock);
        accounts.persist(account);
    }
}
