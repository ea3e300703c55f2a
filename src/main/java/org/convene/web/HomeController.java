package org.convene.web;

import java.util.List;
import org.convene.access.AccessPolicy;
import org.convene.directory.Person;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final boolean oidcLogin;
    private final List<WaitingForYou> waiting;
    private final AccessPolicy policy;

    HomeController(ObjectProvider<ClientRegistrationRepository> oidc, List<WaitingForYou> waiting, AccessPolicy policy) {
        this.oidcLogin = oidc.getIfAvailable() != null;
        this.waiting = waiting;
        this.policy = policy;
    }

    @GetMapping("/")
    String home(Person person, Model model) {
        model.addAttribute("waiting", waiting.stream().flatMap(w -> w.of(person).stream()).toList());
        model.addAttribute("mayReferFamily", policy.referFamily(person));
        return "home/index";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidcLogin", oidcLogin);
        return "login";
    }
}
