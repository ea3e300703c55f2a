package org.convene.directory;

import static org.convene.directory.AgencyKind.*;
import static org.convene.directory.Role.*;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds a directory for a Bristol-like city when the database has none: three localities, six agencies and the
 * demo accounts listed in the README (all with the password {@value #PASSWORD}). On in the embedded default and in
 * compose; off in production ({@code convene.demo-data=false}).
 */
@Component
@ConditionalOnProperty(name = "convene.demo-data", havingValue = "true")
class DemoDirectory implements SmartInitializingSingleton {

    static final String PASSWORD = "convene-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final LocalityRepository localities;
    private final AgencyRepository agencies;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private String passwordHash;

    DemoDirectory(LocalityRepository localities, AgencyRepository agencies, TeamRepository teams,
                  PersonRepository people, PasswordEncoder passwordEncoder) {
        this.localities = localities;
        this.agencies = agencies;
        this.teams = teams;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
    }

    /** Before the web server takes requests, so that a demo account signs in as soon as the login page answers. */
    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        if (agencies.count() > 0) {
            return;
        }
        passwordHash = passwordEncoder.encode(PASSWORD);
        Locality north = localities.save(new Locality(null, "North"));
        Locality central = localities.save(new Locality(null, "East Central"));
        Locality south = localities.save(new Locality(null, "South"));

        Agency socialCare = agency("Children's Social Care", SOCIAL_CARE, "csc-duty@convene.example");
        Agency police = agency("Police Child Exploitation Team", POLICE, "police-safeguarding@convene.example");
        Agency health = agency("Community Health Safeguarding", HEALTH, "health-safeguarding@convene.example");
        Agency education = agency("Education Safeguarding Service", EDUCATION, "education-safeguarding@convene.example");
        Agency youth = agency("Youth Service", YOUTH_SERVICE, "youth-duty@convene.example");
        Agency charity = agency("Safer Futures (children's charity)", VCSE, "referrals@saferfutures.convene.example");

        Team practice = teams.save(new Team(null, "Children's Practice Team", socialCare.id(), null));
        Team partnership = teams.save(new Team(null, "Partnership Team", socialCare.id(), null));
        Team northLocality = teams.save(new Team(null, "North Locality Team", socialCare.id(), north.id()));
        teams.save(new Team(null, "East Central Locality Team", socialCare.id(), central.id()));
        teams.save(new Team(null, "South Locality Team", socialCare.id(), south.id()));

        Person head = person("hugo.head", "Hugo Head", "Head of Service", socialCare, practice, null, MANAGER);
        Person chair = person("cara.chair", "Cara Chair", "Team Manager, Children's Practice Team", socialCare, practice, head, CHAIR, MANAGER);
        person("priya.lead", "Priya Lead", "Children's Practice Lead", socialCare, practice, chair, CHAIR);
        person("ivan.iro", "Ivan Iro", "Independent Reviewing Officer", socialCare, partnership, head, CHAIR);
        Person partnershipManager = person("mo.manager", "Mo Manager", "Team Manager, Partnership Team", socialCare, partnership, head, MANAGER, CHAIR);
        person("sam.social", "Sam Social", "Social Worker", socialCare, northLocality, partnershipManager, ATTENDEE);
        person("fay.family", "Fay Family", "Family Network Meeting Coordinator", socialCare, partnership, partnershipManager, CHAIR);
        person("mia.coordinator", "Mia Coordinator", "Missing Children Coordinator", socialCare, partnership, partnershipManager, COORDINATOR);
        agencies.save(socialCare.withSafeguardingLead(head.id()));

        leadAndAttendee(police, "dan.sergeant", "Dan Sergeant", "Detective Sergeant", "pat.police", "Pat Police", "Detective Constable");
        leadAndAttendee(health, "dee.designated", "Dee Designated", "Designated Nurse for Safeguarding", "hana.health", "Hana Health", "Safeguarding Nurse");
        leadAndAttendee(education, "ellen.education", "Ellen Education", "Education Safeguarding Lead", "eddie.dsl", "Eddie Dsl", "Designated Safeguarding Lead");
        leadAndAttendee(youth, "yvonne.youth", "Yvonne Youth", "Youth Service Manager", "yusuf.youth", "Yusuf Youth", "Detached Youth Worker");
        leadAndAttendee(charity, "cal.charity", "Cal Charity", "Service Manager", "chloe.charity", "Chloe Charity", "Young People's Worker");

        person("ada.admin", "Ada Admin", "Business Support Officer", socialCare, null, null, ADMIN);
        person("arthur.auditor", "Arthur Auditor", "Quality Assurance Officer", socialCare, null, null, AUDITOR);
        log.info("Demo directory seeded: {} agencies, {} people", agencies.count(), people.count());
    }

    private Agency agency(String name, AgencyKind kind, String dutyEmail) {
        return agencies.save(new Agency(null, name, kind, dutyEmail, null));
    }

    private void leadAndAttendee(Agency agency, String leadUsername, String leadName, String leadTitle,
                                 String username, String name, String title) {
        Person lead = person(leadUsername, leadName, leadTitle, agency, null, null, MANAGER, ATTENDEE);
        person(username, name, title, agency, null, lead, ATTENDEE);
        agencies.save(agency.withSafeguardingLead(lead.id()));
    }

    private Person person(String username, String name, String title, Agency agency, Team team, Person manager, Role... roles) {
        Set<PersonRole> grants = Arrays.stream(roles).map(PersonRole::new).collect(Collectors.toSet());
        return people.save(new Person(null, username, name, username + "@convene.example", title, agency.id(),
                team == null ? null : team.id(), manager == null ? null : manager.id(), passwordHash, true, grants));
    }
}
