package org.convene.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Form login against the directory (the demo accounts in the embedded default); OIDC login as well when a client
 * registration is configured (Keycloak in compose). The API answers 401 rather than redirecting to a login page.
 * Every page and call is checked: method security on each controller says who may use it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** {@code convene.behind-tls}: HSTS on every answer, and the session cookie (see application.yml) marked Secure. */
    private final boolean behindTls;

    SecurityConfiguration(@Value("${convene.behind-tls:false}") boolean behindTls) {
        this.behindTls = behindTls;
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI sets inline styles; its pages hold no data and get a slightly looser policy. */
    static final String API_DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Liveness and readiness for the orchestrator, anonymously; everything else the actuator has (health details,
     * metrics) for admins or a metrics scraper's account, with its credentials on each request.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .anyRequest().hasAnyRole("ADMIN", "METRICS"))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
                .formLogin(form -> form.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::unauthorized))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        headers(http, CONTENT_SECURITY_POLICY);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // An invitation's own token authorises its answer; the controller checks it.
                        .requestMatchers("/api/invitations/*/answer").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
                .formLogin(form -> form.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::unauthorized))
                // The API is called with credentials on each request, never with the session cookie of a page.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        headers(http, CONTENT_SECURITY_POLICY);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/v3/api-docs/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        headers(http, API_DOCS_CONTENT_SECURITY_POLICY);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
                              DirectoryOidcUserService directoryOidcUsers) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/assets/**", "/govuk/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        // The signed links in e-mails (complete an action, answer an invitation): each page checks its token.
                        .requestMatchers("/actions/*/complete", "/invitations/*").permitAll()
                        // An invitee without an account: their invitation's guest link and a one-time code (GuestAccess)
                        .requestMatchers("/guest/invitations/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll().failureHandler((request, response, failure) ->
                        response.sendRedirect(failure instanceof ThrottledSignIn.TooManyAttemptsException ? "/login?throttled" : "/login?error")))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(directoryOidcUsers)));
        }
        headers(http, CONTENT_SECURITY_POLICY);
        return http.build();
    }

    /** 401, or 429 with the wait when the account or address has had too many wrong passwords. */
    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
        if (failure instanceof ThrottledSignIn.TooManyAttemptsException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, throttled.waitFor().toSeconds())));
        } else {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        }
    }

    private void headers(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers
                .httpStrictTransportSecurity(hsts -> {
                    // Behind TLS the request Convene sees may be plain HTTP from the proxy: send HSTS on every answer.
                    if (behindTls) {
                        hsts.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true);
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
    }
}
