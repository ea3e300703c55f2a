package org.convene.security;

import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * With OIDC, the identity provider proves who someone is; their roles still come from Convene's directory,
 * matched on the {@code preferred_username} claim. Someone the directory does not know cannot sign in.
 */
@Service
class DirectoryOidcUserService extends OidcUserService {

    private final Directory directory;

    DirectoryOidcUserService(Directory directory) {
        this.directory = directory;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = super.loadUser(request);
        Person person = directory.personByUsername(oidcUser.getPreferredUsername())
                .filter(Person::active)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                        "This account is not in Convene's directory", null)));
        return new DefaultOidcUser(DirectoryUserDetailsService.authorities(person), oidcUser.getIdToken(),
                oidcUser.getUserInfo(), "preferred_username");
    }
}
