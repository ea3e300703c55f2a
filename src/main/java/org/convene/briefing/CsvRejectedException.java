package org.convene.briefing;

import java.util.List;
import org.convene.shared.InvalidRequestException;

/** A CSV upload with problems: nothing of it was kept. Each problem is by row and column, never quoting a cell. */
class CsvRejectedException extends InvalidRequestException {

    private final transient List<IncidentCsv.RowError> errors;

    CsvRejectedException(List<IncidentCsv.RowError> errors) {
        super("file", errors.size() == 1 ? "1 row has a problem: nothing was loaded." : errors.size() + " rows have problems: nothing was loaded.");
        this.errors = List.copyOf(errors);
    }

    List<IncidentCsv.RowError> errors() {
        return errors;
    }
}
