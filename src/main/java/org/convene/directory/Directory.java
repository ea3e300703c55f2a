package org.convene.directory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    public Optional<Person> findPerson(long id) {
        return people.findById(id);
    }

    public Optional<Agency> findAgency(long id) {
        return agencies.findById(id);
    }

    public Optional<Person> personByUsername(String username) {
        return people.findByUsername(username);
    }

    /** The active person with this e-mail address, if there is one. */
    public Optional<Person> personByEmail(String email) {
        return email == null ? Optional.empty() : people.findActiveByEmail(email.trim());
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

    /** Whether {@code manager} is above {@code person} in line management: their line manager, or above them. */
    public boolean isAboveInLine(Person manager, long personId) {
        Set<Long> seen = new HashSet<>();
        Long next = people.findById(personId).map(Person::lineManagerId).orElse(null);
        while (next != null && seen.add(next)) {
            if (next.equals(manager.id())) {
                return true;
            }
            next = people.findById(next).map(Person::lineManagerId).orElse(null);
        }
        return false;
    }

    /** Everyone below the person in line management: their reports, their reports' reports, and so on. */
    public Set<Long> reportsOf(Person manager) {
        Map<Long, List<Long>> reportsByManager = new HashMap<>();
        for (Person person : people.findAll()) {
            if (person.lineManagerId() != null) {
                reportsByManager.computeIfAbsent(person.lineManagerId(), id -> new ArrayList<>()).add(person.id());
            }
        }
        Set<Long> reports = new HashSet<>();
        Deque<Long> toVisit = new ArrayDeque<>(List.of(manager.id()));
        while (!toVisit.isEmpty()) {
            for (Long report : reportsByManager.getOrDefault(toVisit.pop(), List.of())) {
                if (reports.add(report)) {
                    toVisit.push(report);
                }
            }
        }
        reports.remove(manager.id());
        return reports;
    }

    /** The agency's safeguarding lead, if one is named. */
    public Optional<Person> safeguardingLeadOf(Agency agency) {
        return Optional.ofNullable(agency.safeguardingLeadId()).flatMap(people::findById);
    }
}
