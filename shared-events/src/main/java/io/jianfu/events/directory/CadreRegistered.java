package io.jianfu.events.directory;

/** A cadre (干部) entered the directory; {@code topLeader} marks a unit's 一把手. */
public record CadreRegistered(String cadreId, String name, String unitCode, boolean topLeader) {
}
