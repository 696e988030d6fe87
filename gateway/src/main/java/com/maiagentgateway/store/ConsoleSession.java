package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One console sign-in: who, in which realm, until when. Its token is known only by its SHA-256. */
@Entity
@Table(name = "console_session")
public class ConsoleSession {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "caller", nullable = false, length = 200)
    private String caller;

    /** The user registry that checked the password, where the server names one (Liberty); else null. */
    @Column(name = "realm", length = 200)
    private String realm;

    @Column(name = "signed_in_at", nullable = false)
    private Instant signedInAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ConsoleSession() {
    }

    ConsoleSession(String tokenHash, String caller, String realm, Instant signedInAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.caller = caller;
        this.realm = realm;
        this.signedInAt = signedInAt;
        this.expiresAt = expiresAt;
    }

    public String caller() {
        return caller;
    }

    public String realm() {
        return realm;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
