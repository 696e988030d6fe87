package com.maiagentgateway.service;

import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.security.ApiKeys;
import com.maiagentgateway.security.ClientKeyDirectory;
import com.maiagentgateway.store.ApiOperation;
import com.maiagentgateway.store.ClientApplication;
import com.maiagentgateway.store.ClientApplications;
import com.maiagentgateway.store.ClientKey;
import com.maiagentgateway.upstream.MaiAgentErrorException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Managing client applications: create (with a first key, shown once), change, suspend and activate,
 * rotate and revoke keys. Every change leaves an audit entry and applies on this node at once (its key
 * directory is read again) and on every other node within the directory's refresh.
 */
@ApplicationScoped
public class ClientApplicationService {

    /** An application's name: it appears in keys' audit lines, usage and metrics, so it is kept plain. */
    public static final String NAME_PATTERN = "[a-z0-9][a-z0-9-]{1,62}";
    public static final String NAME_RULE = "must be 2 to 63 lowercase letters, digits and dashes, starting with a letter or digit";
    public static final long MAX_REQUESTS_PER_MINUTE = 1_000_000;
    public static final long MAX_COMPLETIONS_PER_DAY = 100_000_000;
    /** 1 TiB. */
    public static final long MAX_UPLOAD_BYTES_PER_DAY = 1_099_511_627_776L;

    /** Two keys at once: the current one and the next, while callers move over. */
    public static final int MAX_ACTIVE_KEYS = 2;

    @Inject
    ClientApplications applications;

    @Inject
    ClientKeyDirectory directory;

    @Inject
    Changes changes;

    @Inject
    AuditedWrites audited;

    @Inject
    RecordsService records;

    @Inject
    Clock clock;

    /** What an admin sets on an application; validated by the caller (Bean Validation) before it gets here. */
    public record Settings(String name, String owner, String contact, List<String> chatbots, Set<ApiOperation> operations,
                           Integer requestsPerMinute, Integer completionsPerDay, Long uploadBytesPerDay) {
    }

    /** A new application with its first key. */
    public record Created(ClientApplication application, ApiKeys.Issued key) {
    }

    public List<ClientApplication> all() {
        return applications.all();
    }

    public ClientApplication get(long id) {
        return applications.find(id).orElseThrow(() -> new NotFoundException("No client application " + id + "."));
    }

    public List<ClientKey> keysOf(long id) {
        return applications.keysOf(id);
    }

    /** Every application's keys by application id, read at once. */
    public Map<Long, List<ClientKey>> keysByApplication() {
        return applications.keysByApplication();
    }

    public Created create(Settings settings) {
        requireKnownChatbots(settings.chatbots());
        Created created = audited.run("client-application.create", settings.name(), c -> c.application().getName(), () -> changes.store(settings));
        directory.refresh();
        return created;
    }

    public ClientApplication update(long id, Settings settings) {
        requireKnownChatbots(settings.chatbots());
        ClientApplication updated = audited.run("client-application.update", settings.name(), null, () -> changes.change(id, settings));
        directory.refresh();
        return updated;
    }

    public ClientApplication setStatus(long id, ClientApplication.Status status) {
        String action = status == ClientApplication.Status.ACTIVE ? "client-application.activate" : "client-application.suspend";
        ClientApplication changed = audited.run(action, nameOf(id), null, () -> changes.changeStatus(id, status));
        directory.refresh();
        return changed;
    }

    /** A further key; refused while two are active (revoke the old one once callers moved). */
    public ApiKeys.Issued rotate(long id) {
        ApiKeys.Issued issued = audited.run("client-application.key.create", nameOf(id), k -> nameOf(id) + " key " + k.prefix(), () -> changes.addKey(id));
        directory.refresh();
        return issued;
    }

    public void revoke(long id, String prefix) {
        audited.run("client-application.key.revoke", nameOf(id) + " key " + prefix, null, () -> changes.revokeKey(id, prefix));
        directory.refresh();
    }

