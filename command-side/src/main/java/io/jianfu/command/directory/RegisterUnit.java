package io.jianfu.command.directory;

import io.jianfu.events.directory.UnitKind;

/** Enter a unit into the directory; {@code parentCode} names the unit it belongs to, if any. */
public record RegisterUnit(String code, String name, UnitKind kind, String parentCode) {
}
