package com.maiagentgateway.console;

import com.maiagentgateway.model.ClientApplicationDetails;
import com.maiagentgateway.platform.ByteSizes;
import com.maiagentgateway.platform.ConsoleDirectory;
import com.maiagentgateway.service.ClientApplicationService;
import com.maiagentgateway.service.Quotas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The Usage page's names and standings: each application's use against its quotas now (this minute, this UTC day),
 * chatbots by their configured names, sizes in human units.
 */
@Named
@RequestScoped
public class UsageQuotas {

    @Inject
    ClientApplicationService applications;

    @Inject
    Quotas quotas;

    @Inject
    ConsoleDirectory directory;

    /** One quota of one application: "3 of 120 requests this minute", and the share used (for the bar, capped at 100). */
    public record Meter(String application, String text, int percent, boolean exhausted) {
    }

    private List<Meter> meters;

    public List<Meter> getMeters() {
        if (meters == null) {
            meters = new ArrayList<>();
            try {
                for (ClientApplicationDetails application : applications.all()) {
                    quotas.useNow(application).forEach(use -> meters.add(meter(application.name(), use)));
                }
            } catch (RuntimeException failure) {
                PageMessages.failure(ConsoleText.get("usage.quotasNotRead"), failure);
            }
        }
        return meters;
    }

    private static Meter meter(String application, Quotas.Use use) {
        boolean bytes = Quotas.UPLOAD_BYTES_PER_DAY.equals(use.policy());
        String used = bytes ? ByteSizes.readable(use.used()) : String.valueOf(use.used());
        String quota = bytes ? ByteSizes.readable(use.quota()) : String.valueOf(use.quota());
        int percent = use.quota() == 0 ? 100 : (int) Math.min(100, 100 * use.used() / use.quota());
        return new Meter(application, ConsoleText.get("usage.quota." + use.policy(), used, quota), percent, use.used() >= use.quota());
    }

    /** A chatbot by its configured name, else the start of its id; "" for calls that name none. */
    public String chatbot(String id) {
        if (id == null) {
            return "";
        }
        return directory.getChatbots().stream().filter(c -> c.id().equals(id)).map(ConsoleDirectory.Choice::label).findFirst()
                .orElse(id.length() > 8 ? id.substring(0, 8) + "…" : id);
    }

    public String bytes(long bytes) {
        return ByteSizes.readable(bytes);
    }
}
