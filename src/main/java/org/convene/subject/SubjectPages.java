package org.convene.subject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.Map;
import java.util.stream.Stream;
import org.convene.directory.Directory;
import org.convene.shared.Limits;
import org.convene.web.Choice;
import org.convene.web.Forms;
import org.convene.web.Options;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A subject's page: who or what it is, what it is linked to, and everything about it the reader may see, in time order. */
@Controller
class SubjectPages {

    private final Subjects subjects;
    private final Directory directory;
    private final ObjectMapper json;

    SubjectPages(Subjects subjects, Directory directory, ObjectMapper json) {
        this.json = json;
        this.subjects = subjects;
        this.directory = directory;
    }

    record LinkForm(@NotBlank(message = "Choose the peer group or location.")
                    @Pattern(regexp = Forms.ID, message = "Choose the peer group or location from the list.") String to,
                    @Size(max = Limits.REASON, message = "Keep the note to {max} characters or fewer.") String note) {
    }

    record NewSubjectForm(@NotBlank(message = "Choose whether it is a peer group or a location.")
                          @Choice(value = SubjectKind.class, message = "Choose a peer group or a location.") String kind,
                          @NotBlank(message = "Give its name.") @Size(max = Limits.NAME, message = "Give the name in {max} characters or fewer.") String name,
                          @Pattern(regexp = Forms.ID, message = "Choose the locality from the list.") String locality,
                          @Size(max = Limits.REASON, message = "Keep the note to {max} characters or fewer.") String note) {
    }

    @GetMapping("/subjects/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        Subjects.SubjectPage page = subjects.read(principal.getName(), id);
        model.addAttribute("page", page);
        model.addAttribute("locality", page.subject().localityId() == null ? null
                : directory.findLocality(page.subject().localityId()).map(l -> l.name()).orElse(null));
        model.addAttribute("linkable", subjects.linkableBy(principal.getName()).stream().filter(s -> !s.id().equals(id))
                .map(s -> Options.option(String.valueOf(s.id()), s.name() + " (" + s.kind().label().toLowerCase() + ")")).toList());
        model.addAttribute("kinds", Stream.of(SubjectKind.PEER_GROUP, SubjectKind.LOCATION).map(k -> Options.option(k.name(), k.label())).toList());
        model.addAttribute("localities", directory.localities().stream().map(l -> Options.option(String.valueOf(l.id()), l.name())).toList());
        Forms.offer(model, "link", () -> new LinkForm(null, null));
        Forms.offer(model, "newSubject", () -> new NewSubjectForm(null, null, null, null));
        return "subject/show";
    }

    /**
     * The peer map: drawn as a graph where the page's script runs, from the map written into the page as JSON (every
     * "<" escaped, so no name can close the element it is in), and always readable as a list.
     */
    @GetMapping("/subjects/{id}/map")
    String map(@PathVariable long id, Principal principal, Model model) throws JsonProcessingException {
        Subjects.PeerMap map = subjects.map(principal.getName(), id);
        model.addAttribute("map", map);
        model.addAttribute("mapJson", json.writeValueAsString(map).replace("<", "\\u003c"));
        model.addAttribute("names", map.nodes().stream().collect(java.util.stream.Collectors.toMap(n -> String.valueOf(n.id()), Subjects.MapNode::name)));
        return "subject/map";
    }

    @PostMapping("/subjects/{id}/links")
    String link(@PathVariable long id, @Valid @ModelAttribute("link") LinkForm form, BindingResult errors, Principal principal, Model model,
                RedirectAttributes redirect) {
        return Forms.submit(errors, Map.of("toSubjectId", "to"), () -> subjects.link(principal.getName(), id, Forms.id(form.to()), form.note()),
                redirect, "Link recorded.", "/subjects/" + id, () -> show(id, principal, model));
    }

    /** Names a new peer group or location and links this subject to it, in one step. */
    @PostMapping("/subjects/{id}/links/new")
    String linkNew(@PathVariable long id, @Valid @ModelAttribute("newSubject") NewSubjectForm form, BindingResult errors, Principal principal,
                   Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, Map.of("localityId", "locality"), () -> subjects.createLinked(principal.getName(), id,
                        SubjectKind.valueOf(form.kind()), form.name(), Forms.id(form.locality()), form.note()),
                redirect, "Recorded, and linked.", "/subjects/" + id, () -> show(id, principal, model));
    }
}
