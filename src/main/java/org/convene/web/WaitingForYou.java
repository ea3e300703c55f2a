package org.convene.web;

import java.util.Optional;
import org.convene.directory.Person;

/**
 * Something a module has waiting for the signed-in person, shown at the top of the home page while there is any. Each
 * module offers its own, so that the home page needs to know none of them.
 */
public interface WaitingForYou {

    Optional<Link> of(Person person);

    record Link(String text, String href) {
    }
}
