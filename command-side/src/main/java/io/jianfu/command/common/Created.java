package io.jianfu.command.common;

/** The body of a successful create: the id of what was created. */
public record Created(String id) {
}
