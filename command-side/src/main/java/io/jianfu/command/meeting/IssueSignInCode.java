package io.jianfu.command.meeting;

/** Issue a one-time sign-in code for a meeting; the handler answers with the code, which is stored only hashed. */
public record IssueSignInCode(String meetingId) {
}
