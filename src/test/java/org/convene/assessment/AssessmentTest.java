package org.convene.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.convene.directory.Directory;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.convene.subject.Subjects;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A peer group or location assessment: started once per subject, recorded and planned by its lead, listed as due
 * (soonest first, overdue marked) for whoever may see its subject, and closed with an outcome; and the peer map around
 * the group, which holds only the subjects its reader may see.
 */
@ConveneTest
class AssessmentTest {

    @Autowired AssessmentService assessments;
    @Autowired Subjects subjects;
    @Autowired Directory directory;
    @Autowired TimeMachine time;
    @Autowired TransactionTemplate transactions;

    @Test
    void theLeadRecordsPlansAndClosesItAndItIsDueForWhoeverSeesTheGroup() {
        Subject group = subjects.create("mo.manager", SubjectKind.PEER_GROUP, "Assessed group " + System.nanoTime(), null);
        Subject child = subjects.create("mo.manager", SubjectKind.LOCATION, "Assessed underpass " + System.nanoTime(), null);
        subjects.link("mo.manager", group.id(), child.id(), "Meets there");
        long sam = directory.personByUsername("sam.social").orElseThrow().id();

        assertThatThrownBy(() -> start(group.id(), null, null)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo("assessmentLead"));
        assertThatThrownBy(() -> start(group.id(), sam, time.today())).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo("assessmentDue"));
        ContextAssessment started = start(group.id(), sam, null);
        assertThat(started.dueDate()).isAfter(time.today().plusDays(20));
        assertThatThrownBy(() -> start(group.id(), sam, null)).isInstanceOf(ConflictException.class);

        // Sam leads it; the team manager who created the group sees it; someone who sees nothing of it is told it does not exist.
        assertThat(assessments.due("sam.social")).extracting(view -> view.assessment().id()).contains(started.id());
        assertThat(assessments.due("mo.manager")).extracting(view -> view.assessment().id()).contains(started.id());
        assertThat(assessments.due("dan.sergeant")).extracting(view -> view.assessment().id()).doesNotContain(started.id());
        assertThatThrownBy(() -> assessments.read("dan.sergeant", started.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.record("mo.manager", started.id(), known())).isInstanceOf(AccessDeniedException.class);

        assessments.record("sam.social", started.id(), known());
        long police = directory.personByUsername("pat.police").orElseThrow().agencyId();
        assertThatThrownBy(() -> assessments.addAction("sam.social", started.id(), "Patrols", null, police, time.today().minusDays(1)))
                .isInstanceOf(InvalidRequestException.class);
        assessments.addAction("sam.social", started.id(), "Evening patrols at the underpass", null, police, time.today().plusDays(7));
        AssessmentService.AssessmentView view = assessments.read("mo.manager", started.id());
        assertThat(view.assessment().risks()).isEqualTo("Older males supply drugs there");
        assertThat(view.assessment().weighting()).isEqualTo(ContextWeighting.HIGH);
        assertThat(view.plan()).extracting(AssessmentService.PlanLine::title).containsExactly("Evening patrols at the underpass");
        assertThat(view.overdue()).isFalse();

        assertThatThrownBy(() -> assessments.close("sam.social", started.id(), " ")).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo("outcome"));
        assessments.close("sam.social", started.id(), "Lighting installed; the group has moved on");
        assertThat(assessments.due("sam.social")).extracting(v -> v.assessment().id()).doesNotContain(started.id());
        assertThatThrownBy(() -> assessments.record("sam.social", started.id(), known())).isInstanceOf(ConflictException.class);

        // The peer map: the group, and the place it meets, both created by the manager, who sees both.
        Subjects.PeerMap map = subjects.map("mo.manager", group.id());
        assertThat(map.nodes()).extracting(Subjects.MapNode::id).containsExactly(group.id(), child.id());
        assertThat(map.edges()).extracting(Subjects.MapEdge::how).containsExactly("Linked: Meets there");
        assertThatThrownBy(() -> subjects.map("dan.sergeant", group.id())).isInstanceOf(NotFoundException.class);
    }

    private ContextAssessment start(long subjectId, Long leadId, LocalDate due) {
        return transactions.execute(status -> assessments.start("mo.manager", subjectId, null, leadId, due));
    }

    private static WhatIsKnown known() {
        return new WhatIsKnown("Five or six young people", "Friday evenings", "Meeting after school", "Older males supply drugs there",
                "A youth worker they trust", "No lighting at the underpass", ContextWeighting.HIGH);
    }
}
