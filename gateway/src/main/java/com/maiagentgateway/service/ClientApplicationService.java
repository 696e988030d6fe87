package com.maiagentgateway.service;

import com.maiagentgateway.model.ClientApplicationDetails;
import com.maiagentgateway.security.ClientKeyDirectory;
import com.maiagentgateway.store.ClientApplication;
import com.maiagentgateway.store.ClientApplications;
import com.maiagentgateway.store.ClientKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Managing client applications, for the admin API and the console alike: create (with a first key, shown
 * once), change, suspend and activate, rotate and revoke keys. Settings are validated here, for both; every
 * change is audited ({@link ClientApplicationChanges}) and applies on this node at once (its key directory is
 * read again) and on every other node within the directory's refresh.
 */
@ApplicationScoped
public class ClientApplicationService {

    /** Two keys at once: the current one and the next, while callers move over. */
    public static final int MAX_ACTIVE_KEYS = 2;

    @Inject
    ClientApplications applications;

    @Inject
    ClientKeyDirectory directory;

    @Inject
    ClientApplicationChanges changes;

    @Inject
    KnownChatbots chatbots;

    @Inject
    KeyLifetimes lifetimes;

    @Inject
    AlertWatch alerts;

    @Inject
    Clock clock;

    /** A new application (its id) with its first key. */
    public record Created(long applicationId, IssuedKey key) {
    }

    public List<ClientApplicationDetails> all() {
        Map<Long, List<ClientKey>> keys = applications.keysByApplication();
        Instant now = clock.instant();
        return applications.all().stream().map(a -> details(a, keys.getOrDefault(a.getId(), List.of()), now)).toList();
    }

    public ClientApplicationDetails get(long id) {
        return details(changes.get(id), applications.keysOf(id), clock.instant());
    }

    /** With its first key, accepted until {@code keyExpiresAt} (see {@link KeyLifetimes#expiryFor}; null: the default lifetime). */
    public Created create(@NotNull(message = "is required") @Valid ApplicationSettings settings, String keyExpiresAt) {
        Instant expiry = lifetimes.expiryFor(keyExpiresAt, clock.instant());
        chatbots.require(settings.chatbotIds());
        Created created = changes.store(settings, expiry);
        directory.refresh();
        toldIfEndingSoon(expiry);
        return created;
    }

    public ClientApplicationDetails update(long id, @NotNull(message = "is required") @Valid ApplicationSettings settings) {
        chatbots.require(settings.chatbotIds());
        changes.change(id, settings);
        directory.refresh();
        return get(id);
    }

    public ClientApplicationDetails setActive(long id, boolean active) {
        String name = get(id).name();
        if (active) {
            changes.activate(id, name);
        } else {
            changes.suspend(id, name);
        }
        directory.refresh();
        return get(id);
    }

    /** A further key, until {@code expiresAt} (null: the default lifetime); refused while two are active (revoke the old one once callers moved). */
    public IssuedKey rotate(long id, String expiresAt) {
        Instant expiry = lifetimes.expiryFor(expiresAt, clock.instant());
        IssuedKey issued = changes.addKey(id, get(id).name(), expiry);
        directory.refresh();
        toldIfEndingSoon(expiry);
        return issued;
    }

    public void revoke(long id, String prefix) {
        changes.revokeKey(id, prefix, get(id).name() + " key " + prefix);
        directory.refresh();
    }

    /** A key issued to end within the week is told now, not at the next hourly look. */
    private void toldIfEndingSoon(Instant expiry) {
        if (lifetimes.endsSoon(expiry, clock.instant())) {
            alerts.keysEndingSoon();
        }
    }

    private ClientApplicationDetails details(ClientApplication a, List<ClientKey> keys, Instant now) {
        return new ClientApplicationDetails(a.getId(), a.getName(), a.getOwner(), a.getContact(), a.getChatbots(), a.getOperations(),
                a.getRequestsPerMinute(), a.getCompletionsPerDay(), a.getUploadBytesPerDay(),
                a.getStatus() == ClientApplication.Status.ACTIVE, a.getCreatedAt(), a.getUpdatedAt(),
                keys.stream().map(k -> new ClientApplicationDetails.Key(k.getPrefix(), k.getCreatedAt(), k.getRevokedAt(), k.getExpiresAt(), k.getLastUsedAt(),
                        k.isActive() && !k.isExpiredAt(now), lifetimes.endsSoon(k.getExpiresAt(), now) && k.isActive())).toList());
    }

    /** Two keys are active already. */
    public static final class KeyLimitException extends RuntimeException {
        public KeyLimitException(String application) {
            super("The application " + application + " has " + MAX_ACTIVE_KEYS
                    + " active keys: revoke the one its callers no longer use before adding another.");
        }
    }
}
