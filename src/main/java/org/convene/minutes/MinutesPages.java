package org.convene.minutes;

import java.security.Principal;
import java.util.List;
import java.util.Objects;
import org.convene.directory.Directory;
import org.convene.shared.ConflictException;
import org.convene.shared.FormFields;
import org.convene.shared.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chair's record of a held meeting, its approval, and each reader's copy of the minutes (page and PDF). */
@Controller
class MinutesPages {

    private final MinutesService minutes;
    private final MinutesRenderer renderer;
    private final Directory directory;

    MinutesPages(MinutesService minutes, MinutesRenderer renderer, Directory directory) {
        this.minutes = minutes;
        this.renderer = renderer;
        this.directory = directory;
    }

    @GetMapping("/meetings/{id}/record")
    String record(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("record", minutes.record(principal.getName(), id));
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("people", directory.people());
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("decisions", Section47Decision.values());
        return "minutes/record";
    }

    @PostMapping("/meetings/{id}/record/entries")
    String addEntry(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                    RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "entry", form, "Entry added.", () -> minutes.addEntry(principal.getName(), id,
                FormFields.choice(EntryKind.class, form.getFirst("kind"), "Choose what kind of entry this is."),
                FormFields.optionalId(form.getFirst("agency")), form.getFirst("text"),
                FormFields.optionalChoice(Visibility.class, form.getFirst("visibility"), "Say who may read this entry."),
                form.getOrDefault("restrictedTo", List.of()).stream().map(FormFields::optionalId).filter(Objects::nonNull).toList()));
    }

    @PostMapping("/meetings/{id}/record/entries/{entryId}/removal")
    String removeEntry(@PathVariable long id, @PathVariable long entryId, Principal principal, Model model, RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "entry-removal", new LinkedMultiValueMap<>(), "Entry removed.", () -> minutes.removeEntry(principal.getName(), id, entryId));
    }

    @PostMapping("/meetings/{id}/record/children/{childId}")
    String saveChild(@PathVariable long id, @PathVariable long childId, @RequestParam MultiValueMap<String, String> form,
                     Principal principal, Model model, RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "child", form, "Saved.", () -> minutes.saveChildRecord(principal.getName(), id, childId,
                form.getFirst("worries"), form.getFirst("workingWell"), form.getFirst("needsToHappen"),
                FormFields.optionalChoice(Section47Decision.class, form.getFirst("decision"), "Choose the decision from the list."),
                form.getFirst("rationale"), form.getFirst("childWords")));
    }

    @PostMapping("/meetings/{id}/record/actions")
    String addAction(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                     RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "action", form, "Action added. It starts when the minutes are approved.", () -> {
            FormFields.PersonOrAgency owner = FormFields.personOrAgency(form.getFirst("owner"), "Choose who will do it.");
            minutes.addAction(principal.getName(), id, form.getFirst("description"), owner.personId(), owner.agencyId(),
                    FormFields.date(form.getFirst("day"), form.getFirst("month"), form.getFirst("year")));
        });
    }

    @PostMapping("/meetings/{id}/record/review")
    String review(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                  RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "review", form, "Review date saved. The review is raised when the minutes are approved.", () -> {
            boolean none = form.getFirst("day") == null || form.getFirst("day").isBlank();
            minutes.setReviewDate(principal.getName(), id,
                    none ? null : FormFields.date(form.getFirst("day"), form.getFirst("month"), form.getFirst("year")));
        });
    }

    @PostMapping("/meetings/{id}/record/approval")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String password, Principal principal, Model model,
                   RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "approval", new LinkedMultiValueMap<>(), "Minutes approved. They will be sent to everyone invited.",
                () -> minutes.approve(principal.getName(), id, password));
    }

    @PostMapping("/meetings/{id}/record/correction")
    String correct(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal principal, Model model,
                   RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "correction", new LinkedMultiValueMap<>(), "Correction started: edit the record, then approve the new version.",
                () -> minutes.startCorrection(principal.getName(), id, reason));
    }

    @GetMapping("/meetings/{id}/minutes")
    String versions(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("meetingId", id);
        model.addAttribute("versions", minutes.approvedVersions(principal.getName(), id));
        return "minutes/list";
    }

    @GetMapping("/meetings/{id}/minutes/{version}")
    String minutes(@PathVariable long id, @PathVariable int version, Principal principal, Model model) {
        MinutesService.MinutesCopy copy = minutes.copyFor(principal.getName(), id, version);
        model.addAttribute("copy", copy);
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

    private String attempt(long id, Principal principal, Model model, RedirectAttributes redirect, String formName,
                           MultiValueMap<String, String> form, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
            return "redirect:/meetings/" + id + "/record";
        } catch (InvalidRequestException | ConflictException e) {
            model.addAttribute("error", e.getMessage());
            FormFields.sendBack(model, formName, form);
            return record(id, principal, model);
        }
    }
}
