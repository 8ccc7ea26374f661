package io.jianfu.app.security;

import io.jianfu.app.axon.ActorMetadataInterceptor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Loads built-in users for HTTP Basic: their roles as ROLE_x and their unit as UNIT_code authorities. */
@Component
public class AccountDetailsService implements UserDetailsService {
    private final UserAccounts accounts;

    public AccountDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.find(username)
                                      .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        account.roles().forEach(role -> authorities.add(
                new SimpleGrantedAuthority(ActorMetadataInterceptor.ROLE_PREFIX + role)));
        authorities.add(new SimpleGrantedAuthority(ActorMetadataInterceptor.UNIT_PREFIX + account.unitCode()));
        return User.withUsername(account.username()).password(account.passwordHash()).authorities(authorities)
                   .build();
    }
}
