package org.convene.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.minutes.EntryKind;
import org.convene.minutes.MinutesService;
import org.convene.minutes.Visibility;
import org.convene.subject.Subject;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.PlainLanguage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A strategy discussion about children of two families makes two letters for parents, in plain words, each holding only
 * what the approved minutes mark as shareable about that family's children: nothing of the other family, nothing for
 * professionals only, and nothing about all the children, which the chair's page says is left out.
 */
@ConveneTest
class StrategyFamilyLettersTest {

    private static final String FIRST_FAMILY_ONLY = "Amir and Bela will get a place at the breakfast club";
    private static final String SECOND_FAMILY_ONLY = "Cleo will see the school nurse every week";
    private static final String ABOUT_EVERYONE = "All three children were seen together at the park";
    private static final String PROFESSIONALS_ONLY = "The older brother's phone was seized";

    @Autowired Concerns concerns;
    @Autowired StrategyService strategies;
    @Autowired StrategyRecord record;
    @Autowired MinutesService minutes;
    @Autowired Directory directory;
    @Autowired MockMvc mvc;

    @Test
    void childrenOfTwoFamiliesGetTwoLettersThatShareNothingBetweenThem() throws Exception {
        long caseId = strategies.raise("cara.chair", new NewConcern("Three children seen with an adult of concern", "A teacher", null, null,
                List.of(Subject.child("Amir Oneside", null, null), Subject.child("Bela Oneside", null, null), Subject.child("Cleo Otherside", null, null)),
                directory.personByUsername("cara.chair").orElseThrow().id())).getId();
        long meeting = concerns.firstMeeting(caseId);
        concerns.convene(meeting, 10, "Room 1");
        concerns.holdWithEveryonePresent(meeting);
        List<Subject> children = strategies.read("cara.chair", caseId).children();
        long amir = idOf(children, "Amir Oneside");
        long cleo = idOf(children, "Cleo Otherside");
        record.saveChild("cara.chair", meeting, cleo, "Seen with the adult", null, null, Section47Decision.SECTION_47_SINGLE_AGENCY, "Harm likely", null, 2);
        long police = directory.agencies().stream().filter(a -> a.kind() == AgencyKind.POLICE).findFirst().orElseThrow().id();
        minutes.addEntry("cara.chair", meeting, EntryKind.FAMILY_SHARING, null, FIRST_FAMILY_ONLY, Visibility.FAMILY, List.of(), amir);
        minutes.addEntry("cara.chair", meeting, EntryKind.FAMILY_SHARING, null, SECOND_FAMILY_ONLY, Visibility.FAMILY, List.of(), cleo);
        minutes.addEntry("cara.chair", meeting, EntryKind.FAMILY_SHARING, null, ABOUT_EVERYONE, Visibility.FAMILY, List.of(), null);
        minutes.addEntry("cara.chair", meeting, EntryKind.INFORMATION, police, PROFESSIONALS_ONLY, Visibility.PROFESSIONALS, List.of(), amir);
        minutes.approve("cara.chair", meeting, "convene-demo");

        String list = page("/meetings/" + meeting + "/family-letters");
        assertThat(list).contains("Family 1: Amir Oneside, Bela Oneside", "Family 2: Cleo Otherside", "1 shareable entry is about all the children");

        for (String first : List.of(page("/meetings/" + meeting + "/family-letters/1"), pdf("/meetings/" + meeting + "/family-letters/1.pdf"))) {
            assertThat(first).contains("Amir Oneside", "Bela Oneside", FIRST_FAMILY_ONLY)
                    .doesNotContain("Cleo", SECOND_FAMILY_ONLY, ABOUT_EVERYONE, PROFESSIONALS_ONLY);
            assertThat(PlainLanguage.problems(PlainLanguage.letterPart(first))).isEmpty();
        }
        for (String second : List.of(page("/meetings/" + meeting + "/family-letters/2"), pdf("/meetings/" + meeting + "/family-letters/2.pdf"))) {
            assertThat(second).contains("Cleo Otherside", SECOND_FAMILY_ONLY)
                    .doesNotContain("Amir", "Bela", FIRST_FAMILY_ONLY, ABOUT_EVERYONE, PROFESSIONALS_ONLY);
            assertThat(PlainLanguage.problems(PlainLanguage.letterPart(second))).isEmpty();
        }
        assertThat(mvc.perform(get("/meetings/" + meeting + "/family-letters/3").with(user("cara.chair").roles("CHAIR", "MANAGER")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void childrenOfOneFamilyGetOneLetterWithWhatIsAboutThemAll() throws Exception {
        long caseId = strategies.raise("cara.chair", new NewConcern("Two brothers left alone", "A neighbour", null, null,
                List.of(Subject.child("Dev Together", null, null), Subject.child("Eli Together", null, null)),
                directory.personByUsername("cara.chair").orElseThrow().id())).getId();
        long meeting = concerns.firstMeeting(caseId);
        concerns.convene(meeting, 11, "Room 2");
        concerns.holdWithEveryonePresent(meeting);
        minutes.addEntry("cara.chair", meeting, EntryKind.FAMILY_SHARING, null, "The boys will stay with their aunt on weeknights",
                Visibility.FAMILY, List.of(), null);
        minutes.approve("cara.chair", meeting, "convene-demo");
        String letter = page("/meetings/" + meeting + "/family-letters/1");
        assertThat(letter).contains("To the parents and carers of Dev Together and Eli Together", "The boys will stay with their aunt on weeknights");
        assertThat(page("/meetings/" + meeting + "/family-letters")).doesNotContain("Family 2").doesNotContain("in no letter");
    }

    private static long idOf(List<Subject> children, String name) {
        return children.stream().filter(child -> child.name().equals(name)).findFirst().orElseThrow().id();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("cara.chair").roles("CHAIR", "MANAGER"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String pdf(String path) throws Exception {
        byte[] bytes = mvc.perform(get(path).with(user("cara.chair").roles("CHAIR", "MANAGER"))).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
