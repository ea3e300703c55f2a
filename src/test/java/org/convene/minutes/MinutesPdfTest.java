package org.convene.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.Invitee;
import org.convene.meeting.MeetingService;
import org.convene.strategy.NewConcern;
import org.convene.strategy.StrategyService;
import org.convene.subject.Subject;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Names in Polish, Arabic and Chinese print in the minutes and agenda PDFs as written, not as "#". */
@ConveneTest
class MinutesPdfTest {

    static final List<String> NAMES = List.of("Zofia Wiśniewska-Łęcka", "ليلى حداد", "王小明");

    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired StrategyService strategies;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired MockMvc mvc;

    @Test
    void namesInEveryScriptPrintAsWritten() throws Exception {
        Map<AgencyKind, Agency> agencies = directory.agencies().stream().collect(Collectors.toMap(Agency::kind, a -> a));
        long concern = strategies.raise("cara.chair", new NewConcern("Missing together overnight", "A teacher", null, null,
                NAMES.stream().map(name -> Subject.child(name, null, null)).toList(),
                directory.personByUsername("cara.chair").orElseThrow().id())).getId();
        long id = meetings.ofCase("STRATEGY", concern).getFirst().getId();
        Instant start = calendar.addWorkingDays(time.today(), 2).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
        meetings.convene("cara.chair", id, start, start.plus(Duration.ofHours(1)), "Salle 3, Hôtel de Ville", null,
                List.of(Invitee.agency(agencies.get(AgencyKind.SOCIAL_CARE).id()), Invitee.agency(agencies.get(AgencyKind.POLICE).id()),
                        Invitee.agency(agencies.get(AgencyKind.HEALTH).id())));
        assertThat(pdf("/meetings/" + id + "/agenda.pdf")).contains("Hôtel de Ville").doesNotContain("#");

        time.advanceTo(start.plus(Duration.ofMinutes(70)));
        meetings.recordHeld("cara.chair", id, meetings.invitationsOf(id).stream().collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT)),
                Map.of(), Map.of(), null, true);
        minutes.addEntry("cara.chair", id, EntryKind.INFORMATION, null, "王小明 said: 我想回家. Layla said: أريد العودة إلى المنزل",
                Visibility.PROFESSIONALS, List.of(), null);
        minutes.approve("cara.chair", id, "convene-demo");

        String text = pdf("/meetings/" + id + "/minutes/1.pdf");
        assertThat(text).doesNotContain("#");
        for (String name : NAMES) {
            assertThat(text).contains(name);
        }
        assertThat(text).contains("我想回家", "أريد العودة إلى المنزل");
    }

    /** The PDF's text as a reader's tools extract it: Arabic's shaped letters read back as the letters typed. */
    private String pdf(String path) throws Exception {
        byte[] pdf = mvc.perform(get(path).with(user("cara.chair").roles("CHAIR", "MANAGER"))).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }
    }
}
