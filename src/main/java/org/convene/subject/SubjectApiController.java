package org.convene.subject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.convene.shared.Limits;
import org.convene.shared.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/subjects")
@Tag(name = "Subjects")
class SubjectApiController {

    private final Subjects subjects;

    SubjectApiController(Subjects subjects) {
        this.subjects = subjects;
    }

    record NewSubject(@NotNull SubjectKind kind, @NotBlank @Size(max = Limits.NAME) @PlainText String name, @Positive Long localityId) {
    }

    record NewLink(@NotNull @Positive Long toSubjectId, @Size(max = Limits.REASON) @PlainText String note) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "A child, peer group or location: its links, and everything about it you may see (open actions first)")
    Subjects.SubjectPage get(@PathVariable long id, Principal principal) {
        return subjects.read(principal.getName(), id);
    }

    @GetMapping("/{id}/map")
    @Operation(summary = "A subject's peer map: the children, peer groups and locations linked to it or named with it in an incident, two steps "
            + "out, each with the incidents and missing episodes you may see; only subjects you may see are on it")
    Subjects.PeerMap map(@PathVariable long id, Principal principal) {
        return subjects.map(principal.getName(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    @Operation(summary = "Name a peer group or a location (children are named in the case about them)")
    Subject create(@Valid @RequestBody NewSubject request, Principal principal) {
        return subjects.create(principal.getName(), request.kind(), request.name(), request.localityId());
    }

    @PostMapping("/{id}/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record that two subjects you may see are linked (a child belongs to a peer group, is seen at a location)")
    SubjectLink link(@PathVariable long id, @Valid @RequestBody NewLink request, Principal principal) {
        return subjects.link(principal.getName(), id, request.toSubjectId(), request.note());
    }
}
