package org.convene.directory;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
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
import java.util.function.Function;
import org.convene.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's public API: agencies, people, teams and localities, and who a person answers to.
 * <p>
 * People and agencies looked up one at a time are cached for {@link #CACHED_FOR}: every request and every worker
 * reads the signed-in person and the agencies it touches several times, and those reads were a sixth of the CPU a
 * strategy discussion costs (docs/benchmarks.md). The directory is kept outside Convene (the demo seeds it in one
 * transaction at start), and a change reaches Convene within that time, as a sign-in already holds its roles for the
 * session. Someone not found is not cached, so a person added is found at once.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    private static final Duration CACHED_FOR = Duration.ofMinutes(1);

    private final PersonRepository people;
    private final AgencyRepository agencies;
    private final TeamRepository teams;
    private final LocalityRepository localities;
    private final LoadingCache<Long, Person> peopleById;
    private final LoadingCache<String, Person> peopleByUsername;
    private final LoadingCache<Long, Agency> agenciesById;

    Directory(PersonRepository people, AgencyRepository agencies, TeamRepository teams, LocalityRepository localities) {
        this.people = people;
        this.agencies = agencies;
        this.teams = teams;
        this.localities = localities;
        this.peopleById = cache(id -> people.findById(id).orElse(null));
        this.peopleByUsername = cache(username -> people.findByUsername(username).orElse(null));
        this.agenciesById = cache(id -> agencies.findById(id).orElse(null));
    }

    private static <K, V> LoadingCache<K, V> cache(Function<K, V> load) {
        return Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(CACHED_FOR).build(load::apply);
    }

    public Person person(long id) {
        return findPerson(id).orElseThrow(() -> new NotFoundException("There is no person " + id));
    }

    public Optional<Person> findPerson(long id) {
        return Optional.ofNullable(peopleById.get(id));
    }

    public Optional<Agency> findAgency(long id) {
        return Optional.ofNullable(agenciesById.get(id));
    }

    public Optional<Person> personByUsername(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(peopleByUsername.get(username));
    }

    /** The active person with this e-mail address, if there is one. */
    public Optional<Person> personByEmail(String email) {
        return email == null ? Optional.empty() : people.findActiveByEmail(email.trim());
    }

    public Agency agency(long id) {
        return findAgency(id).orElseThrow(() -> new NotFoundException("There is no agency " + id));
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

    public Optional<Locality> findLocality(long id) {
        return localities.findById(id);
    }

    /** The person's line manager, if they have one. */
    public Optional<Person> lineManagerOf(Person person) {
        return Optional.ofNullable(person.lineManagerId()).flatMap(this::findPerson);
    }

    /** Whether {@code manager} is above {@code person} in line management: their line manager, or above them. */
    public boolean isAboveInLine(Person manager, long personId) {
        Set<Long> seen = new HashSet<>();
        Long next = findPerson(personId).map(Person::lineManagerId).orElse(null);
        while (next != null && seen.add(next)) {
            if (next.equals(manager.id())) {
                return true;
            }
            next = findPerson(next).map(Person::lineManagerId).orElse(null);
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
        return Optional.ofNullable(agency.safeguardingLeadId()).flatMap(this::findPerson);
    }
}
