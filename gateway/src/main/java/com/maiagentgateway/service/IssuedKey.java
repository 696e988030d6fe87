package com.maiagentgateway.service;

import com.maiagentgateway.model.AuditSubject;
import java.io.Serializable;
import java.time.Instant;

/** A key just issued to an application: in this answer and nowhere else, ever (the database keeps its hash). */
public record IssuedKey(String application, String prefix, String key, Instant expiresAt) implements AuditSubject, Serializable {

    @Override
    public String auditTarget() {
        return application + " key " + prefix + (expiresAt == null ? "" : ", expires " + expiresAt);
    }

    @Override
    public String toString() {
        return "IssuedKey[" + application + " key " + prefix + ", expires " + expiresAt + "]";
    }
}
