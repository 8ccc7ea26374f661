package io.jianfu.events.directory;

/** The kinds of organisation the directory knows. */
public enum UnitKind {
    /** 区级部门: a district department such as 区城管局. */
    DEPARTMENT,
    /** 街道: an urban street office. */
    STREET,
    /** 镇: a town. */
    TOWN,
    /** 社区: an urban community. */
    COMMUNITY,
    /** 村: a village. */
    VILLAGE,
    /** A coordinating office such as 督查办 or 纪委监委. */
    OFFICE;

    /** District departments and offices: the units that lead matters, inspect and evaluate. */
    public boolean isDepartment() {
        return this == DEPARTMENT || this == OFFICE;
    }

    /** Streets, towns, communities and villages carry the load this system is meant to lighten. */
    public boolean isGrassroots() {
        return this == STREET || this == TOWN || this == COMMUNITY || this == VILLAGE;
    }
}
