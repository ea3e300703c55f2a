package org.convene.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.convene.calendar.CouncilTime;
import org.convene.shared.Limits;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
class AuditApiController {

    private final AuditVerifier verifier;
    private final AuditEvents events;
    private final CouncilTime dates;

    AuditApiController(AuditVerifier verifier, AuditEvents events, CouncilTime dates) {
        this.verifier = verifier;
        this.events = events;
        this.dates = dates;
    }

    /** The query of the events list: every part optional; dates are days in the council's time zone, both included. */
    record EventQuery(@Size(max = 50) @Pattern(regexp = "[a-z-]*") String entityType, @Size(max = 50) @Pattern(regexp = "[0-9]*") String entityId,
                      @Size(max = Limits.NAME) @PlainText String actor, @Plausible LocalDate from, @Plausible LocalDate to,
                      @Min(0) @Max(100_000) Integer page) {
    }

    @PostMapping("/verification")
    @Operation(summary = "Walk the audit chain and name the first broken link, if any")
    AuditVerification verify() {
        return verifier.verify();
    }

    @GetMapping("/events")
    @Operation(summary = "The audit trail's events, newest first, " + AuditEvents.PAGE_SIZE + " a page: by entity, person and dates")
    AuditEvents.Page events(@Valid @ModelAttribute EventQuery query) {
        return events.search(new AuditEvents.Filter(blankIsNull(query.entityType()), blankIsNull(query.entityId()), blankIsNull(query.actor()),
                query.from(), query.to(), dates.zone()), query.page() == null ? 0 : query.page());
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
