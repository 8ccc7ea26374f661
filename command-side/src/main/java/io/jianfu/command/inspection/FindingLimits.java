package io.jianfu.command.inspection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.util.regex.Pattern;

/**
 * The limits that keep inspectors to prominent problems (the article's 300–500 photos per visit is the anti-goal):
 * the largest photo ({@code jianfu.inspections.photo-max-size}), the problem photos and the findings one inspection
 * may carry. The photo upload request may be as large as a photo: the HTTP body limit filter asks {@link #appliesTo}.
 */
@Component
public class FindingLimits {
    public static final String DEFAULT_PHOTO_MAX_SIZE = "5MB";
    /** Evidence photos per finding; the town shows the rectification, it does not document it exhaustively. */
    public static final int EVIDENCE_PHOTOS_PER_FINDING = 5;
    private static final Pattern UPLOAD_PATH = Pattern.compile("/api/inspections/[^/]+/findings/[^/]+/photos/?");

    private final long photoMaxBytes;
    private final int maxPhotosPerInspection;
    private final int maxFindingsPerInspection;

    @Autowired
    public FindingLimits(@Value("${jianfu.inspections.photo-max-size:" + DEFAULT_PHOTO_MAX_SIZE + "}") DataSize photo,
                         @Value("${jianfu.inspections.max-photos-per-inspection:20}") int maxPhotosPerInspection,
                         @Value("${jianfu.inspections.max-findings-per-inspection:10}") int maxFindingsPerInspection) {
        this(photo.toBytes(), maxPhotosPerInspection, maxFindingsPerInspection);
    }

    FindingLimits(long photoMaxBytes, int maxPhotosPerInspection, int maxFindingsPerInspection) {
        if (photoMaxBytes < 1 || maxPhotosPerInspection < 0 || maxFindingsPerInspection < 1) {
            throw new IllegalArgumentException("Finding limits must be positive.");
        }
        this.photoMaxBytes = photoMaxBytes;
        this.maxPhotosPerInspection = maxPhotosPerInspection;
        this.maxFindingsPerInspection = maxFindingsPerInspection;
    }

    public long photoMaxBytes() {
        return photoMaxBytes;
    }

    int maxPhotosPerInspection() {
        return maxPhotosPerInspection;
    }

    int maxFindingsPerInspection() {
        return maxFindingsPerInspection;
    }

    /** Whether a request is a photo upload, to which the photo limit applies instead of the general body limit. */
    public boolean appliesTo(String method, String path) {
        return "POST".equalsIgnoreCase(method) && path != null && UPLOAD_PATH.matcher(path).matches();
    }

    /** What the refusal of an oversize photo says. */
    public String refusal(long size) {
        return "A finding photo may be at most " + photoMaxBytes + " bytes" + (size >= 0 ? "; this one is " + size
                + " bytes" : "") + ". Photograph the prominent problem only, or lower the resolution.";
    }
}
