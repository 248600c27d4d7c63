package ru.opora.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class UserAccountRepository implements PanacheRepositoryBase<UserAccount, String> {

    /** Display names by login, for the given logins that the directory knows. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery("select a.username, a.displayName from UserAccount a where a.username in :usernames", Object[].class)
                .setParameter("usernames", usernames)
                .getResultList();
        rows.forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}
