package ru.opora.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import ru.opora.security.OrganisationType;

/** A user as people read them: the login's display name and organisation, recorded from the verified token. */
@Entity
@Table(name = "user_account")
@Audited
public class UserAccount extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String username;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    /** Null for technical accounts (the system, the demo loader). */
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", length = 16)
    public OrganisationType organisationType;

    @Column(name = "organisation_code", length = 20)
    public String organisationCode;

    @Column(name = "organisation_name", length = 300)
    public String organisationName;

    @Version
    public long version;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
