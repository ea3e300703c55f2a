package org.convene.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The directory caches people it has found; someone it did not find is found as soon as they are added. */
@ConveneTest
class DirectoryTest {

    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPersonAddedAfterALookupThatFoundNoOneIsFoundAtOnce() {
        assertThat(directory.personByUsername("nell.new")).isEmpty();
        long agency = directory.personByUsername("sam.social").orElseThrow().agencyId();
        long id = jdbc.queryForObject("insert into person (username, display_name, email, agency_id) "
                + "values ('nell.new', 'Nell New', 'nell.new@convene.example', ?) returning id", Long.class, agency);
        jdbc.update("insert into person_role (person_id, role) values (?, 'ATTENDEE')", id);
        try {
            assertThat(directory.personByUsername("nell.new")).get()
                    .satisfies(nell -> assertThat(nell.id()).isEqualTo(id))
                    .satisfies(nell -> assertThat(nell.roles()).containsExactly(Role.ATTENDEE));
            assertThat(directory.findPerson(id)).map(Person::displayName).contains("Nell New");
        } finally {
            jdbc.update("delete from person_role where person_id = ?", id);
            jdbc.update("delete from person where id = ?", id);
        }
    }

    @Test
    void someoneWhoIsNotThereIsNotFound() {
        assertThat(directory.findPerson(Long.MAX_VALUE)).isEmpty();
        assertThat(directory.findAgency(Long.MAX_VALUE)).isEmpty();
        assertThat(directory.personByUsername(null)).isEmpty();
    }
}
