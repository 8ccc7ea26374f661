CREATE TABLE unit_view (
    code        VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    parent_code VARCHAR(64)
);
CREATE INDEX unit_view_kind_idx ON unit_view (kind, code);

CREATE TABLE cadre_view (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    name       VARCHAR(50) NOT NULL,
    unit_code  VARCHAR(64) NOT NULL,
    top_leader BOOLEAN     NOT NULL
);
CREATE INDEX cadre_view_unit_idx ON cadre_view (unit_code, id);
