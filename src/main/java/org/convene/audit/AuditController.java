package org.convene.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.convene.calendar.CouncilTime;
import org.convene.shared.Limits;
import org.convene.web.DateInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The audit trail for admins and auditors: its events, narrowed by entity, person and dates; and its verifier. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
class AuditController {

    private final AuditVerifier verifier;
    private final AuditEvents events;
    private final CouncilTime dates;

    AuditController(AuditVerifier verifier, AuditEvents events, CouncilTime dates) {
        this.verifier = verifier;
        this.events = events;
        this.dates = dates;
    }

    /** The filter as the page's form sends it. */
    record FilterForm(@Size(max = 50, message = "Choose the kind of record from the list.") @Pattern(regexp = "[a-z-]*", message = "Choose the kind of record from the list.") String entityType,
                      @Size(max = 50, message = "Enter a record number.") @Pattern(regexp = "[0-9]*", message = "Enter a record number, like 42.") String entityId,
                      @Size(max = Limits.NAME, message = "Enter a username, like cara.chair.") @Pattern(regexp = "[^\\s]*|e-mail link to .*", message = "Enter a username, like cara.chair.") String actor,
                      @DateInput.Real DateInput from, @DateInput.Real DateInput to,
                      @Pattern(regexp = "\\d{0,6}", message = "Choose a page.") String page) {

        FilterForm {
            from = from == null ? DateInput.EMPTY : from;
            to = to == null ? DateInput.EMPTY : to;
        }

        AuditEvents.Filter toFilter(CouncilTime dates) {
            return new AuditEvents.Filter(blankIsNull(entityType), blankIsNull(entityId), blankIsNull(actor), from.toDate(), to.toDate(), dates.zone());
        }

        /** The filter as a query string, for the links to the next and previous pages. */
        String query() {
            StringBuilder query = new StringBuilder();
            Map<String, String> parts = new java.util.LinkedHashMap<>();
            parts.put("entityType", entityType);
            parts.put("entityId", entityId);
            parts.put("actor", actor);
            parts.put("from.day", from.day());
            parts.put("from.month", from.month());
            parts.put("from.year", from.year());
            parts.put("to.day", to.day());
            parts.put("to.month", to.month());
            parts.put("to.year", to.year());
            parts.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    query.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&');
                }
            });
            return query.toString();
        }

        int pageNumber() {
            return page == null || page.isBlank() ? 0 : Integer.parseInt(page);
        }

        private static String blankIsNull(String text) {
            return text == null || text.isBlank() ? null : text.trim();
        }
    }

    @GetMapping("/admin/audit")
    String page(@Valid @ModelAttribute("filter") FilterForm form, BindingResult errors, Model model) {
        return show(errors.hasErrors() ? null : form, model);
    }

    @PostMapping("/admin/audit/verification")
    String verify(Model model) {
        FilterForm everything = new FilterForm(null, null, null, null, null, null);
        model.addAttribute("filter", everything);
        model.addAttribute("verification", verifier.verify());
        return show(everything, model);
    }

    /** The page, with the events the filter finds (none while the filter has a problem to show). */
    private String show(FilterForm valid, Model model) {
        if (valid != null) {
            model.addAttribute("page", events.search(valid.toFilter(dates), valid.pageNumber()));
            model.addAttribute("query", valid.query());
        }
        model.addAttribute("entityTypes", events.entityTypes().stream().map(type -> Map.of("value", type, "label", type)).toList());
        return "admin/audit";
    }
}
