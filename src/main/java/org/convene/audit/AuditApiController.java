package org.convene.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
class AuditApiController {

    private final AuditVerifier verifier;

    AuditApiController(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping("/verification")
    @Operation(summary = "Walk the audit chain and name the first broken link, if any")
    AuditVerification verify() {
        return verifier.verify();
    }
}
