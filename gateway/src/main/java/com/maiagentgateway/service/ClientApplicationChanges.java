package com.maiagentgateway.service;

import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.problem.NotFoundInGatewayException;
import com.maiagentgateway.security.ApiKeys;
import com.maiagentgateway.store.ClientApplication;
import com.maiagentgateway.store.ClientApplications;
import com.maiagentgateway.store.ClientKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The database work of each change to a client application, each in one transaction and audited once it
 * committed. Called by {@link ClientApplicationService}, which checks the input first and tells the key directory after.
 */
@ApplicationScoped
public class ClientApplicationChanges {

    @Inject
    ClientApplications applications;

    @Inject
    Clock clock;

    @Transactional
    @Audited("client-application.create")
    public ClientApplicationService.Created store(@AuditTarget ApplicationSettings settings, Instant keyExpiresAt) {
        requireFreeName(settings.name(), null);
        ClientApplication application = new ClientApplication(settings.name(), clock.instant());
        configure(application, settings);
        applications.add(application);
        ApiKeys.Issued key = ApiKeys.issue();
        applications.addKey(new ClientKey(application.getId(), key.prefix(), key.hash(), clock.instant(), keyExpiresAt));
        applications.changed();
        return new ClientApplicationService.Created(application.getId(),
                new IssuedKey(application.getName(), key.prefix(), key.key(), keyExpiresAt));
    }

    @Transactional
    @Audited("client-application.update")
    public void change(long id, @AuditTarget ApplicationSettings settings) {
        ClientApplication application = get(id);
        requireFreeName(settings.name(), application.getId());
        if (!application.getName().equals(settings.name())) {
            throw new InvalidInputException("name", "cannot be changed (keys, usage and the audit trail name the application by it)");
        }
        configure(application, settings);
        applications.changed();
    }

    @Transactional
    @Audited("client-application.activate")
    public void activate(long id, @AuditTarget String name) {
        changeStatus(id, ClientApplication.Status.ACTIVE);
    }

    @Transactional
    @Audited("client-application.suspend")
    public void suspend(long id, @AuditTarget String name) {
        changeStatus(id, ClientApplication.Status.SUSPENDED);
    }

    @Transactional
    @Audited("client-application.key.create")
    public IssuedKey addKey(long id, @AuditTarget String name, Instant expiresAt) {
        ClientApplication application = get(id);
        Instant now = clock.instant();
        // An expired key no longer takes one of the two places: its application can be given a new one.
        long active = applications.keysOf(id).stream().filter(k -> k.isActive() && !k.isExpiredAt(now)).count();
        if (active >= ClientApplicationService.MAX_ACTIVE_KEYS) {
            throw new ClientApplicationService.KeyLimitException(application.getName());
        }
        ApiKeys.Issued key = ApiKeys.issue();
        applications.addKey(new ClientKey(id, key.prefix(), key.hash(), now, expiresAt));
        applications.changed();
        return new IssuedKey(application.getName(), key.prefix(), key.key(), expiresAt);
    }

    @Transactional
    @Audited("client-application.key.revoke")
    public void revokeKey(long id, String prefix, @AuditTarget String nameAndKey) {
        ClientKey key = applications.keysOf(id).stream().filter(k -> k.getPrefix().equals(prefix)).findFirst()
                .orElseThrow(() -> new NotFoundInGatewayException("The application has no key " + prefix + "."));
        if (key.isActive()) {
            key.revoke(clock.instant());
            applications.changed();
        }
    }

    ClientApplication get(long id) {
        return applications.find(id).orElseThrow(() -> new NotFoundInGatewayException("No client application " + id + "."));
    }

    private void changeStatus(long id, ClientApplication.Status status) {
        get(id).setStatus(status, clock.instant());
        applications.changed();
    }

    private void requireFreeName(String name, Long except) {
        applications.named(name).filter(other -> !other.getId().equals(except)).ifPresent(taken -> {
            throw new InvalidInputException("name", "is already taken by another application");
        });
    }

    private void configure(ClientApplication application, ApplicationSettings s) {
        ApplicationSettings.Quotas quotas = s.quotasOrNone();
        application.configure(s.owner().trim(), s.contact().trim(), s.chatbotIds(), s.grantedOperations(),
                quotas.requestsPerMinuteValue(), quotas.completionsPerDayValue(), quotas.uploadBytesPerDayValue(), clock.instant());
    }
}
