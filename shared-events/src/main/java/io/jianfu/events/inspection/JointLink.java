package io.jianfu.events.inspection;

import java.util.List;

/**
 * Why two members of a joint inspection belong together: reason codes (SAME_TARGET:unit, SAME_FUNCTION,
 * DATE_GAP=n) and the same in words.
 */
public record JointLink(String inspectionId, String otherInspectionId, List<String> reasons, String text) {
}
