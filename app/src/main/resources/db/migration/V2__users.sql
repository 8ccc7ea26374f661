-- Built-in user accounts for HTTP Basic. Passwords are bcrypt hashes; credentials never enter the event store.
CREATE TABLE app_user (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    unit_code     VARCHAR(64)  NOT NULL,
    roles         VARCHAR(255) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by    VARCHAR(64)  NOT NULL
);
