package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every value of every enum a stored record holds fits the column it is stored in: a value too long for its column is a
 * failed write, found by a user (a child "found by someone else" once could not be recorded as back).
 */
@ConveneTest
class EnumColumnsFitTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void everyEnumValueFitsItsColumn() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Table.class));
        Map<String, String> tooLong = new TreeMap<>();
        int checked = 0;
        for (var bean : scanner.findCandidateComponents("org.convene")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            String table = type.getAnnotation(Table.class).value();
            for (Field field : type.getDeclaredFields()) {
                if (!field.getType().isEnum()) {
                    continue;
                }
                String column = field.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
                Integer length = jdbc.queryForObject("select character_maximum_length from information_schema.columns where table_name = ? and column_name = ?",
                        Integer.class, table, column);
                int longest = Arrays.stream(field.getType().getEnumConstants()).mapToInt(v -> ((Enum<?>) v).name().length()).max().orElse(0);
                checked++;
                if (length != null && longest > length) {
                    tooLong.put(table + "." + column, longest + " > " + length);
                }
            }
        }
        assertThat(checked).as("enum columns checked").isGreaterThan(10);
        assertThat(tooLong).as("enum values longer than their column").isEmpty();
    }
}
