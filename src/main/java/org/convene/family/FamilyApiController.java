package org.convene.family;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convene.meeting.InvitationContact;
import org.convene.meeting.Meeting;
import org.convene.shared.ApiPage;
import org.convene.shared.Limits;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import org.convene.subject.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Family network meeting referrals through the API: everything the pages do, for a case system or a coordinator's
 * tools. Of private family time only its start and end exist, here as everywhere. Every call is decided by {@code AccessPolicy}.
 */
@RestController
@Tag(name = "Family network meetings")
class FamilyApiController {

    private final FamilyService family;

    FamilyApiController(FamilyService family) {
        this.family = family;
    }

    record Child(@Schema(example = "Jordan Example") @NotBlank @Size(max = Limits.NAME) @PlainText String name,
                 @Schema(example = "2016-05-04") @Plausible LocalDate dateOfBirth, @Size(max = Limits.REFERENCE) @PlainText String reference) {
    }

    record Referral(@NotEmpty @Size(max = Limits.CHILDREN) List<@Valid @NotNull Child> children,
                    @Schema(example = "The family asked for help to keep Jordan at home") @NotBlank @Size(max = Limits.REASON) @PlainText String reason,
                    @Schema(example = "Jordan is often alone at night; school attendance is 60%") @NotBlank @Size(max = Limits.NOTE) @PlainText String worries,
                    @Schema(description = "The offer of a family network meeting before proceedings (section 31ZA)") boolean preProceedings) {
    }

    record Coordinator(@NotNull @Positive Long coordinatorId) {
    }

    record BaselineRecord(@NotBlank @Size(max = Limits.NOTE) @PlainText String objective, @NotBlank @Size(max = Limits.NOTE) @PlainText String questions,
                          @NotBlank @Size(max = Limits.NOTE) @PlainText String bottomLines, @Size(max = Limits.NOTE) @PlainText String resources) {
    }

    record Member(@Schema(example = "Maria Example") @NotBlank @Size(max = Limits.NAME) @PlainText String name,
                  @Schema(example = "Aunt") @NotBlank @Size(max = Limits.NAME) @PlainText String relationship,
                  @Schema(example = "POST") @NotNull InvitationContact contact,
                  @Size(max = Limits.EMAIL) @PlainText String email,
                  @Schema(example = "12 Example Road, Exampletown EX1 2AB") @Size(max = Limits.PLACE) @PlainText String contactDetails,
                  @Schema(example = "Polish") @Size(max = 100) @PlainText String language,
                  boolean interpreter, @Size(max = Limits.REASON) @PlainText String accessNeeds, boolean parentalResponsibility,
                  boolean mayReceiveInformation, OfferAnswer offerAnswer) {

        NewMember toMember() {
            return new NewMember(name, relationship, contact, email, contactDetails, language, interpreter, accessNeeds, parentalResponsibility,
                    mayReceiveInformation, offerAnswer);
        }
    }

    record Preparation(boolean seen, Consent consent, AdvocateOffer advocate) {
    }

    record Invitation(@NotNull InvitationContact how) {
    }

    record Answer(@NotNull MeetingAnswer answer) {
    }

    record Prepared(@NotBlank @Size(max = Limits.NOTE) @PlainText String childViews) {
    }

    record Stage(@NotNull MeetingStage stage,
                 @Schema(description = "Never kept: leave it out") @Null(message = NO_NOTE) @Size(max = Limits.REASON) @PlainText String note) {
        static final String NO_NOTE = "Convene keeps only when each stage started, and of private family time nothing else: send the stage without a note.";
    }

    @Schema(description = "Who does it: a member of the network, a person or an agency (one of the three).")
    record Task(@NotBlank @Size(max = Limits.TITLE) @PlainText String what, @Positive Long memberId, @Positive Long ownerPersonId,
                @Positive Long ownerAgencyId, @NotNull @Plausible LocalDate dueDate, @NotBlank @Size(max = Limits.NAME) @PlainText String checkedBy) {
    }

    record Plan(@Size(max = Limits.NOTE) @PlainText String supportNeeded, @NotBlank @Size(max = Limits.NOTE) @PlainText String backupPlan,
                boolean councilAgrees, @Size(max = Limits.REASON) @PlainText String councilReason) {
    }

    record Review(@Schema(description = "Each family member's task by id: DONE or NOT_DONE") @NotNull @Size(max = 200) Map<Long, @NotNull TaskOutcome> outcomes,
                  @NotBlank @Size(max = Limits.NOTE) @PlainText String note) {
    }

