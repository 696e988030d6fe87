package com.maiagentgateway.service;

import com.maiagentgateway.model.FileRule;
import com.maiagentgateway.upstream.MaiAgentAttachments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What MaiAgent accepts as files, by purpose (e.g. {@code attachment}/{@code file}), normalised. */
@ApplicationScoped
public class AttachmentSpecsService {

    @Inject
    MaiAgentAttachments maiAgent;

    public List<FileRule> rules() {
        return maiAgent.allowedFileSpecs();
    }
}
