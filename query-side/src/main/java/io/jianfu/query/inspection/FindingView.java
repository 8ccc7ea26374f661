package io.jianfu.query.inspection;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A finding as the target unit, the department and auditors see it: the problem, who recorded it, its status
 * (OPEN, RECTIFIED), the rectification evidence, and its photos with their SHA-256 and where to fetch them.
 */
public record FindingView(String inspectionId, String findingId, String month, String inspectingDepartmentCode,
                          String departmentCode, String targetUnitCode, String problem, String category,
                          String status, String evidence, List<Photo> photos) {

    public record Photo(String photoId, String kind, String contentType, long size, String sha256,
                        OffsetDateTime takenAt, String unitCode, String url) {
    }
}
