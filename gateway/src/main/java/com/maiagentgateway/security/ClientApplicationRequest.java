package com.maiagentgateway.security;

import com.maiagentgateway.platform.Roles;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.security.Principal;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An API call made with a client application's key: the application is the caller and holds the client
 * role only (what {@code @RolesAllowed} and the resources see), and the bytes of its body are counted as
 * they are read (upload usage and quota).
 */
public final class ClientApplicationRequest extends HttpServletRequestWrapper {

    /** The auth type reported for key-authenticated calls. */
    static final String AUTH_TYPE = "BEARER";

    private final ClientIdentity application;
    private final Principal principal;
    private final AtomicLong bytesRead = new AtomicLong();
    private ServletInputStream counting;

    ClientApplicationRequest(HttpServletRequest request, ClientIdentity application) {
        super(request);
        this.application = application;
        this.principal = new ApplicationPrincipal(application.name());
        application.attachTo(request);
        request.setAttribute(BODY_BYTES_ATTRIBUTE, bytesRead);
    }

    /** Request attribute holding the {@link AtomicLong} of body bytes read so far. */
    public static final String BODY_BYTES_ATTRIBUTE = ClientApplicationRequest.class.getName() + ".bytesRead";

    record ApplicationPrincipal(String getName) implements Principal {
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public String getRemoteUser() {
        return application.name();
    }

    @Override
    public boolean isUserInRole(String role) {
        return Roles.CLIENT.equals(role);
    }

    @Override
    public String getAuthType() {
        return AUTH_TYPE;
    }

    @Override
    public synchronized ServletInputStream getInputStream() throws IOException {
        if (counting == null) {
            counting = new Counting(super.getInputStream(), bytesRead);
        }
        return counting;
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final AtomicLong count;

        Counting(ServletInputStream in, AtomicLong count) {
            this.in = in;
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
