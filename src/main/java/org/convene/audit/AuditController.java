package org.convene.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The verifier's page, for admins and auditors. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
class AuditController {

    private final AuditVerifier verifier;

    AuditController(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/admin/audit")
    String page() {
        return "admin/audit";
    }

    @PostMapping("/admin/audit/verification")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        return "admin/audit";
    }
}
