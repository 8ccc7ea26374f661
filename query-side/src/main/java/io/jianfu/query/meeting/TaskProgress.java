package io.jianfu.query.meeting;

import java.time.OffsetDateTime;

/** One progress report on a task: how far, in words, when and by whom. */
public record TaskProgress(int percent, String text, OffsetDateTime at, String by) {
}
