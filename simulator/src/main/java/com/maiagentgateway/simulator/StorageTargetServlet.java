package com.maiagentgateway.simulator;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The object storage the presigned URLs point at, behaving like S3's POST upload: form fields
 * first, the file last, no Authorization header, 204 on success, XML errors. Uploaded objects
 * are served back at {@code objects/<key>} (the {@code file} URLs of attachments).
 * Multipart parts above 1 MB are spooled to disk by the container, never held in the heap.
 */
@WebServlet(name = "SimulatorStorage", urlPatterns = "/storage/*")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = 600L * 1024 * 1024, maxRequestSize = 610L * 1024 * 1024)
public class StorageTargetServlet extends HttpServlet {

    static final String UPLOAD_PATH = "/upload";
    static final String OBJECTS_PATH = "/objects/";

    @Inject
    PresignedUploads presigned;

    @Inject
    SimulatorObjects objects;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!UPLOAD_PATH.equals(request.getPathInfo())) {
            s3Error(response, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
            return;
        }
        if (request.getHeader("Authorization") != null) {
            // S3 refuses a presigned POST that also carries an Authorization header.
            s3Error(response, 400, "InvalidArgument", "Unsupported Authorization Type");
            return;
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            s3Error(response, 412, "PreconditionFailed", "Bucket POST must be of the enclosure-type multipart/form-data");
            return;
        }
        List<Part> parts = new ArrayList<>(request.getParts());
        int fileIndex = -1;
        for (int i = 0; i < parts.size(); i++) {
            if ("file".equals(parts.get(i).getName())) {
                fileIndex = i;
                break;
            }
        }
        if (fileIndex < 0) {
            s3Error(response, 400, "InvalidArgument", "POST requires exactly one file upload per request.");
            return;
        }
        if (fileIndex != parts.size() - 1) {
            // S3 ignores every field after the file; a policy field there means the upload is refused.
            s3Error(response, 400, "InvalidArgument", "Bucket POST must contain the file as the last field; "
                    + (parts.size() - 1 - fileIndex) + " field(s) came after it.");
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Part part : parts.subList(0, fileIndex)) {
            try (InputStream in = part.getInputStream()) {
                fields.put(part.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        PresignedUploads.Verdict verdict = presigned.verify(fields);
        if (!verdict.accepted()) {
            s3Error(response, 403, verdict.errorCode(), verdict.errorMessage());
            return;
        }
        Part file = parts.get(fileIndex);
        if (file.getSize() > verdict.maxSize()) {
            s3Error(response, 400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
            return;
        }
        String objectType = fields.getOrDefault("Content-Type",
                file.getContentType() == null ? "application/octet-stream" : file.getContentType());
        try (InputStream in = file.getInputStream()) {
            objects.put(verdict.key(), objectType, in);
        } finally {
            file.delete();
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.startsWith(OBJECTS_PATH)) {
            s3Error(response, 404, "NoSuchKey", "The specified key does not exist.");
            return;
        }
        var object = objects.get(path.substring(OBJECTS_PATH.length()));
        if (object.isEmpty()) {
            s3Error(response, 404, "NoSuchKey", "The specified key does not exist.");
            return;
        }
        // Served as a download, never rendered: an uploaded HTML file must not run in this origin.
        response.setContentType(object.get().contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setContentLengthLong(object.get().size());
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(object.get().path(), out);
        }
    }

    private static void s3Error(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/xml;charset=UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message.replace("&", "&amp;").replace("<", "&lt;") + "</Message></Error>");
    }
}
