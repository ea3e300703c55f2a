package org.convene.family;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.Meeting;
import org.convene.shared.ConflictException;
import org.convene.shared.Documents;
import org.convene.shared.NotFoundException;
import org.convene.subject.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a family receives, in plain words (templates/family/letters.ftlh): the invitation to the meeting, their plan, and
 * the letter saying what was decided. Each is a page to print and a PDF of the same markup. A member who may not be told
 * about the child gets an invitation that does not name them, and no letter about the plan. Where a member's language is
 * not English the letter says an interpreter will explain it: Convene never translates.
 */
@Component
class FamilyLetters {

    public enum Kind { INVITATION, PLAN, OUTCOME }

    /** One letter or plan, with everything its template reads, each date already in the one format of pages, mails and PDFs. */
    public record Letter(Kind kind, FamilyReferral referral, FamilyMember member, List<String> children, Meeting meeting, Meeting review,
                  Person coordinator, String phone, List<TaskLine> tasks, String title) {
    }

    public record TaskLine(String what, String who, String byWhen, String checkedBy, boolean family) {
    }

    private final FamilyService family;
    private final Directory directory;
    private final FamilyContacts contacts;
    private final Documents documents;
    private final CouncilTime dates;

    FamilyLetters(FamilyService family, Directory directory, FamilyContacts contacts, Documents documents, CouncilTime dates) {
        this.family = family;
        this.directory = directory;
        this.contacts = contacts;
        this.documents = documents;
        this.dates = dates;
    }

    @Transactional
    Letter invitation(String username, long id, long memberId) {
        FamilyService.FamilyView view = family.read(username, id);
        FamilyMember member = member(view, memberId);
        Meeting meeting = view.networkMeeting().filter(Meeting::isConvened)
                .orElseThrow(() -> new ConflictException("Convene the family network meeting first: the invitation gives its time and place."));
        List<String> children = member.isMayReceiveInformation() ? names(view) : List.of();
        return letter(Kind.INVITATION, view, member, children, meeting, "Invitation to a family meeting");
    }

    @Transactional
    Letter plan(String username, long id) {
        FamilyService.FamilyView view = family.read(username, id);
        requireAgreed(view);
        return letter(Kind.PLAN, view, null, names(view), view.networkMeeting().orElse(null), "Your family plan");
    }

    @Transactional
    Letter outcome(String username, long id, long memberId) {
        FamilyService.FamilyView view = family.read(username, id);
        requireAgreed(view);
        FamilyMember member = member(view, memberId);
        if (!member.isMayReceiveInformation()) {
            throw new ConflictException(member.getName() + " may not be told about the child, so they get no letter about the plan.");
        }
        return letter(Kind.OUTCOME, view, member, names(view), view.networkMeeting().orElse(null), "What was decided at the family meeting");
    }

    byte[] pdf(Letter letter) {
        return documents.pdf(documents.render("family/document.ftlh", Map.of("letter", letter, "dates", dates)));
    }

    private Letter letter(Kind kind, FamilyService.FamilyView view, FamilyMember member, List<String> children, Meeting meeting, String title) {
        Meeting review = view.meetings().stream().filter(m -> m.getType().equals(FamilyMeetingKinds.REVIEW) && m.isConvened()).findFirst().orElse(null);
        Person coordinator = view.coordinator().orElseThrow(() -> new ConflictException("Allocate a coordinator first: letters come from them."));
        List<TaskLine> tasks = view.tasks().stream().map(task -> new TaskLine(task.what(), who(view, task), dates.date(task.dueDate()),
                task.checkedBy(), task.isFamilys())).toList();
        return new Letter(kind, view.referral(), member, children, meeting, review, coordinator, contacts.phone(), tasks, title);
    }

    private static void requireAgreed(FamilyService.FamilyView view) {
        if (view.referral().getPlanAgreedAt() == null) {
            throw new ConflictException("The plan is agreed at the family network meeting: there is nothing to print yet.");
        }
    }

    private String who(FamilyService.FamilyView view, FamilyTask task) {
        if (task.memberId() != null) {
            return view.members().stream().filter(m -> m.getId().equals(task.memberId())).map(FamilyMember::getName).findFirst().orElse("");
        }
        if (task.ownerPersonId() != null) {
            return directory.findPerson(task.ownerPersonId()).map(p -> p.displayName() + Optional.ofNullable(p.agencyId())
                    .flatMap(directory::findAgency).map(a -> ", " + a.name()).orElse("")).orElse("");
        }
        return directory.findAgency(task.ownerAgencyId()).map(a -> a.name()).orElse("");
    }

    private static FamilyMember member(FamilyService.FamilyView view, long memberId) {
        return view.members().stream().filter(m -> m.getId() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such member of this family's network"));
    }

    private static List<String> names(FamilyService.FamilyView view) {
        return view.children().stream().map(Subject::name).toList();
    }
}
