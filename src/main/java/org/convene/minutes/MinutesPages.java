package org.convene.minutes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.convene.shared.Limits;
import org.convene.web.Choice;
import org.convene.web.DateInput;
import org.convene.web.Forms;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chair's record of a held meeting, its approval, and each reader's copy of the minutes (page and PDF). */
@Controller
class MinutesPages {

    private final MinutesService minutes;
    private final RecordPage recordPage;
    private final MinutesRenderer renderer;

    MinutesPages(MinutesService minutes, RecordPage recordPage, MinutesRenderer renderer) {
        this.minutes = minutes;
        this.recordPage = recordPage;
        this.renderer = renderer;
    }

    record EntryForm(@NotBlank(message = "Choose what kind of entry this is.")
                     @Choice(value = EntryKind.class, message = "Choose the kind of entry from the list.") String kind,
                     @Pattern(regexp = Forms.ID, message = "Choose the agency from the list.") String agency,
                     @NotBlank(message = "Write the entry.") @Size(max = Limits.ENTRY, message = "Write the entry in {max} characters or fewer.") String text,
                     @NotBlank(message = "Say who may read this entry.")
                     @Choice(value = Visibility.class, message = "Choose who may read it from the list.") String visibility,
                     @Size(max = 50, message = "Choose at most {max} agencies.")
                     List<@Pattern(regexp = "\\d{1,18}", message = "Choose the agencies from the list.") String> restrictedTo,
                     @Pattern(regexp = Forms.ID, message = "Choose the child from the list.") String child) {

        EntryForm {
            restrictedTo = restrictedTo == null ? List.of() : restrictedTo;
        }

        static final EntryForm EMPTY = new EntryForm("INFORMATION", null, null, "PROFESSIONALS", List.of(), null);
        static final Map<String, String> FIELDS = Map.of("agencyId", "agency", "subjectId", "child");
    }

    record ActionForm(@NotBlank(message = "Say what needs to be done.") @Size(max = Limits.TITLE, message = "Say what needs to be done in {max} characters or fewer.") String description,
                      @NotBlank(message = "Choose who will do it.") @Pattern(regexp = Forms.OWNER, message = "Choose who will do it from the list.") String owner,
                      @DateInput.Real(required = "Enter the date it is due by.") DateInput dueDate) {

        ActionForm {
            dueDate = dueDate == null ? DateInput.EMPTY : dueDate;
        }

        static final ActionForm EMPTY = new ActionForm(null, null, DateInput.EMPTY);
    }

    record ApprovalForm(@NotBlank(message = "Enter your password.") @Size(max = Limits.PASSWORD, message = "Enter your password.") String password) {
    }

    record CorrectionForm(@NotBlank(message = "Say what the correction is for.")
                          @Size(max = Limits.REASON, message = "Say what the correction is for in {max} characters or fewer.") String reason) {
    }

    @GetMapping("/meetings/{id}/record")
    String record(@PathVariable long id, Principal principal, Model model) {
        return recordPage.show(id, principal, model);
    }

    @PostMapping("/meetings/{id}/record/entries")
    String addEntry(@PathVariable long id, @Valid @ModelAttribute("entry") EntryForm form, BindingResult errors, Principal principal,
                    Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, EntryForm.FIELDS, () -> minutes.addEntry(principal.getName(), id, EntryKind.valueOf(form.kind()),
                        Forms.id(form.agency()), form.text(), Visibility.valueOf(form.visibility()),
                        form.restrictedTo().stream().map(Forms::id).toList(), Forms.id(form.child())),
                redirect, "Entry added.", "/meetings/" + id + "/record", () -> record(id, principal, model));
    }

    @PostMapping("/meetings/{id}/record/entries/{entryId}/removal")
    String removeEntry(@PathVariable long id, @PathVariable long entryId, Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.press(() -> minutes.removeEntry(principal.getName(), id, entryId), redirect, "Entry removed.",
                "/meetings/" + id + "/record", model, () -> record(id, principal, model));
    }

    @PostMapping("/meetings/{id}/record/actions")
    String addAction(@PathVariable long id, @Valid @ModelAttribute("agreedAction") ActionForm form, BindingResult errors, Principal principal,
                     Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            Forms.Owner owner = Forms.owner(form.owner());
            minutes.addAction(principal.getName(), id, form.description(), owner.personId(), owner.agencyId(), form.dueDate().toDate());
        }, redirect, "Action added. It starts when the minutes are approved.", "/meetings/" + id + "/record", () -> record(id, principal, model));
    }

    @PostMapping("/meetings/{id}/record/approval")
    String approve(@PathVariable long id, @Valid @ModelAttribute("approval") ApprovalForm form, BindingResult errors, Principal principal,
                   Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> minutes.approve(principal.getName(), id, form.password()),
                redirect, "Minutes approved. They will be sent to everyone invited.", "/meetings/" + id + "/record",
                () -> record(id, principal, model));
    }

    @PostMapping("/meetings/{id}/record/correction")
    String correct(@PathVariable long id, @Valid @ModelAttribute("correction") CorrectionForm form, BindingResult errors, Principal principal,
                   Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> minutes.startCorrection(principal.getName(), id, form.reason()),
                redirect, "Correction started: edit the record, then approve the new version.", "/meetings/" + id + "/record",
                () -> record(id, principal, model));
    }

    @GetMapping("/meetings/{id}/minutes")
    String versions(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("meetingId", id);
        model.addAttribute("versions", minutes.approvedVersions(principal.getName(), id));
        return "minutes/list";
    }

    @GetMapping("/meetings/{id}/minutes/{version}")
    String minutes(@PathVariable long id, @PathVariable int version, Principal principal, Model model) {
        model.addAttribute("copy", minutes.copyFor(principal.getName(), id, version));
        return "minutes/show";
    }

    @GetMapping("/meetings/{id}/minutes/{version}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int version, Principal principal) {
        byte[] pdf = renderer.pdf(minutes.copyFor(principal.getName(), id, version));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"minutes-" + id + "-v" + version + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

}
