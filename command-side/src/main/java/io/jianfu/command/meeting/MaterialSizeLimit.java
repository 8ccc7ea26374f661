package io.jianfu.command.meeting;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.util.regex.Pattern;

/**
 * The largest meeting material accepted, {@code jianfu.paperwork.material-max-size} (default 20 MB). The upload
 * request may be that large too: the HTTP body limit filter asks {@link #appliesTo} before its general limit.
 */
@Component
public class MaterialSizeLimit {
    public static final String DEFAULT = "20MB";
    private static final Pattern UPLOAD_PATH = Pattern.compile("/api/meetings/[^/]+/materials/?");

    private final long bytes;

    public MaterialSizeLimit(@Value("${jianfu.paperwork.material-max-size:" + DEFAULT + "}") DataSize limit) {
        this.bytes = limit.toBytes();
    }

    public long bytes() {
        return bytes;
    }

    /** Whether a request is a material upload, to which this limit applies instead of the general body limit. */
    public boolean appliesTo(String method, String path) {
        return "POST".equalsIgnoreCase(method) && path != null && UPLOAD_PATH.matcher(path).matches();
    }

    /** What the refusal of an oversize material says. */
    public String refusal(long size) {
        return "A meeting material may be at most " + describe(bytes) + " (" + bytes + " bytes)"
                + (size >= 0 ? "; this one is " + size + " bytes" : "") + ". Split or compress it and upload again.";
    }

    private static String describe(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
