package org.convene.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.convene.directory.Agency;
import org.convene.directory.Person;

/** The choices of a select, radios or checkboxes, as the layout's macros read them: a value and what people see. */
public final class Options {

    private Options() {
    }

    public static Map<String, String> option(Object value, String label) {
        return Map.of("value", String.valueOf(value), "label", label);
    }

    /** Each value of an enum, by name, as people call it. */
    public static <E extends Enum<E>> List<Map<String, String>> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(value -> option(value.name(), label.apply(value))).toList();
    }

    /** A person to choose, by id, shown with their job title: "Cara Chair, Team Manager". */
    public static Map<String, String> person(Person person) {
        return person(String.valueOf(person.id()), person);
    }

    /**
     * Who an action can be given to, as {@link Forms#OWNER} reads the choice: each active person ("person:12"), then each
     * agency as a whole ("agency:3").
     */
    public static List<Map<String, String>> actionOwners(List<Person> people, List<Agency> agencies) {
        List<Map<String, String>> owners = new ArrayList<>();
        people.stream().filter(Person::active).forEach(p -> owners.add(person("person:" + p.id(), p)));
        agencies.forEach(a -> owners.add(option("agency:" + a.id(), a.name() + " (the agency)")));
        return owners;
    }

    /** A person to choose under another value (as "person:12"), shown with their job title. */
    public static Map<String, String> person(String value, Person person) {
        return option(value, person.displayName() + (person.jobTitle() == null ? "" : ", " + person.jobTitle()));
    }
}
