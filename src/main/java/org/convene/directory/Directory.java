package org.convene.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convene.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's public API: agencies, people, teams and localities, and who a person answers to. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final PersonRepository people;
    private final AgencyRepository agencies;
    private final TeamRepository teams;
    private final LocalityRepository localities;

    Directory(PersonRepository people, AgencyRepository agencies, TeamRepository teams, LocalityRepository localities) {
        this.people = people;
        this.agencies = agencies;
        this.teams = teams;
        this.localities = localities;
    }

    public Person person(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("There is no person " + id));
    }

    public Optional<Person> personByUsername(String username) {
        return people.findByUsername(username);
    }

    public Agency agency(long id) {
        return agencies.findById(id).orElseThrow(() -> new NotFoundException("There is no agency " + id));
    }

    public List<Agency> agencies() {
        return agencies.findAll().stream().sorted(Comparator.comparing(Agency::name)).toList();
    }

    public List<Person> people() {
        return people.findAll().stream().sorted(Comparator.comparing(Person::displayName)).toList();
    }

    public List<Person> peopleWithRole(Role role) {
        return people().stream().filter(person -> person.active() && person.hasRole(role)).toList();
    }

    public List<Team> teams() {
        return teams.findAll().stream().sorted(Comparator.comparing(Team::name)).toList();
    }

    public List<Locality> localities() {
        return localities.findAll().stream().sorted(Comparator.comparing(Locality::name)).toList();
    }

    /** The person's line manager, if they have one. */
    public Optional<Person> lineManagerOf(Person person) {
        return Optional.ofNullable(person.lineManagerId()).flatMap(people::findById);
    }

    /** The agency's safeguarding lead, if one is named. */
    public Optional<Person> safeguardingLeadOf(Agency agency) {
        return Optional.ofNullable(agency.safeguardingLeadId()).flatMap(people::findById);
    }
}
