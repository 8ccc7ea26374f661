-- The command side's own view of the directory, written in the same transaction as the events that change it,
-- so command handlers can check that a unit or cadre exists before they accept a command.
CREATE TABLE directory_unit (
    code        VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    parent_code VARCHAR(64)
);

CREATE TABLE directory_cadre (
    id        VARCHAR(64) NOT NULL PRIMARY KEY,
    unit_code VARCHAR(64) NOT NULL
);
