package org.convene.minutes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.convene.shared.Limits;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meetings/{meetingId}")
@Tag(name = "Record and minutes")
class MinutesApiController {

    private final MinutesService minutes;

    MinutesApiController(MinutesService minutes) {
        this.minutes = minutes;
    }

    record NewEntry(@NotNull EntryKind kind, @Positive Long agencyId, @NotBlank @Size(max = Limits.ENTRY) @PlainText String text,
                    @NotNull Visibility visibility, @Size(max = 50) List<@NotNull @Positive Long> restrictedTo,
                    @Schema(description = "The child the entry is about; none for all the meeting's children") @Positive Long subjectId) {
    }

    record NewAction(@NotBlank @Size(max = Limits.TITLE) @PlainText String description, @Positive Long ownerPersonId, @Positive Long ownerAgencyId,
                     @NotNull @Plausible LocalDate dueDate) {
    }

    record Approval(@NotBlank @Size(max = Limits.PASSWORD) @PlainText String password) {
    }

    record Correction(@NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    @GetMapping("/record")
    @Operation(summary = "The record as it stands, every entry (the chair, and auditors)")
    MinutesService.RecordView record(@PathVariable long meetingId, Principal principal) {
        return minutes.record(principal.getName(), meetingId);
    }

    @PostMapping("/record/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add information shared, dissent, or what is shared with the family, saying who may read it")
    RecordEntry addEntry(@PathVariable long meetingId, @Valid @RequestBody NewEntry entry, Principal principal) {
        return minutes.addEntry(principal.getName(), meetingId, entry.kind(), entry.agencyId(), entry.text(), entry.visibility(),
                entry.restrictedTo() == null ? List.of() : entry.restrictedTo(), entry.subjectId());
    }

    @PostMapping("/record/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Who does what by when: becomes an action when the minutes are first approved")
    RecordAction addAction(@PathVariable long meetingId, @Valid @RequestBody NewAction action, Principal principal) {
        return minutes.addAction(principal.getName(), meetingId, action.description(), action.ownerPersonId(), action.ownerAgencyId(), action.dueDate());
    }

    @PostMapping("/minutes/approval")
    @Operation(summary = "Approve the record as the next version of the minutes (the chair, with their password)")
    MinutesVersionSummary approve(@PathVariable long meetingId, @Valid @RequestBody Approval approval, Principal principal) {
        return minutes.approve(principal.getName(), meetingId, approval.password());
    }

    @PostMapping("/minutes/correction")
    @Operation(summary = "Start a correction: a new version that will supersede the approved one")
    MinutesVersionSummary correct(@PathVariable long meetingId, @Valid @RequestBody Correction correction, Principal principal) {
        return minutes.startCorrection(principal.getName(), meetingId, correction.reason());
    }

    @GetMapping("/minutes")
    @Operation(summary = "The approved versions of the minutes")
    List<MinutesVersionSummary> versions(@PathVariable long meetingId, Principal principal) {
        return minutes.approvedVersions(principal.getName(), meetingId);
    }

    @GetMapping("/minutes/{version}")
    @Operation(summary = "Your copy of a version: only what your agency may see")
    MinutesService.MinutesCopy copy(@PathVariable long meetingId, @PathVariable int version, Principal principal) {
        return minutes.copyFor(principal.getName(), meetingId, version);
    }
}
