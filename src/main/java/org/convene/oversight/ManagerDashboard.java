package org.convene.oversight;

import org.convene.web.BarChart;
import org.convene.web.Csv;
import org.convene.shared.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.convene.action.ActionQueries;
import org.convene.action.ActionRow;
import org.convene.action.DashboardFilter;
import org.convene.action.Timeliness;
import org.convene.directory.Directory;
import org.convene.meeting.MeetingQueries;
import org.convene.meeting.MeetingKinds;
import org.convene.directory.Person;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Stream;
import org.convene.web.Forms;
import org.convene.web.Options;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A manager's view of overdue and escalated actions in their agency, with timeliness figures for actions and for
 * meetings: filters, a chart, a CSV export.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class ManagerDashboard {

    private final ActionQueries queries;
    private final MeetingQueries meetings;
    private final MeetingKinds kinds;
    private final Directory directory;

    ManagerDashboard(ActionQueries queries, MeetingQueries meetings, MeetingKinds kinds, Directory directory) {
        this.kinds = kinds;
        this.queries = queries;
        this.meetings = meetings;
        this.directory = directory;
    }

    /** The filter as the page's form sends it: every part optional, each checked before it narrows anything. */
    record FilterForm(@Pattern(regexp = Forms.ID, message = "Choose the agency from the list.") String agency,
                      @Pattern(regexp = Forms.ID, message = "Choose the team from the list.") String team,
                      @Pattern(regexp = Forms.ID, message = "Choose the owner from the list.") String owner,
                      @Pattern(regexp = "|\\d{1,4}", message = "Choose how long overdue from the list.") String overdueDays,
                      @Pattern(regexp = "|true|false", message = "Tick the box or leave it.") String escalatedOnly,
                      @Pattern(regexp = "|NONE|[A-Z_]{1,40}", message = "Choose where the action was set from the list.") String meetingType) {

        DashboardFilter toFilter() {
            return new DashboardFilter(Forms.id(agency), Forms.id(team), Forms.id(owner),
                    overdueDays == null || overdueDays.isBlank() ? null : Integer.valueOf(overdueDays), "true".equals(escalatedOnly),
                    Text.orNull(meetingType));
        }
    }

    @GetMapping("/manager/actions")
    String dashboard(@Valid @ModelAttribute("filter") FilterForm form, BindingResult errors, Person me, Model model) {
        DashboardFilter filter = errors.hasErrors() ? DashboardFilter.NONE : form.toFilter();
        List<ActionRow> rows = queries.overdueAndEscalated(me, filter);
        model.addAttribute("rows", rows);
        model.addAttribute("truncated", rows.size() == ActionQueries.LIST_LIMIT);
        model.addAttribute("timeliness", queries.timeliness(me, filter));
        model.addAttribute("chart", BarChart.of(queries.overdueByAgency(me).stream().map(c -> new BarChart.Count(c.agency(), c.overdue())).toList()));
        model.addAttribute("agencies", options(directory.agencies().stream().map(a -> Options.option(a.id(), a.name()))));
        model.addAttribute("teams", options(directory.teams().stream().map(t -> Options.option(t.id(), t.name()))));
        model.addAttribute("people", options(directory.people().stream().map(p -> Options.option(p.id(), p.displayName()))));
        model.addAttribute("overdueOptions", List.of(Options.option(1, "1 day"), Options.option(5, "5 days"), Options.option(10, "10 days"), Options.option(20, "20 days")));
        List<Map<String, String>> settings = new ArrayList<>(kinds.all().stream().map(kind -> Map.of("value", kind.type(), "label", kind.label())).toList());
        settings.add(Map.of("value", DashboardFilter.NO_MEETING, "label", "No meeting (set on its own)"));
        model.addAttribute("meetingTypes", settings);
        model.addAttribute("periodDays", Timeliness.PERIOD_DAYS);
        model.addAttribute("meetings", meetings.timeliness(Timeliness.PERIOD_DAYS));
        model.addAttribute("query", queryString(filter));
        return "oversight/dashboard";
    }

    @GetMapping(value = "/manager/actions.csv")
    void csv(@Valid @ModelAttribute("filter") FilterForm form, BindingResult errors, Person me, HttpServletResponse response)
            throws IOException {
        List<ActionRow> rows = queries.overdueAndEscalated(me, errors.hasErrors() ? DashboardFilter.NONE : form.toFilter());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"overdue-actions.csv\"");
        PrintWriter out = response.getWriter();
        out.println("action,title,owner,agency,team,due date,days overdue,escalation rung,chair");
        for (ActionRow row : rows) {
            out.println(String.join(",", String.valueOf(row.id()), Csv.cell(row.title()), Csv.cell(row.ownerName()),
                    Csv.cell(row.ownerAgencyName()), Csv.cell(row.teamName()), row.dueDate().toString(),
                    String.valueOf(row.daysOverdue()), String.valueOf(row.escalationLevel()), Csv.cell(row.raisedBy())));
        }
    }

    private static List<Map<String, String>> options(Stream<Map<String, String>> options) {
        return options.toList();
    }


    private static String queryString(DashboardFilter filter) {
        StringBuilder query = new StringBuilder();
        append(query, "agency", filter.agencyId());
        append(query, "team", filter.teamId());
        append(query, "owner", filter.ownerPersonId());
        append(query, "overdueDays", filter.overdueDaysAtLeast());
        if (filter.escalatedOnly()) {
            append(query, "escalatedOnly", true);
        }
        append(query, "meetingType", filter.meetingType());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value != null) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
        }
    }
}
