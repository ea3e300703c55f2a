package org.convene.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final boolean oidcLogin;

    HomeController(ObjectProvider<ClientRegistrationRepository> oidc) {
        this.oidcLogin = oidc.getIfAvailable() != null;
    }

    @GetMapping("/")
    String home() {
        return "home/index";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidcLogin", oidcLogin);
        return "login";
    }
}
