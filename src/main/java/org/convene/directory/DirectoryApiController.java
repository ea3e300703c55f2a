package org.convene.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Set;
import org.convene.shared.ApiPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as callers need it to use the rest of the API: people (to name an owner, a chair, an invitee) and
 * agencies. Names and job titles only: no e-mail addresses, no passwords.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Directory")
class DirectoryApiController {

    private final Directory directory;

    DirectoryApiController(Directory directory) {
        this.directory = directory;
    }

    record PeopleQuery(@Positive Long agencyId, Role role) {
    }

    record PersonSummary(long id, String displayName, String jobTitle, long agencyId, Long teamId, Set<Role> roles, boolean active) {
        static PersonSummary of(Person p) {
            return new PersonSummary(p.id(), p.displayName(), p.jobTitle(), p.agencyId(), p.teamId(), p.roles(), p.active());
        }
    }

    record AgencySummary(long id, String name, AgencyKind kind) {
    }

    @GetMapping("/people")
    @Operation(summary = "People in the directory, by name, a page at a time: of one agency, with one role, or all")
    ApiPage<PersonSummary> people(@Valid @ModelAttribute PeopleQuery query, @Valid @ModelAttribute ApiPage.Request paging) {
        return paging.of((page, size) -> directory.people().stream()
                .filter(p -> query.agencyId() == null || query.agencyId().equals(p.agencyId()))
                .filter(p -> query.role() == null || p.hasRole(query.role()))
                .skip((long) page * size).limit(size).map(PersonSummary::of).toList());
    }

    @GetMapping("/agencies")
    @Operation(summary = "The agencies, by name")
    List<AgencySummary> agencies() {
        return directory.agencies().stream().map(a -> new AgencySummary(a.id(), a.name(), a.kind())).toList();
    }
}