    record Decline(@NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record ReferralSummary(long id, FamilyStatus status, List<String> children, boolean preProceedings, Long coordinatorId, Instant referredAt,
                           Instant allocateBy, Instant allocatedAt, Boolean allocatedInTime, Instant completeBy, Boolean completedInTime) {
        static ReferralSummary of(FamilyService.FamilyView view) {
            FamilyReferral r = view.referral();
            return new ReferralSummary(r.getId(), r.getStatus(), view.children().stream().map(Subject::name).toList(), r.isPreProceedings(),
                    r.getCoordinatorId(), r.getReferredAt(), r.getAllocateBy(), r.getAllocatedAt(), r.allocatedInTime(), r.getCompleteBy(),
                    r.completedInTime());
        }
    }

    record MemberView(long id, String name, String relationship, InvitationContact contact, String email, String contactDetails, String language,
                      boolean interpreter, String accessNeeds, boolean parentalResponsibility, boolean mayReceiveInformation, OfferAnswer offerAnswer,
                      Instant seenAt, Consent consent, AdvocateOffer advocate, Instant invitedAt, InvitationContact invitedHow, MeetingAnswer answer,
                      Instant answeredAt) {
        static MemberView of(FamilyMember m) {
            return new MemberView(m.getId(), m.getName(), m.getRelationship(), m.getContact(), m.getEmail(), m.getContactDetails(), m.getLanguage(),
                    m.isInterpreter(), m.getAccessNeeds(), m.isParentalResponsibility(), m.isMayReceiveInformation(), m.getOfferAnswer(), m.getSeenAt(),
                    m.getConsent(), m.getAdvocate(), m.getInvitedAt(), m.getInvitedHow(), m.getAnswer(), m.getAnsweredAt());
        }
    }

    record MeetingLink(long id, String type, Instant startsAt) {
    }

    record ReferralView(ReferralSummary summary, String reason, String worries, long referrerId, String objective, String questions,
                        String bottomLines, String resources, String childViews, Instant sharingStartedAt, Instant privateTimeStartedAt,
                        Instant privateTimeEndedAt, String supportNeeded, String backupPlan, Boolean councilAgrees, String councilReason,
                        Instant planAgreedAt, Instant planSentAt, String reviewNote, String declinedReason, Instant closedAt,
                        List<MemberView> members, List<FamilyTask> tasks, List<MeetingLink> meetings) {
        static ReferralView of(FamilyService.FamilyView view) {
            FamilyReferral r = view.referral();
            return new ReferralView(ReferralSummary.of(view), r.getReason(), r.getWorries(), r.getReferrerId(), r.getObjective(), r.getQuestions(),
                    r.getBottomLines(), r.getResources(), r.getChildViews(), r.getSharingStartedAt(), r.getPrivateTimeStartedAt(),
                    r.getPrivateTimeEndedAt(), r.getSupportNeeded(), r.getBackupPlan(), r.getCouncilAgrees(), r.getCouncilReason(),
                    r.getPlanAgreedAt(), r.getPlanSentAt(), r.getReviewNote(), r.getDeclinedReason(), r.getClosedAt(),
                    view.members().stream().map(MemberView::of).toList(), view.tasks(),
                    view.meetings().stream().map(FamilyApiController::link).toList());
        }
    }

    private static MeetingLink link(Meeting meeting) {
        return new MeetingLink(meeting.getId(), meeting.getType(), meeting.getStartsAt());
    }

    @PostMapping("/api/family-referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer a family for a family network meeting (children's social care only)")
    ReferralView refer(@Valid @RequestBody Referral referral, Principal principal) {
        FamilyReferral saved = family.refer(principal.getName(), new NewReferral(referral.children().stream()
                .map(c -> Subject.child(c.name().trim(), c.dateOfBirth(), c.reference())).toList(), referral.reason(), referral.worries(),
                referral.preProceedings()));
        return get(saved.getId(), principal);
    }

    @GetMapping("/api/family-referrals")
    @Operation(summary = "The referrals you may see, newest first, with their deadlines and whether each was met, a page at a time")
    ApiPage<ReferralSummary> list(@Valid @ModelAttribute ApiPage.Request paging, Principal principal) {
        return paging.of((page, size) -> family.visibleTo(principal.getName(), page, size).stream().map(ReferralSummary::of).toList());
    }

    @GetMapping("/api/family-referrals/{id}")
    @Operation(summary = "A referral: the network, the meeting's stages (of private family time only its start and end), the plan and the review")
    ReferralView get(@PathVariable long id, Principal principal) {
        return ReferralView.of(family.read(principal.getName(), id));
    }

    @PutMapping("/api/family-referrals/{id}/coordinator")
    ReferralView allocate(@PathVariable long id, @Valid @RequestBody Coordinator coordinator, Principal principal) {
        family.allocate(principal.getName(), id, coordinator.coordinatorId());
        return get(id, principal);
    }

    @PostMapping("/api/family-referrals/{id}/baseline")
    ReferralView baseline(@PathVariable long id, @Valid @RequestBody BaselineRecord b, Principal principal) {
        family.recordBaseline(principal.getName(), id, new Baseline(b.objective(), b.questions(), b.bottomLines(), b.resources()));
        return get(id, principal);
    }

    @PostMapping("/api/family-referrals/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    MemberView addMember(@PathVariable long id, @Valid @RequestBody Member member, Principal principal) {
        return MemberView.of(family.addMember(principal.getName(), id, member.toMember()));
    }

    @PutMapping("/api/family-referrals/{id}/members/{memberId}")
    MemberView changeMember(@PathVariable long id, @PathVariable long memberId, @Valid @RequestBody Member member, Principal principal) {
        return MemberView.of(family.changeMember(principal.getName(), id, memberId, member.toMember()));
    }

    @PutMapping("/api/family-referrals/{id}/members/{memberId}/preparation")
    MemberView prepare(@PathVariable long id, @PathVariable long memberId, @Valid @RequestBody Preparation p, Principal principal) {
        return MemberView.of(family.prepareMember(principal.getName(), id, memberId, p.seen(), p.consent(), p.advocate()));
    }

    @PostMapping("/api/family-referrals/{id}/members/{memberId}/invitation")
    @Operation(summary = "Invite a member to the convened meeting: by e-mail Convene sends it; otherwise record the letter, call or visit")
    MemberView invite(@PathVariable long id, @PathVariable long memberId, @Valid @RequestBody Invitation invitation, Principal principal) {
        return MemberView.of(family.invite(principal.getName(), id, memberId, invitation.how()));
    }

    @PutMapping("/api/family-referrals/{id}/members/{memberId}/answer")
    MemberView answer(@PathVariable long id, @PathVariable long memberId, @Valid @RequestBody Answer answer, Principal principal) {
        return MemberView.of(family.recordAnswer(principal.getName(), id, memberId, answer.answer()));
    }

    @PostMapping("/api/family-referrals/{id}/preparation")
    ReferralView prepared(@PathVariable long id, @Valid @RequestBody Prepared prepared, Principal principal) {
        family.finishPreparation(principal.getName(), id, prepared.childViews());
        return get(id, principal);
    }

    @PostMapping("/api/family-referrals/{id}/stages")
    @Operation(summary = "Record a stage of the meeting as it happens: SHARING, PRIVATE_TIME_STARTED, PRIVATE_TIME_ENDED, in order, once each")
    ReferralView stage(@PathVariable long id, @Valid @RequestBody Stage stage, Principal principal) {
        family.recordStage(principal.getName(), id, stage.stage());
        return get(id, principal);
    }

    @PostMapping("/api/family-referrals/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    FamilyTask addTask(@PathVariable long id, @Valid @RequestBody Task t, Principal principal) {
        return family.addTask(principal.getName(), id, new NewTask(t.what(), t.memberId(), t.ownerPersonId(), t.ownerAgencyId(), t.dueDate(), t.checkedBy()));
    }

    @DeleteMapping("/api/family-referrals/{id}/tasks/{taskId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeTask(@PathVariable long id, @PathVariable long taskId, Principal principal) {
        family.removeTask(principal.getName(), id, taskId);
    }

    @PostMapping("/api/family-referrals/{id}/plan")
    @Operation(summary = "The plan is agreed, after private family time; the council agrees it or says why not")
    ReferralView agree(@PathVariable long id, @Valid @RequestBody Plan plan, Principal principal) {
        family.agreePlan(principal.getName(), id, new PlanTerms(plan.supportNeeded(), plan.backupPlan(), plan.councilAgrees(), plan.councilReason()));
        return get(id, principal);
    }

    @PostMapping("/api/family-referrals/{id}/plan/sent")
    @Operation(summary = "Send the plan: services' tasks become actions on the ladder; the review is asked for")
    ReferralView send(@PathVariable long id, Principal principal) {
        family.sendPlan(principal.getName(), id);
        return get(id, principal);
    }

    @PostMapping("/api/family-referrals/{id}/review")
    ReferralView review(@PathVariable long id, @Valid @RequestBody Review review, Principal principal) {
        family.recordReview(principal.getName(), id, review.outcomes(), review.note());
        return get(id, principal);
    }

    @PostMapping("/api/family-referrals/{id}/decline")
    ReferralView decline(@PathVariable long id, @Valid @RequestBody Decline decline, Principal principal) {
        family.decline(principal.getName(), id, decline.reason());
        return get(id, principal);
    }
}