    private String nameOf(long id) {
        return get(id).getName();
    }

    /**
     * MaiAgent has no list of chatbots, but answers 404 for the records of one it does not know: each id is
     * asked for one day's first record. MaiAgent unavailable is an upstream failure (503), not a verdict.
     */
    private void requireKnownChatbots(List<String> chatbots) {
        if (chatbots == null) {
            return;
        }
        List<Problem.FieldError> unknown = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (int i = 0; i < chatbots.size(); i++) {
            try {
                records.list(new RecordsQuery(chatbots.get(i), today, today, null, null), 1, 1);
            } catch (MaiAgentErrorException refused) {
                if (refused.status() != 404) {
                    throw refused;
                }
                unknown.add(new Problem.FieldError("chatbots[" + i + "]", "is not a chatbot MaiAgent knows"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }

    /** Two keys are active already. */
    public static final class KeyLimitException extends RuntimeException {
        public KeyLimitException(String application) {
            super("The application " + application + " has " + MAX_ACTIVE_KEYS
                    + " active keys: revoke the one its callers no longer use before adding another.");
        }
    }

    /** The database work of each change, each in one transaction (called through the proxy, so the transaction applies). */
    @ApplicationScoped
    public static class Changes {

        @Inject
        ClientApplications applications;

        @Inject
        Clock clock;

        @Transactional
        Created store(Settings settings) {
            requireFreeName(settings.name(), null);
            ClientApplication application = new ClientApplication(settings.name(), clock.instant());
            configure(application, settings);
            applications.add(application);
            ApiKeys.Issued key = ApiKeys.issue();
            applications.addKey(new ClientKey(application.getId(), key.prefix(), key.hash(), clock.instant()));
            applications.changed();
            return new Created(application, key);
        }

        @Transactional
        ClientApplication change(long id, Settings settings) {
            ClientApplication application = get(id);
            requireFreeName(settings.name(), application.getId());
            if (!application.getName().equals(settings.name())) {
                throw new InvalidInputException("name", "cannot be changed (keys, usage and the audit trail name the application by it)");
            }
            configure(application, settings);
            applications.changed();
            return application;
        }

        @Transactional
        ClientApplication changeStatus(long id, ClientApplication.Status status) {
            ClientApplication application = get(id);
            application.setStatus(status, clock.instant());
            applications.changed();
            return application;
        }

        @Transactional
        ApiKeys.Issued addKey(long id) {
            ClientApplication application = get(id);
            long active = applications.keysOf(id).stream().filter(ClientKey::isActive).count();
            if (active >= MAX_ACTIVE_KEYS) {
                throw new KeyLimitException(application.getName());
            }
            ApiKeys.Issued key = ApiKeys.issue();
            applications.addKey(new ClientKey(id, key.prefix(), key.hash(), clock.instant()));
            applications.changed();
            return key;
        }

        @Transactional
        Boolean revokeKey(long id, String prefix) {
            ClientKey key = applications.keysOf(id).stream().filter(k -> k.getPrefix().equals(prefix)).findFirst()
                    .orElseThrow(() -> new NotFoundException("The application has no key " + prefix + "."));
            if (key.isActive()) {
                key.revoke(clock.instant());
                applications.changed();
            }
            return Boolean.TRUE;
        }

        ClientApplication get(long id) {
            return applications.find(id).orElseThrow(() -> new NotFoundException("No client application " + id + "."));
        }

        private void requireFreeName(String name, Long except) {
            applications.named(name).filter(other -> !other.getId().equals(except)).ifPresent(taken -> {
                throw new InvalidInputException("name", "is already taken by another application");
            });
        }

        private void configure(ClientApplication application, Settings s) {
            application.configure(s.owner().trim(), s.contact().trim(),
                    s.chatbots() == null ? null : List.copyOf(new LinkedHashSet<>(s.chatbots())),
                    s.operations(), s.requestsPerMinute(), s.completionsPerDay(), s.uploadBytesPerDay(), clock.instant());
        }
    }
}
