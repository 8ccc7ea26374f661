package io.jianfu.events.inspection;

import java.util.List;

/**
 * One line of a published monthly list with its verification code (一事一码): a joint inspection (jointId set) or a
 * single one.
 */
public record PublishedInspection(String verificationCode, String jointId, List<String> inspectionIds) {
}
