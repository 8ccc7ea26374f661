package io.jianfu.app.security;

import java.util.List;

/** A built-in user: who they are, the unit they act for and their roles. */
public record UserAccount(String username, String passwordHash, String unitCode, List<String> roles) {
}
