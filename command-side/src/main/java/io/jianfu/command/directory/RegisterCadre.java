package io.jianfu.command.directory;

/** Enter a cadre into the directory as a member of a registered unit. */
public record RegisterCadre(String cadreId, String name, String unitCode, Boolean topLeader) {
}
