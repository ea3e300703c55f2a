package org.convene.security;

import java.util.List;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Signs people in with the password held in the directory; their roles there become their authorities. Not a bean:
 * {@link ThrottledSignIn} is the one way a password is checked.
 */
class DirectoryUserDetailsService implements UserDetailsService {

    private final Directory directory;

    DirectoryUserDetailsService(Directory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Person person = directory.personByUsername(username)
                .filter(p -> p.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(person.username())
                .password(person.passwordHash())
                .disabled(!person.active())
                .authorities(authorities(person))
                .build();
    }

    static List<SimpleGrantedAuthority> authorities(Person person) {
        return person.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }
}
