package io.jianfu.events.directory;

/** A unit (单位) entered the directory. {@code parentCode} is null for a top-level unit. */
public record UnitRegistered(String code, String name, UnitKind kind, String parentCode) {
}
