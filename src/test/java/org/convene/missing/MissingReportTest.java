package org.convene.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The managers' figures: interviews offered and completed within the timescale are counted apart, by month and by the
 * service they were given to, and the page and the CSV say the same. Measured as what three new returns add.
 */
@ConveneTest
class MissingReportTest {

    @Autowired MissingService missing;
    @Autowired MissingReport report;
    @Autowired Directory directory;
    @Autowired TimeMachine time;
    @Autowired MockMvc mvc;

    @Test
    void interviewsOfferedAndCompletedInTimeAreCountedApartByService() throws Exception {
        Agency charity = directory.agencies().stream().filter(a -> a.kind() == AgencyKind.VCSE).findFirst().orElseThrow();
        long chloe = directory.personByUsername("chloe.charity").orElseThrow().id();
        MissingReport.Line before = service(charity.name());
        MissingReport.Line unassignedBefore = service("Not assigned");

        long inTime = back("Ari Reportone");
        missing.assignInterview("mia.coordinator", inTime, chloe, null);
        missing.offerInterview("chloe.charity", inTime);
        missing.completeInterview("chloe.charity", inTime, record());
        long late = back("Bo Reporttwo");
        missing.assignInterview("mia.coordinator", late, null, charity.id());
        missing.offerInterview("chloe.charity", late);
        long notOffered = back("Cy Reportthree");
        missing.interviewNotOffered("mia.coordinator", notOffered, "The child moved to another council's area");
        time.advance(Duration.ofHours(73));
        missing.completeInterview("chloe.charity", late, record());

        MissingReport.Line after = service(charity.name());
        assertThat(after.returns() - before.returns()).isEqualTo(2);
        assertThat(after.offeredInTime() - before.offeredInTime()).isEqualTo(2);
        assertThat(after.completedInTime() - before.completedInTime()).isEqualTo(1);
        MissingReport.Line unassigned = service("Not assigned");
        assertThat(unassigned.returns() - unassignedBefore.returns()).isEqualTo(1);
        assertThat(unassigned.notOffered() - unassignedBefore.notOffered()).isEqualTo(1);
        assertThat(unassigned.offeredInTime() - unassignedBefore.offeredInTime()).isZero();

        String csv = mvc.perform(get("/missing/report.csv").with(user("mo.manager").roles("MANAGER", "CHAIR"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv).contains("service,\"" + charity.name() + "\"," + after.returns() + "," + after.offeredInTime() + "," + after.completedInTime() + ",");
        String page = mvc.perform(get("/missing/report").with(user("mia.coordinator").roles("COORDINATOR"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Safer Futures", "Ari Reportone", "Completed in time, by month");
        String forAnotherManager = mvc.perform(get("/missing/report").with(user("dee.designated").roles("MANAGER", "ATTENDEE"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(forAnotherManager).contains("Safer Futures").doesNotContain("Ari Reportone", "Bo Reporttwo");
    }

    private MissingReport.Line service(String name) {
        return report.figures("mia.coordinator").byService().stream().filter(l -> l.label().equals(name)).findFirst()
                .orElse(new MissingReport.Line(name, 0, 0, 0, 0, 0, 0));
    }

    private long back(String child) {
        Instant now = time.now();
        long id = missing.report("mia.coordinator", new NewEpisode(null, child, null, null, ReporterKind.SCHOOL, "Head teacher", null, MissingFrom.SCHOOL,
                null, now.minus(Duration.ofHours(6)), now.minus(Duration.ofHours(5)), false, false, null, null, RiskGrade.LOW, null, null, null)).getId();
        missing.recordReturn("mia.coordinator", id, now, "School", ReturnHow.FOUND_BY_SOMEONE_ELSE, "Teacher");
        return id;
    }

    private static InterviewRecord record() {
        return new InterviewRecord("Bullying at school", "In the park", "Walked", "A mentor", null, null, null, null, null, Set.of());
    }
}
