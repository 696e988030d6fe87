package com.maiagentgateway.notify;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Alerts by e-mail, through Jakarta Mail to the SMTP server {@code maiagent.alerts.mail.*} names. The session is the
 * application's own (not a server resource), so the same settings work on Liberty and WildFly.
 */
@ApplicationScoped
public class AlertMail {

    private static final String TIMEOUT_MS = "10000";

    @Inject
    @ConfigProperty(name = "maiagent.alerts.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.mail.from", defaultValue = "maiagent-gateway@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "maiagent.alerts.mail.starttls", defaultValue = "false")
    boolean startTls;

    private Session session;

    @PostConstruct
    void connectSettings() {
        if (host.isEmpty()) {
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        Authenticator login = null;
        if (username.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = username.get();
            String secret = password.orElse("");
            login = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, secret);
                }
            };
        }
        session = Session.getInstance(properties, login);
    }

    /** Whether an SMTP server is configured at all. */
    public boolean configured() {
        return session != null;
    }

    public void send(String to, AlertMessage alert) throws NotDelivered {
        if (session == null) {
            throw new NotDelivered("no SMTP server is configured (maiagent.alerts.mail.host)");
        }
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(from));
            mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            mail.setSubject(alert.subject(), StandardCharsets.UTF_8.name());
            mail.setText(alert.text(), StandardCharsets.UTF_8.name());
            Transport.send(mail);
        } catch (MessagingException refused) {
            throw new NotDelivered("the SMTP server " + host.orElse("") + ":" + port + " did not take it: " + firstLine(refused), refused);
        }
    }

    private static String firstLine(Exception failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
