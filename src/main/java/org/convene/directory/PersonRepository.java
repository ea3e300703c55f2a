package org.convene.directory;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    @Query("select * from person where lower(email) = lower(:email) and active order by id limit 1")
    Optional<Person> findActiveByEmail(String email);
}
