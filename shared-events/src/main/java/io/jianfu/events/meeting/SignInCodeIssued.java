package io.jianfu.events.meeting;

/**
 * The organiser issued a one-time sign-in code (签到码) for a meeting. Only the code's SHA-256 (salted with the
 * meeting id) is kept; the code itself was shown once to the organiser.
 */
public record SignInCodeIssued(String meetingId, String codeHash) {
}
