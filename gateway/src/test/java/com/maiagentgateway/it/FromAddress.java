package com.maiagentgateway.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Requests sent from another loopback address (127.x.y.z), as from another machine: the gateway sees that address
 * as the caller's. The JDK's HTTP client cannot choose its local address, so this speaks plain HTTP/1.0 on a socket.
 */
public final class FromAddress {

    /** An answer: its status, its headers (names in lower case), its body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private final String address;

    private FromAddress(String address) {
        this.address = address;
    }

    public static FromAddress of(String address) {
        return new FromAddress(address);
    }

    /** A block of addresses nobody else in the run uses: {@code block.at(2)} … {@code block.at(254)}. */
    public static Block block() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Block("127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + ".");
    }

    public record Block(String prefix) {
        public FromAddress at(int host) {
            return new FromAddress(prefix + host);
        }
    }

    public String address() {
        return address;
    }

    /** GET with HTTP Basic credentials. */
    public Answer getAs(URL base, String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return get(base, path, Map.of("Authorization", "Basic " + credentials));
    }

    public Answer get(URL base, String path, Map<String, String> headers) {
        String target = base.getPath().replaceAll("/$", "") + path;
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.0\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("from " + address, e);
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return new Answer(status, headers, end < 0 ? "" : text.substring(end + 4));
    }
}
